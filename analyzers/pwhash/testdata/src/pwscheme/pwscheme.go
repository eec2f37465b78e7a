// Package pwscheme makes bcrypt hashes and, for an old integration,
// salted SHA-1 ones: the SHA-1 verifier checks a scheme this package
// still makes, not a legacy one being migrated.
package pwscheme

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

var ErrMismatch = errors.New("mismatch")

func HashBcrypt(password string) (string, error) {
	b, err := bcrypt.GenerateFromPassword([]byte(password), 12)
	return string(b), err
}

type SaltedSHA1 struct{}

func (SaltedSHA1) Hash(password string) (string, error) {
	salt := make([]byte, 8)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	s := hex.EncodeToString(salt)
	sum := sha1.Sum([]byte(s + password)) // want `password parameter password is hashed with sha1.Sum, a fast hash`
	return s + "$" + hex.EncodeToString(sum[:]), nil
}

func (SaltedSHA1) Verify(encoded, password string) error {
	salt, digest, ok := strings.Cut(encoded, "$")
	if !ok {
		return ErrMismatch
	}
	want, err := hex.DecodeString(digest)
	if err != nil {
		return ErrMismatch
	}
	got := sha1.Sum([]byte(salt + password)) // want `password parameter password is hashed with sha1.Sum to check it against a stored hash`
	if subtle.ConstantTimeCompare(got[:], want) != 1 {
		return ErrMismatch
	}
	return nil
}

// legacyMD5 checks hashes imported from the old system; nothing here
// makes MD5 hashes any more.
func legacyMD5(stored []byte, password string) bool {
	sum := md5.Sum([]byte(password))
	return subtle.ConstantTimeCompare(sum[:], stored) == 1
}

// Migrating makes bcrypt hashes and checks SHA-1 ones it no longer makes.
type Migrating struct{}

func (Migrating) Hash(password string) (string, error) { return HashBcrypt(password) }

func (Migrating) VerifyLegacy(stored []byte, password string) bool {
	sum := sha1.Sum([]byte(password))
	return subtle.ConstantTimeCompare(sum[:], stored) == 1
}
