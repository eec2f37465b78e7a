// Package fastverify checks passwords against stored fast hashes and makes
// no slow hash anywhere: the stored hashes are fast ones, and the verifier
// is the only place that shows it.
package fastverify

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"strings"
)

// VerifyPortalPassword compares the hex SHA-256 of the password with the
// stored digest.
func VerifyPortalPassword(stored, password string) bool {
	sum := sha256.Sum256([]byte(password)) // want `password parameter password is hashed with sha256.Sum256 to check it against a stored hash, so the stored password hashes are fast hashes`
	return hex.EncodeToString(sum[:]) == stored
}

// CheckMD5 compares in constant time: still a fast hash of the password.
func CheckMD5(hash []byte, password string) bool {
	sum := md5.Sum([]byte(password)) // want `password is hashed with md5.Sum to check it`
	return subtle.ConstantTimeCompare(hash, sum[:]) == 1
}

type User struct{ PasswordSHA1 string }

var errMismatch = errors.New("password mismatch")

// CheckPassword returns an error on mismatch.
func CheckPassword(u User, password string) error {
	h := sha1.Sum([]byte(password)) // want `password is hashed with sha1.Sum to check it`
	if hex.EncodeToString(h[:]) != u.PasswordSHA1 {
		return errMismatch
	}
	return nil
}

// VerifyAPIToken hashes a token, high-entropy data: no slow hash needed.
func VerifyAPIToken(token, stored string) bool {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:]) == stored
}

// CountBreaches queries a breach corpus by k-anonymity: the first five hex
// digits of the password's SHA-1 go to the range API, the rest is compared
// with the suffixes it returns. A lookup, not storage.
func CountBreaches(password string, rangeAPI func(prefix string) []string) (int, error) { // want CountBreaches:"pwnedLookup"
	sum := sha1.Sum([]byte(password))
	enc := strings.ToUpper(hex.EncodeToString(sum[:]))
	prefix, suffix := enc[:5], enc[5:]
	for _, line := range rangeAPI(prefix) {
		if len(line) >= len(suffix) && line[:len(suffix)] == suffix {
			return 1, nil
		}
	}
	return 0, nil
}
