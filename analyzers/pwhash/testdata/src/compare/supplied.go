package compare

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"net/http"
)

// The supplied side is a password by where it comes from, not by its name:
// a request's password, here or at the callers.

func suppliedHere(c *Clinician, r *http.Request) bool {
	supplied := r.FormValue("password")
	return c.Password == supplied // want `password r.FormValue\("password"\) is compared in plaintext \(==\) with a stored password`
}

func checkPlain(c *Clinician, supplied string) bool {
	return c.Password != supplied
}

func checkPlainConst(c *Clinician, supplied string) bool {
	return subtle.ConstantTimeCompare([]byte(c.Password), []byte(supplied)) == 1
}

func loginAcross(c *Clinician, r *http.Request) bool {
	pw := r.FormValue("password")
	if checkPlain(c, pw) { // want `password r.FormValue\("password"\) is compared in plaintext \(!=\) with a stored password via compare.checkPlain`
		return false
	}
	return checkPlainConst(c, r.PostFormValue("pwd")) // want `is compared in plaintext \(subtle.ConstantTimeCompare\) with a stored password via compare.checkPlainConst`
}

// Safe look-alikes: the callee compares what the callers pass with a stored
// password, but they pass no password; hashes compared; a password's
// length checked against a constant; two fields that are not passwords.

func nameAcross(c *Clinician, r *http.Request) bool {
	return checkPlain(c, r.FormValue("name"))
}

func checkHashed(c *Clinician, supplied string) bool {
	sum := sha256.Sum256([]byte(supplied))
	return hex.EncodeToString(c.PasswordHash) == hex.EncodeToString(sum[:])
}

func hashedAcross(c *Clinician, r *http.Request) bool {
	return checkHashed(c, r.FormValue("password")) // want `is hashed with sha256.Sum256 via compare.checkHashed to check it against a stored hash`
}

func minLength(r *http.Request) bool {
	supplied := r.FormValue("password")
	return len(supplied) == 12 || supplied == ""
}

func sameEmail(c *Clinician, supplied string) bool {
	return c.Email == supplied
}

func emailAcross(c *Clinician, r *http.Request) bool {
	return sameEmail(c, r.FormValue("password"))
}

// Confirmation: the request's password against its repetition, both fresh.
func confirmAcross(r *http.Request) bool {
	f := form{Password: r.FormValue("password"), PasswordConfirm: r.FormValue("password_confirm")}
	return f.Password == f.PasswordConfirm
}
