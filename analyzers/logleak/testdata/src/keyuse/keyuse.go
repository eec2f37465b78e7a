// Package keyuse: a value the program uses as a key (parsed as a private
// key, an HMAC or JWT key) is a credential whatever its name; what is
// public beside it (a certificate, the block type, the public key's
// fingerprint, a MAC) is not.
package keyuse

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"log"
	"log/slog"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

func LoadSigningKey(path string) (any, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		log.Printf("read %s: %v", path, err) // safe: the path and the read error
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		log.Printf("no PEM block in %s:\n%s", path, raw) // want `credential \(private key\) os.ReadFile\(path\) written to the log by log.Printf`
		return nil, os.ErrInvalid
	}
	log.Printf("block %s, headers %v", block.Type, block.Headers) // safe: the block's type and headers
	key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		slog.Error("parse key", "der", hex.EncodeToString(block.Bytes), "err", err) // want `credential \(private key\)`
		return nil, err
	}
	return key, nil
}

// Fingerprint logs a hash of the certificate: public, and hashed.
func Fingerprint(path string) {
	der, err := os.ReadFile(path)
	if err != nil {
		return
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		log.Printf("bad certificate %x", der) // safe: a certificate is public
		return
	}
	sum := sha256.Sum256(cert.Raw)
	log.Printf("certificate %x", sum[:8])
}

func KeyPair(certPath, keyPath string) (tls.Certificate, error) {
	certPEM, _ := os.ReadFile(certPath)
	keyPEM, _ := os.ReadFile(keyPath)
	pair, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		log.Printf("certificate %s", certPEM) // safe: the certificate half
		log.Printf("key %s", keyPEM)          // want `credential \(private key\) os.ReadFile\(keyPath\)`
	}
	return pair, err
}

// parsePKCS1 judges its parameter by its use: callers pass their own.
func parsePKCS1(der []byte) bool {
	if _, err := x509.ParsePKCS1PrivateKey(der); err != nil {
		log.Printf("not a PKCS #1 key: %x", der) // want `credential \(private key\) parameter der`
		return false
	}
	return true
}

func Check(der []byte) {
	if !parsePKCS1(der) {
		log.Printf("%d bytes", len(der)) // safe: a length
	}
}

func loadWebhookKey() []byte {
	b, _ := os.ReadFile("/etc/app/webhook.key")
	return b
}

func Sign(body []byte) string {
	k := loadWebhookKey()
	mac := hmac.New(sha256.New, k)
	mac.Write(body)
	tag := mac.Sum(nil)
	log.Printf("signed with %s", hex.EncodeToString(k)) // want `credential \(signing key\) loadWebhookKey\(\)`
	log.Printf("tag %x", tag)                           // safe: a MAC reveals no key
	return hex.EncodeToString(tag)
}

var method jwt.SigningMethod

func Token(claims jwt.MapClaims) string {
	k := string(loadWebhookKey())
	s, err := jwt.NewWithClaims(method, claims).SignedString([]byte(k))
	if err != nil {
		log.Printf("sign with %q: %v", k, err) // want `credential \(signing key\)`
	}
	return s
}
