package pwuse

import (
	"crypto/rand"
	"net/http"

	"pwlib"

	legacypw "legacy/pwlib"
)

type Login struct {
	User     string `json:"user"`
	Password string `json:"password"`
}

func fastHashAcross(l Login) string {
	return pwlib.Digest(l.Password) // want `l.Password is hashed with \(hash.Hash\).Write via pwlib.Digest`
}

func notAPassword(path string) string {
	return pwlib.Digest(path)
}

func sessionAcross(r *http.Request) string {
	c, _ := r.Cookie("session")
	sessionID := c.Value
	return pwlib.Fingerprint([]byte(sessionID)) // want `secret sessionID is hashed with md5 via pwlib.Fingerprint, a broken hash`
}

// SessionKey reports its own MD5 of the session id: this call is that
// finding again (Fingerprint, whose parameter names nothing, is reported
// at its callers, above).
func sessionKeyAcross(r *http.Request) string {
	c, _ := r.Cookie("session")
	sessionID := c.Value
	return pwlib.SessionKey(sessionID)
}

func etagAcross(body []byte) string {
	return pwlib.Fingerprint(body)
}

func costs(l Login) {
	pwlib.HashPassword(l.Password, 4) // want `bcrypt cost 4 is below 10 via pwlib.HashPassword`
	pwlib.HashPassword(l.Password, 12)
}

func derive(pw []byte) {
	salt := make([]byte, 16)
	rand.Read(salt)
	pwlib.Derive(pw, salt, 1, 8192)         // want `argon2id with time 1 and memory 8192 KiB is below every OWASP configuration via pwlib.Derive`
	pwlib.Derive(pw, []byte("x"), 2, 19456) // want `argon2id salt is a constant via pwlib.Derive`
	pwlib.Derive(pw, salt, 2, 19456)
}

func plainAcross(a pwlib.Account, r *http.Request) bool {
	return pwlib.CheckPlain(a, r.FormValue("password")) // want `password r.FormValue\("password"\) is compared in plaintext \(==\) with a stored password via pwlib.CheckPlain \(pwlib.go:`
}

func plainNamedAcross(a pwlib.Account, r *http.Request) bool {
	return pwlib.CheckNamed(a, r.FormValue("password")) // reported in pwlib
}

func loginAcross(a pwlib.Account, r *http.Request) bool {
	return pwlib.CheckPlain(a, r.FormValue("user")) || pwlib.SameLogin(a, r.FormValue("password"))
}

func saltedAcross(pw string) {
	salt := make([]byte, 16)
	rand.Read(salt)
	pwlib.SaltedSHA256(pw, []byte("pepper")) // want `sha256 salt is a constant via pwlib.SaltedSHA256`
	pwlib.SaltedSHA256(pw, salt)
}

// Two fresh inputs: the form's password is the request's too.
func twoInputs(r *http.Request) bool {
	f := &pwlib.Form{Password: r.FormValue("password")}
	return f.Differs(r.PostFormValue("password"))
}

// Options through a pointer: nil selects pwlib's defaults (cost 6).
func options(l Login) {
	pwlib.HashWithOptions(l.Password, nil) // want `bcrypt cost 6 is below 10 via pwlib.HashWithOptions`
	pwlib.HashWithOptions(l.Password, &strong)
	pwlib.HashWithOptions(l.Password, &weak) // a variable passed by address: the call may write it, not followed
	pwlib.HashWithOptions(l.Password, pwlib.StrongOptions())
	pwlib.HashWithRaised(l.Password, &weak)
	forward(l.Password, nil) // want `bcrypt cost 6 is below 10 via pwuse.forward → pwlib.HashWithOptions`
}

// forward passes its options on: nil from its caller selects the defaults.
func forward(pw string, o *pwlib.HashOptions) { // want forward:`kdf bcrypt\(cost=param1.field1\(nil:\[6\]\)\)`
	pwlib.HashWithOptions(pw, o)
}

var strong = pwlib.HashOptions{Cost: 14}

var weak = pwlib.HashOptions{Name: "legacy", Cost: 5}

func breachedAcross(l Login) bool {
	return pwlib.Breached(l.Password)
}

func breachedThrough(l Login) bool {
	return pwlib.Acceptable(pwlib.Options{Password: l.Password})
}

func fingerprintAcross(l Login) string {
	fp, _ := pwlib.Fingerprint1(l.Password, "patient-label") // want `l.Password is hashed with sha1.Sum via pwlib.Fingerprint1, a fast hash`
	return fp
}

// legacyLedger calls a Breached of another package named pwlib, which
// stores the whole hash: pwlib.Breached's lookup does not stand for it.
func legacyLedger(l Login) string {
	return legacypw.Breached(l.Password) // want `l.Password is hashed with sha1.Sum via pwlib.Breached, a fast hash`
}

// signingKeyID names a key derived from a password by its public half.
func signingKeyID(l Login) string {
	return pwlib.KeyID([]byte(l.Password))
}

// seedID hashes the key derived from a password, seed and all.
func seedID(l Login) string {
	return pwlib.SeedID([]byte(l.Password)) // want `l.Password is hashed with sha256.Sum256 via pwlib.SeedID, a fast hash`
}
