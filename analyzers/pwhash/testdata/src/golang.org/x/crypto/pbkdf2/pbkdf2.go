// Package pbkdf2 is a trimmed stub of golang.org/x/crypto/pbkdf2 v0.59.0.
package pbkdf2

import "hash"

func Key(password, salt []byte, iter, keyLen int, h func() hash.Hash) []byte { return nil }
