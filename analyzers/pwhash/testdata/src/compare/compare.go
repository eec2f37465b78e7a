package compare

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
	"strings"
)

type User struct {
	Email    string
	Password string
	APIToken string
}

type form struct {
	Password        string
	PasswordConfirm string
	NewPassword     string
	OldPassword     string
}

func login(u User, r *http.Request) bool {
	return u.Password == r.FormValue("password") // want `u.Password is compared in plaintext with ==`
}

func basic(u User, r *http.Request) bool {
	_, password, ok := r.BasicAuth()
	return ok && strings.Compare(password, u.Password) == 0 // want `password is compared in plaintext with strings.Compare`
}

func bytesEq(storedHash, pwd []byte) bool {
	return bytes.Equal(storedHash, pwd) // want `password parameter pwd is compared in plaintext with bytes.Equal`
}

// Safe: a confirmation field, a change of password, an empty check.
func safePasswords(f form) bool {
	if f.Password == "" {
		return false
	}
	if f.Password != f.PasswordConfirm {
		return false
	}
	return f.NewPassword != f.OldPassword
}

func tokens(u User, r *http.Request) bool {
	token := r.Header.Get("X-Token")
	return token == u.APIToken // want `secret token is compared with ==`
}

func macs(key, msg []byte, sig string) bool {
	m := hmac.New(sha256.New, key)
	m.Write(msg)
	expectedMAC := m.Sum(nil)
	got, _ := hex.DecodeString(sig)
	return bytes.Equal(got, expectedMAC) // want `secret expectedMAC is compared with bytes.Equal`
}

// Safe: constant-time comparisons, comparison with "", names that are not secrets.
func safeSecrets(u User, got []byte, want []byte, tokenType string, sessionToken string) bool {
	if sessionToken == "" {
		return false
	}
	if tokenType != "bearer" {
		return false
	}
	if subtle.ConstantTimeCompare([]byte(sessionToken), []byte(u.APIToken)) != 1 {
		return false
	}
	return hmac.Equal(got, want)
}

type fieldValue struct{ Plain, Hash string }

// Two fresh inputs compared in memory, not a check against a stored password.
func freshInputs(v fieldValue, password string) bool {
	return v.Plain != "" && v.Plain != password
}

var FirstPageToken = []byte("first page")

// A pagination token compared with a sentinel.
func pages(pageToken []byte, nextToken string, cursorToken string) bool {
	return bytes.Equal(pageToken, FirstPageToken) || nextToken == cursorToken
}

// An OIDC nonce is a replay guard checked inside a signed token, not a secret
// (kratos' oidc strategy).
func nonces(idTokenNonce, claimNonce string) bool {
	return idTokenNonce != claimNonce
}

type Clinician struct {
	Email        string
	Password     string
	PasswordHash []byte
}

// A constant-time comparison of the input password with a stored password
// field: the stored password is plaintext all the same.
func checkPlainSubtle(c *Clinician, pass string) bool {
	return subtle.ConstantTimeCompare([]byte(pass), []byte(c.Password)) == 1 // want `password parameter pass is compared with c.Password \(subtle.ConstantTimeCompare\), a plaintext password`
}

func checkPlainHMAC(c *Clinician, password []byte) bool {
	return hmac.Equal(password, []byte(c.Password)) // want `password parameter password is compared with c.Password \(hmac.Equal\), a plaintext password`
}

// Not plaintext: a hash of the input against a stored hash. The fast hash
// is pwhash-fast-hash's finding (nothing in this package makes slow
// hashes, so the stored ones are fast too).
func checkHashedSubtle(c *Clinician, pass string) bool {
	sum := sha256.Sum256([]byte(pass)) // want `pass is hashed with sha256.Sum256 to check it against a stored hash`
	if subtle.ConstantTimeCompare(sum[:], c.PasswordHash) == 1 {
		return true
	}
	return subtle.ConstantTimeCompare(mac([]byte(pass)), []byte(c.Password)) == 1 // want `pass is hashed with \(hash.Hash\).Write via compare.mac, a fast hash`
}

func mac(b []byte) []byte {
	m := hmac.New(sha256.New, []byte("k"))
	m.Write(b)
	return m.Sum(nil)
}

// UserAccount is a user's stored record: a code kept on it and compared with
// a password is a stored plaintext password, whatever the field is called.
type UserAccount struct {
	Username  string
	KioskCode string
}

type Ticket struct{ Code string }

func kiosk(a UserAccount, password string) bool {
	return a.KioskCode != "" && a.KioskCode == password // want `password parameter password is compared in plaintext with ==`
}

// A ticket's code is not a stored password.
func ticket(t Ticket, password string) bool {
	return t.Code == password
}
