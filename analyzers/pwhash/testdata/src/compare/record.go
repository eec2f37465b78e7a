package compare

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
)

// Account is a persisted record (db tags).
type Account struct {
	ID           int64  `db:"id"`
	Email        string `db:"email"`
	Password     string `db:"password"`
	PasswordHash []byte `db:"password_hash"`
}

// A persisted record's password compared as it is with the supplied text:
// the table keeps plaintext passwords, whatever the comparison's timing,
// and whoever calls these exported helpers.

func CheckRecordConst(stored Account, supplied string) bool {
	return subtle.ConstantTimeCompare([]byte(stored.Password), []byte(supplied)) == 1 // want `stored.Password, a persisted record's password, is compared as it is \(subtle.ConstantTimeCompare\)`
}

func CheckRecordEq(stored *Account, supplied string) bool {
	return stored.Password == supplied // want `stored.Password, a persisted record's password, is compared in plaintext with ==`
}

func CheckRecordForm(stored *Account, r *http.Request) bool {
	return subtle.ConstantTimeCompare([]byte(r.PostFormValue("secret_word")), []byte(stored.Password)) == 1 // want `stored.Password, a persisted record's password`
}

// Safe look-alikes: the stored hash against a hash of the input; a
// Password field holding a KDF's output under a password's name, compared
// with the derived key or a parameter named as a digest; an empty check; a
// record's confirmation; a struct nothing persists (Clinician, see
// supplied.go: reported at its callers only).

var deriveKey func(string) []byte

func CheckRecordHash(stored Account, supplied string) bool {
	return subtle.ConstantTimeCompare(stored.PasswordHash, deriveKey(supplied)) == 1
}

func CheckRecordDerived(stored Account, supplied string) bool {
	return subtle.ConstantTimeCompare([]byte(stored.Password), deriveKey(supplied)) == 1
}

func CheckRecordDigestParam(stored Account, suppliedHash []byte) bool {
	return subtle.ConstantTimeCompare([]byte(stored.Password), suppliedHash) == 1
}

func CheckRecordEmpty(stored Account) bool {
	return stored.Password == ""
}

func CheckRecordConfirm(stored Account, passwordConfirm string) bool {
	return stored.Password == passwordConfirm
}

// The stored field compared with a digest kept in a local array.
func CheckRecordLocalDigest(stored Account, supplied string) bool {
	sum := sha256.Sum256([]byte(supplied))
	return subtle.ConstantTimeCompare([]byte(stored.Password), sum[:]) == 1
}

// A login passing the form's password to a helper that compares it with
// the record's: reported at the call too, naming the helper.
func LoginRecordEq(stored *Account, r *http.Request) bool {
	return CheckRecordEq(stored, r.FormValue("password")) // want `r.FormValue\("password"\) is compared in plaintext \(==\) with a stored password via compare.CheckRecordEq`
}
