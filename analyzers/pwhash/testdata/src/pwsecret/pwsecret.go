// Package pwsecret: one-time codes hashed with broken hashes, and MAC
// tags compared in variable time.
package pwsecret

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
)

func randomText() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// NewPortalResetCode returns a code and the digest the server keeps.
func NewPortalResetCode() (code, digest string) {
	code = randomText()
	sum := md5.Sum([]byte(code)) // want `secret code \(the portal reset code NewPortalResetCode makes\) is hashed with md5`
	return code, hex.EncodeToString(sum[:])
}

func InviteDigest() string {
	verificationCode := randomText()
	sum := sha1.Sum([]byte(verificationCode)) // want `secret verificationCode is hashed with sha1`
	return hex.EncodeToString(sum[:])
}

// A named result holds what it names.
func NewMagicLink() (token, digest string) {
	token = randomText()
	sum := md5.Sum([]byte(token)) // want `secret token is hashed with md5`
	return token, hex.EncodeToString(sum[:])
}

// Codes that are no credentials.
func StatusCode() string {
	code := randomText()
	sum := md5.Sum([]byte(code))
	return hex.EncodeToString(sum[:])
}

func CacheKeys(countryCode, zipCode, errorCode string) [3][16]byte {
	return [3][16]byte{md5.Sum([]byte(countryCode)), md5.Sum([]byte(zipCode)), md5.Sum([]byte(errorCode))}
}

// A reset code hashed with SHA-256 is fine.
func NewResetCode() (code, digest string) {
	code = randomText()
	sum := sha256.Sum256([]byte(code))
	return code, hex.EncodeToString(sum[:])
}

// MAC tags compared by what they are, not by their names.
func CheckWebhook(secret, body, presented []byte, hexed string) bool {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	if hex.EncodeToString(m.Sum(nil)) != hexed { // want `secret hex.EncodeToString\(m.Sum\(nil\)\) \(an HMAC tag\) is compared with !=`
		return false
	}
	return bytes.Equal(presented, m.Sum(nil)) // want `secret m.Sum\(nil\) \(an HMAC tag\) is compared with bytes.Equal`
}

func CheckWebhookConst(secret, body, presented []byte) bool {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal(presented, m.Sum(nil))
}

// A tag made by a helper is one too; a helper's plain digest is not.
func sign(key, body []byte) []byte {
	m := hmac.New(sha256.New, key)
	m.Write(body)
	return m.Sum(nil)
}

func digest(body []byte) []byte {
	h := sha256.New()
	h.Write(body)
	return h.Sum(nil)
}

func CheckSigned(key, body, presented, etag []byte) bool {
	if bytes.Equal(etag, digest(body)) {
		return true
	}
	return bytes.Equal(presented, sign(key, body)) // want `secret sign\(key, body\) \(an HMAC tag\) is compared with bytes.Equal`
}

// A plain digest of content is no secret.
func SameContent(body, want []byte) bool {
	h := sha256.New()
	h.Write(body)
	return bytes.Equal(h.Sum(nil), want)
}

// A key derived from a configured secret is no variable this code makes.
var SecretKey = "configured"

func encryptionKey() []byte {
	k := md5.Sum([]byte(SecretKey))
	return k[:]
}
