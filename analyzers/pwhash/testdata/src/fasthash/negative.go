package fasthash

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"

	"golang.org/x/crypto/bcrypt"
)

type apiKey struct {
	ID    string
	Token string
}

// SHA-256 of high-entropy tokens, ids and file contents is fine.
func tokenDigest(k apiKey) string {
	h := sha256.Sum256([]byte(k.Token))
	return hex.EncodeToString(h[:])
}

func idDigest(id string) [32]byte { return sha256.Sum256([]byte(id)) }

func fileDigest(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

// MD5 of non-secret data: an ETag, a cache key.
func etag(body []byte) string {
	s := md5.Sum(body)
	return hex.EncodeToString(s[:])
}

type passage struct{ Text string }

// "passage" and "PasswordHash" are not passwords.
func notPasswords(p passage, u struct{ PasswordHash string }) {
	_ = sha256.Sum256([]byte(p.Text))
	_ = sha256.Sum256([]byte(u.PasswordHash))
	passage := "x" + p.Text
	_ = sha256.Sum256([]byte(passage))
}

// bcrypt is the right tool; hashing its output is not hashing the password.
func bcryptThenDigest(password string) string {
	h, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	s := sha256.Sum256(h)
	return hex.EncodeToString(s[:])
}

type policy struct{ HaveIBeenPwnedEnabled bool }

// Have I Been Pwned's range API takes SHA-1 of the password (k-anonymity).
func pwnedPrefix(p policy, password string) string { // want pwnedPrefix:"pwnedLookup"
	if !p.HaveIBeenPwnedEnabled {
		return ""
	}
	h := sha1.New()
	h.Write([]byte(password))
	return hex.EncodeToString(h.Sum(nil))[:5]
}

// CompareMD5 verifies an imported legacy MD5 hash (it returns no text): the
// finding belongs where such hashes are made, not where they are checked.
func CompareMD5(password, hash []byte) bool {
	sum := md5.Sum(password)
	return compareConstantTime(hash, sum[:])
}

func compareConstantTime(a, b []byte) bool { return len(a) == len(b) }

type route struct {
	PassThrough string
	Compass     string
}

// Safe: "pass" before another word, or inside one, is not a password.
func routeKey(r route) [32]byte {
	return sha256.Sum256([]byte(r.PassThrough + r.Compass))
}

// A time-limited code: an HMAC with the server's key unless the caller
// passes its own hash; given nil, no fast hash of the password is made.
var codeKey = []byte("server key")

func timeLimitCode(data string, h hash.Hash) []byte {
	if h == nil {
		h = hmac.New(sha256.New, codeKey)
	}
	fmt.Fprintf(h, "%s|%d", data, 15)
	return h.Sum(nil)
}

func activationCode(email, password string) []byte {
	return timeLimitCode(email+password, nil)
}
