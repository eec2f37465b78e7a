// Package sha3 is a trimmed stub of golang.org/x/crypto/sha3 v0.59.0.
package sha3

import "hash"

func New256() hash.Hash             { return nil }
func Sum256(data []byte) [32]byte   { return [32]byte{} }
func ShakeSum256(hash, data []byte) {}
