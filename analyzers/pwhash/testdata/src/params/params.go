package params

import (
	"crypto/md5"
	stdpbkdf2 "crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"os"
	"strconv"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
)

// bcrypt

func bcryptWeak(pw []byte) {
	bcrypt.GenerateFromPassword(pw, 8)                    // want `bcrypt cost 8 is below 10`
	bcrypt.GenerateFromPassword(pw, bcrypt.MinCost)       // want `bcrypt cost 4 is below 10`
	bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost-1) // want `bcrypt cost 9 is below 10`
}

const lowCost = 6

var pkgCost = 7 // only ever a constant

func bcryptNamed(pw []byte) {
	bcrypt.GenerateFromPassword(pw, lowCost) // want `bcrypt cost 6 is below 10`
	bcrypt.GenerateFromPassword(pw, pkgCost) // want `bcrypt cost 7 is below 10`
}

func bcryptPhi(pw []byte, fast bool) {
	cost := 12
	if fast {
		cost = 5
	}
	bcrypt.GenerateFromPassword(pw, cost) // want `bcrypt cost 5 may be below 10`
}

func bcryptOK(pw []byte) {
	bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)
	bcrypt.GenerateFromPassword(pw, 12)
	bcrypt.GenerateFromPassword(pw, 0) // below MinCost: bcrypt uses DefaultCost
	n, _ := strconv.Atoi(os.Getenv("BCRYPT_COST"))
	bcrypt.GenerateFromPassword(pw, n) // unknown: not reported
}

// argon2

func argon2Weak(pw []byte) {
	salt := newSalt()
	argon2.IDKey(pw, salt, 1, 32*1024, 1, 32) // want `argon2id with time 1 and memory 32768 KiB is below every OWASP configuration`
	argon2.IDKey(pw, salt, 2, 16*1024, 4, 32) // want `argon2id with time 2 and memory 16384 KiB`
}

type kdfParams struct {
	Time   uint32
	Memory uint32
}

func argon2Config(pw []byte) {
	salt := newSalt()
	p := kdfParams{Time: 1, Memory: 8 * 1024}
	argon2.IDKey(pw, salt, p.Time, p.Memory, 1, 32) // want `argon2id with time 1 and memory 8192 KiB`
}

func argon2OK(pw []byte) {
	salt := newSalt()
	argon2.IDKey(pw, salt, 1, 46*1024, 1, 32)
	argon2.IDKey(pw, salt, 2, 19456, 1, 32)
	argon2.IDKey(pw, salt, 3, 64*1024, 4, 32)
	argon2.IDKey(pw, salt, 5, 7168, 1, 32)
}

func argon2i(pw []byte) {
	salt := newSalt()
	argon2.Key(pw, salt, 2, 19456, 1, 32) // want `argon2.Key is Argon2i`
}

// scrypt

func scryptWeak(pw []byte) {
	salt := newSalt()
	scrypt.Key(pw, salt, 1<<15, 8, 1, 32) // want `scrypt with N=32768, r=8, p=1 is below every OWASP configuration`
	scrypt.Key(pw, salt, 16384, 8, 1, 32) // want `scrypt with N=16384`
}

func scryptOK(pw []byte) {
	salt := newSalt()
	scrypt.Key(pw, salt, 1<<15, 8, 3, 32)
	scrypt.Key(pw, salt, 1<<17, 8, 1, 32)
	scrypt.Key(pw, salt, 1<<13, 8, 10, 32)
}

// PBKDF2, x/crypto (password, salt, iter, keyLen, h) and Go 1.24's crypto/pbkdf2 (h, password, salt, iter, keyLen)

