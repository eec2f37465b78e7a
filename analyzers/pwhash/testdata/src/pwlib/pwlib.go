// Package pwlib holds helpers another package calls: their findings are
// reported at the calls in pwuse, through facts.
package pwlib

import (
	"crypto/ed25519"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

// Digest's parameter says nothing about passwords.
func Digest(s string) string {
	h := sha256.New()
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

// Fingerprint uses MD5; callers passing a secret are reported.
func Fingerprint(b []byte) string {
	s := md5.Sum(b)
	return hex.EncodeToString(s[:])
}

// HashPassword takes its cost from the caller.
func HashPassword(pw string, cost int) ([]byte, error) { // want HashPassword:`kdf bcrypt\(cost=param1\)`
	return bcrypt.GenerateFromPassword([]byte(pw), cost)
}

// Derive passes time and memory on to argon2id.
func Derive(pw, salt []byte, t, mKiB uint32) []byte { // want Derive:`kdf argon2id\(time=param2 memory=param3 salt=param1\)`
	return argon2.IDKey(pw, salt, t, mKiB, 1, 32)
}

type Account struct {
	Login    string
	Password string
}

// CheckPlain compares what its callers pass with a stored password in
// plaintext; its parameter's name says nothing: callers passing a password
// are reported.
func CheckPlain(a Account, supplied string) bool {
	return a.Password == supplied
}

// CheckNamed's parameter is named as a password: the comparison is
// reported here, by that name, and not again at its callers.
func CheckNamed(a Account, password string) bool {
	return password == a.Password // want `password parameter password is compared in plaintext`
}

// SameLogin compares with a field that is not a password.
func SameLogin(a Account, supplied string) bool {
	return a.Login == supplied
}

// SaltedSHA256 takes its salt from the caller: a caller passing constant
// bytes is reported (the fast hash is reported here).
func SaltedSHA256(password string, salt []byte) []byte { // want SaltedSHA256:`kdf fast sha256\(salt=param1\)`
	h := sha256.New()
	h.Write(salt)
	h.Write([]byte(password)) // want `password parameter password is hashed with sha256`
	return h.Sum(nil)
}

// Form holds a submitted password: Differs compares it with another input
// (pocketbase's v.Plain != form.password), not with a stored password.
type Form struct{ Password string }

func (f *Form) Differs(other string) bool { return f.Password != other }

// HashOptions tunes HashWithOptions.
type HashOptions struct {
	Name string
	Cost int // want Cost:"fieldDefault\\(\\[6 10 12\\], others=false"
}

// defaultHashOptions' cost is only ever a constant: callers passing nil
// get it.
var defaultHashOptions = HashOptions{Cost: 6}

// strongOptions is exported by address: its Cost may be set anywhere.
var strongOptions = HashOptions{Cost: 12}

// StrongOptions returns options a caller may change.
func StrongOptions() *HashOptions { return &strongOptions }

// HashWithOptions reads the cost through its pointer parameter, pointed at
// the defaults when nil: decided at the callers.
func HashWithOptions(pw string, o *HashOptions) ([]byte, error) { // want HashWithOptions:`kdf bcrypt\(cost=param1.field1\(nil:\[6\]\)\)`
	if o == nil {
		o = &defaultHashOptions
	}
	return bcrypt.GenerateFromPassword([]byte(pw), o.Cost)
}

// HashWithRaised raises a low cost before hashing: the field is written,
// so the read is not the caller's value.
func HashWithRaised(pw string, o *HashOptions) ([]byte, error) {
	if o == nil {
		return nil, nil
	}
	if o.Cost < 10 {
		o.Cost = 10
	}
	return bcrypt.GenerateFromPassword([]byte(pw), o.Cost)
}

// SessionKey hashes its parameter, named a secret, with MD5: reported
// here, once, not again at each caller that passes a session id.
func SessionKey(sessionID string) string {
	s := md5.Sum([]byte(sessionID)) // want `secret parameter sessionID is hashed with md5, a broken hash`
	return hex.EncodeToString(s[:])
}

// Breached asks Have I Been Pwned's range API about a password: it sends
// the first five hex digits of the SHA-1 and compares the rest locally.
// A lookup, not storage: silent here and at its callers.
func Breached(pw string) bool { // want Breached:"pwnedLookup"
	sha := sha1.New()
	sha.Write([]byte(pw))
	enc := hex.EncodeToString(sha.Sum(nil))
	prefix, suffix := enc[:5], enc[5:]
	return rangeHas(prefix, suffix)
}

func rangeHas(prefix, suffix string) bool { return len(prefix)+len(suffix) == 40 }

// Options carries a new password to a check that is not named after it.
type Options struct{ Password string }

// Acceptable checks a new password against the breach corpus.
func Acceptable(opts Options) bool { return !Breached(opts.Password) }

// Fingerprint1 keeps the whole SHA-1 and also cuts a label to five
// characters: not a range lookup, so its callers' passwords are reported.
func Fingerprint1(secretText, label string) (string, string) {
	sum := sha1.Sum([]byte(secretText)) // want `secret parameter secretText is hashed with sha1, a broken hash`
	return hex.EncodeToString(sum[:]), label[:5]
}

// Digest1 keeps a password's whole SHA-1 and cuts an unrelated label to
// five characters: the cut text is not the hash, so this is no range
// lookup.
func Digest1(password, label string) (string, string) {
	sum := sha1.Sum([]byte(password)) // want `parameter password is hashed with sha1`
	return hex.EncodeToString(sum[:]), label[:5]
}

// KeyID names a key derived from a seed by the SHA-256 of its public
// half, which holds nothing of the seed.
func KeyID(seed []byte) string {
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:])
}

// SeedID hashes the seed itself.
func SeedID(seed []byte) string {
	priv := ed25519.NewKeyFromSeed(seed)
	sum := sha256.Sum256(priv.Seed())
	return hex.EncodeToString(sum[:])
}
