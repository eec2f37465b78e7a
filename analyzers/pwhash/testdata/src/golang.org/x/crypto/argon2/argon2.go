// Package argon2 is a trimmed stub of golang.org/x/crypto/argon2 v0.59.0.
package argon2

// Key derives a key with Argon2i.
func Key(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte { return nil }

// IDKey derives a key with Argon2id.
func IDKey(password, salt []byte, time, memory uint32, threads uint8, keyLen uint32) []byte {
	return nil
}
