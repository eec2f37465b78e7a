// Package madecred: a function named for making a credential (new,
// generate, issue, create, mint, sign...) returns one, as an accessor
// named for it does; functions that check, parse, revoke or count one, or
// that make personal data from what they are given, do not.
package madecred

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log"
	"log/slog"
	"time"
)

type Service struct{ issuer string }

func newAPIToken(user string) string {
	return fmt.Sprintf("tok_%s_%d", user, time.Now().UnixNano())
}

func GenerateToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func (s *Service) IssueToken(user string) string { return s.issuer + "." + randHex() }

func CreateSessionToken() string { return randHex() }

func MintJWT(sub string) []byte { return []byte("eyJ." + sub) }

func randomSecret() string { return randHex() }

func randHex() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func Issue(s *Service, user string) {
	t := newAPIToken(user)
	log.Println("issued api token", t, "for", user) // want `credential \(token\) newAPIToken\(user\)`
	tok, err := GenerateToken()
	log.Printf("generated %s", tok)                               // want `credential \(token\) GenerateToken\(\)`
	log.Printf("generate failed: %v", err)                        // safe: the error is no token
	slog.Info("issued", "for", user, "value", s.IssueToken(user)) // want `credential \(token\) s.IssueToken\(user\)`
	log.Printf("session %s", CreateSessionToken())                // want `credential \(session id\) CreateSessionToken\(\)`
	log.Printf("jwt %s", MintJWT(user))                           // want `credential \(token\) MintJWT\(user\)`
	log.Printf("secret %s", randomSecret())                       // want `credential \(secret\) randomSecret\(\)`
}

// Look-alikes: results that are no credential.

type Claims struct{ Subject string }

func ValidateToken(raw string) bool          { return raw != "" }
func VerifyToken(raw string) error           { return nil }
func ParseToken(raw string) (*Claims, error) { return &Claims{Subject: raw[:0]}, nil }
func TokenExpiry() string                    { return time.Now().Add(time.Hour).Format(time.RFC3339) }
func TokenCount() string                     { return "3" }
func RevokeToken(id string) error            { return fmt.Errorf("revoke %s: not found", id) }
func NewRequestID() string                   { return fmt.Sprint(time.Now().UnixNano()) }
func newEmail(local, domain string) string   { return local + "@" + domain }

func Checks(input string) {
	log.Printf("valid %v", ValidateToken(input)) // safe: a bool
	log.Printf("verify: %v", VerifyToken(input)) // safe: an error
	c, err := ParseToken(input)
	log.Printf("claims %+v %v", c, err)                      // safe: claims and an error
	log.Printf("expires %s", TokenExpiry())                  // safe: a time
	log.Printf("tokens %s", TokenCount())                    // safe: a count
	log.Printf("revoke: %v", RevokeToken("t-1"))             // safe: an error
	log.Printf("request %s", NewRequestID())                 // safe: no credential
	log.Printf("contact %s", newEmail("ops", "example.org")) // safe: made from constants
}
