package fasthash

import (
	"crypto/rand"
	"crypto/sha256"
)

// The salt of a password's fast hash: constant bytes hashed with it.

func constWrite(password string) []byte {
	h := sha256.New()
	h.Write([]byte("static-salt")) // want `sha256 salt of a password is a constant`
	h.Write([]byte(password))      // want `password parameter password is hashed with sha256`
	return h.Sum(nil)
}

func constAppend(pw []byte) [32]byte {
	return sha256.Sum256(append([]byte("pepper"), pw...)) // want `sha256 salt of a password is a constant` `password parameter pw is hashed with sha256.Sum256`
}

func constConcat(password string) [32]byte {
	return sha256.Sum256([]byte("pepper" + password)) // want `sha256 salt of a password is a constant` `password parameter password is hashed with sha256.Sum256`
}

// Safe for this rule (the fast hash is still reported): a random salt, a
// per-user value, and a constant hashed with something not a password.

func randomSalt(password string) []byte {
	salt := make([]byte, 16)
	rand.Read(salt)
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(password)) // want `password parameter password is hashed with sha256`
	return h.Sum(nil)
}

func perUser(email, password string) [32]byte { // want perUser:`kdf fast sha256\(salt=param0\)`
	return sha256.Sum256([]byte(email + ":" + password)) // want `password parameter password is hashed with sha256.Sum256`
}

func constNotPassword(id string) [32]byte {
	return sha256.Sum256([]byte("v1:" + id))
}