func pbkdf2Weak(pw []byte) {
	salt := newSalt()
	pbkdf2.Key(pw, salt, 100000, 32, sha256.New)            // want `PBKDF2 with HMAC-SHA256 and 100,000 iterations is below OWASP's 600,000`
	pbkdf2.Key(pw, salt, 1000000, 32, sha1.New)             // want `PBKDF2 with HMAC-SHA1 and 1,000,000 iterations is below OWASP's 1,300,000`
	pbkdf2.Key(pw, salt, 10000000, 32, md5.New)             // want `PBKDF2 with md5.New is a broken PRF`
	stdpbkdf2.Key(sha512.New, string(pw), salt, 100000, 64) // want `PBKDF2 with HMAC-SHA512 and 100,000 iterations is below OWASP's 210,000`
	stdpbkdf2.Key(sha256.New, string(pw), salt, 4096, 32)   // want `PBKDF2 with HMAC-SHA256 and 4,096 iterations`
}

func pbkdf2OK(pw []byte) {
	salt := newSalt()
	pbkdf2.Key(pw, salt, 600000, 32, sha256.New)
	pbkdf2.Key(pw, salt, 210000, 64, sha512.New)
	stdpbkdf2.Key(sha256.New, string(pw), salt, 600000, 32)
}

// salts

var pepperSalt = []byte("s4lt")

func staticSalt(pw []byte) {
	argon2.IDKey(pw, []byte("s4lt"), 2, 19456, 1, 32)             // want `argon2id salt is a constant`
	scrypt.Key(pw, nil, 1<<17, 8, 1, 32)                          // want `scrypt salt is a constant`
	pbkdf2.Key(pw, []byte{1, 2, 3, 4}, 600000, 32, sha256.New)    // want `pbkdf2 salt is a constant`
	stdpbkdf2.Key(sha256.New, string(pw), pepperSalt, 600000, 32) // want `pbkdf2 salt is a constant`
}

func newSalt() []byte {
	salt := make([]byte, 16)
	rand.Read(salt)
	return salt
}

func randomSalt(pw []byte) {
	argon2.IDKey(pw, newSalt(), 2, 19456, 1, 32)
}

// hashWith's salt is its parameter: checked at its callers.
func hashWith(pw, salt []byte) []byte { // want hashWith:`kdf argon2id\(salt=param1\)`
	return argon2.IDKey(pw, salt, 2, 19456, 1, 32)
}

func callers(pw []byte) {
	hashWith(pw, []byte("fixed")) // want `argon2id salt is a constant via params.hashWith`
	hashWith(pw, newSalt())
}

// A verifier of imported Argon2i hashes is not reported.
func compareArgon2i(pw, salt, hash []byte) bool { // want compareArgon2i:`kdf argon2i\(time=\[2\] memory=\[19456\] salt=param1\)`
	return string(argon2.Key(pw, salt, 2, 19456, 1, 32)) == string(hash)
}

// Options read through a pointer to a package variable whose field is
// only ever a constant.

type hashOptions struct{ Cost int }

var defaultOptions = hashOptions{Cost: 7}

func bcryptDefaults(pw []byte, o *hashOptions) { // want bcryptDefaults:`kdf bcrypt\(cost=param1.field0\(nil:\[7\]\)\)`
	if o == nil {
		o = &defaultOptions
	}
	bcrypt.GenerateFromPassword(pw, o.Cost)
}

func bcryptDefaultsCaller(pw []byte) {
	bcryptDefaults(pw, nil) // want `bcrypt cost 7 is below 10 via params.bcryptDefaults`
	bcryptDefaults(pw, &hashOptions{Cost: 4}) // want `bcrypt cost 4 is below 10 via params.bcryptDefaults`
	p := &defaultOptions
	bcrypt.GenerateFromPassword(pw, p.Cost)                 // want `bcrypt cost 7 is below 10`
	bcrypt.GenerateFromPassword(pw, defaultOptions.Cost)    // want `bcrypt cost 7 is below 10`
	bcrypt.GenerateFromPassword(pw, overriddenOptions.Cost) // unknown: assigned from the environment
	bcrypt.GenerateFromPassword(pw, sharedOptions.Cost)     // unknown: its address is passed on
}

var overriddenOptions = hashOptions{Cost: 6}

var sharedOptions = hashOptions{Cost: 6}

func init() {
	overriddenOptions.Cost, _ = strconv.Atoi(os.Getenv("BCRYPT_COST"))
	tune(&sharedOptions)
}

func tune(o *hashOptions) {}
