// Package migrate checks imported legacy MD5 hashes and replaces them with
// bcrypt hashes at login: the verifier's fast hash is not reported, the
// package makes slow hashes.
package migrate

import (
	"crypto/md5"
	"crypto/subtle"

	"golang.org/x/crypto/bcrypt"
)

type Account struct {
	LegacyMD5 []byte
	Hash      []byte
}

// legacyMatches checks an imported MD5 hash.
func legacyMatches(stored []byte, password string) bool {
	sum := md5.Sum([]byte(password))
	return subtle.ConstantTimeCompare(stored, sum[:]) == 1
}

// Login verifies and rehashes a legacy account with bcrypt.
func Login(a *Account, password string) bool {
	if a.Hash != nil {
		return bcrypt.CompareHashAndPassword(a.Hash, []byte(password)) == nil
	}
	if !legacyMatches(a.LegacyMD5, password) {
		return false
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return false
	}
	a.Hash, a.LegacyMD5 = h, nil
	return true
}

type store interface {
	SetPassword(user string, hash []byte) error
}

// ResetLegacy is no verifier: it compares nothing but an error with nil,
// and stores the fast hash it makes.
func ResetLegacy(db store, user, newPassword string) error {
	sum := md5.Sum([]byte(newPassword)) // want `password parameter newPassword is hashed with md5.Sum, a fast hash`
	if err := db.SetPassword(user, sum[:]); err != nil {
		return err
	}
	return nil
}
