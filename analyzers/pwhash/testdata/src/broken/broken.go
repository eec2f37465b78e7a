package broken

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

type Session struct {
	ID    string
	Token string
}

func sessionKey(sessionID string) string {
	sum := md5.Sum([]byte(sessionID)) // want `secret parameter sessionID is hashed with md5, a broken hash`
	return hex.EncodeToString(sum[:])
}

func tokenKey(s Session) string {
	h := sha1.New()
	h.Write([]byte(s.Token)) // want `secret s.Token is hashed with sha1, a broken hash`
	return hex.EncodeToString(h.Sum(nil))
}

// Safe: SHA-256 of a secret; MD5 of non-secret data.
func safe(s Session, email string, body []byte) {
	_ = sha256.Sum256([]byte(s.Token))
	_ = md5.Sum([]byte(email))
	_ = md5.Sum(body)
	_ = md5.Sum([]byte(fmt.Sprint(s.ID)))
}

// A caller of sessionKey in the same package: the finding is sessionKey's.
func lookup(sessionID string) string {
	return sessionKey(sessionID)
}

// A helper whose parameter names nothing: its caller passing a secret is
// reported.
func digest(b []byte) string {
	sum := md5.Sum(b)
	return hex.EncodeToString(sum[:])
}

func lookupDigest(sessionID string) string {
	return digest([]byte(sessionID)) // want `secret parameter sessionID is hashed with md5 via broken.digest, a broken hash`
}
