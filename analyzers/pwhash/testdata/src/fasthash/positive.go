package fasthash

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/md4"
	"golang.org/x/crypto/ripemd160"
	"golang.org/x/crypto/sha3"
)

type signup struct {
	Email       string `json:"email"`
	NewPassword string `json:"new_password"`
}

func sum256(r *http.Request) string {
	var req signup
	_ = json.NewDecoder(r.Body).Decode(&req)
	h := sha256.Sum256([]byte(req.NewPassword)) // want `req.NewPassword is hashed with sha256.Sum256, a fast hash`
	return hex.EncodeToString(h[:])
}

func formKey(r *http.Request) []byte {
	h := sha512.Sum512([]byte(r.FormValue("password"))) // want `password r.FormValue\("password"\) is hashed with sha512.Sum512`
	return h[:]
}

func basicAuth(r *http.Request) [16]byte {
	_, pass, _ := r.BasicAuth()
	return md5.Sum([]byte(pass)) // want `pass is hashed with md5.Sum`
}

func jsonKey(body map[string]string) [20]byte {
	return sha1.Sum([]byte(body["pwd"])) // want `password body\["pwd"\] is hashed with sha1.Sum`
}

func localName(input func() string) string {
	passphrase := input()
	h := sha256.New()
	h.Write([]byte(passphrase)) // want `passphrase is hashed with sha256 \(\(hash.Hash\).Write\)`
	return hex.EncodeToString(h.Sum(nil))
}

func writeString(pin string) []byte {
	h := md5.New()
	io.WriteString(h, pin) // want `password parameter pin is hashed with md5`
	return h.Sum(nil)
}

func cryptoHashNew(password string) []byte {
	h := crypto.SHA512.New()
	h.Write([]byte(password)) // want `password parameter password is hashed with sha512`
	return h.Sum(nil)
}

func hmacKeyed(password string, msg []byte) []byte {
	m := hmac.New(sha256.New, []byte(password)) // want `password parameter password is hashed with hmac.New`
	m.Write(msg)
	return m.Sum(nil)
}

func hmacData(key []byte, passcode string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(passcode)) // want `password parameter passcode is hashed`
	return m.Sum(nil)
}

func others(pwd string) {
	_ = sha3.Sum256([]byte(pwd))        // want `sha3.Sum256`
	_ = blake2b.Sum256([]byte(pwd))     // want `blake2b.Sum256`
	_ = crc32.ChecksumIEEE([]byte(pwd)) // want `crc32.ChecksumIEEE`
	f := fnv.New64a()
	f.Write([]byte(pwd)) // want `fnv`
	m4 := md4.New()
	m4.Write([]byte(pwd)) // want `md4`
	r := ripemd160.New()
	r.Write([]byte(pwd)) // want `ripemd160`
}

// hexDigest's parameter says nothing: its callers are checked.
func hexDigest(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

type user struct{ Password string }

func helper(u user) string {
	return hexDigest("v1:" + u.Password) // want `u.Password is hashed with sha256.Sum256 via fasthash.hexDigest`
}

// HashPassword names its parameter: the finding is inside, not at callers.
func HashPassword(password string) string {
	h := sha1.New()
	h.Write([]byte(password)) // want `password parameter password is hashed with sha1`
	return hex.EncodeToString(h.Sum(nil))
}

func callsHashPassword(u user) string {
	return HashPassword(u.Password)
}

type passForm struct {
	Email string
	Pass  string
}

func hashPass(f passForm) []byte {
	sum := sha512.Sum512([]byte(f.Pass)) // want `f.Pass is hashed with sha512.Sum512, a fast hash`
	return sum[:]
}

// A helper that streams its neutral parameter into a hash hashes what its
// callers pass; one that writes into a buffer does not.
func streamDigest(s string) string {
	h := sha256.New()
	io.WriteString(h, s)
	fmt.Fprintf(h, "|%s", s)
	return hex.EncodeToString(h.Sum(nil))
}

func bufferDigest(s string) string {
	var b strings.Builder
	io.WriteString(&b, s)
	sum := crc32.ChecksumIEEE([]byte("x"))
	return b.String() + strconv.Itoa(int(sum))
}

func legacyStreamed(email, password string) (string, string) {
	return streamDigest(email + password), bufferDigest(password) // want `password parameter password is hashed with io.WriteString via fasthash.streamDigest`
}

// A helper given the hash: its callers decide by the hash they pass.
func feed(h hash.Hash, s string) {
	io.WriteString(h, s)
}

func feedPassword(password string) []byte {
	h := sha1.New()
	feed(h, password) // want `password parameter password is hashed with io.WriteString via fasthash.feed`
	return h.Sum(nil)
}
