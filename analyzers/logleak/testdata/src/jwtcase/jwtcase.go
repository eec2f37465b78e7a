// Package jwtcase: a token signed with a secret key carries its claims,
// never the key; the signer's error names what failed. A function named
// for making a token returns a credential whatever it carries.
package jwtcase

import (
	"errors"
	"log"
	"log/slog"

	"github.com/golang-jwt/jwt/v5"
)

var method jwt.SigningMethod

func newToken(id, email, secret string) (string, error) {
	return jwt.NewWithClaims(method, jwt.MapClaims{"id": id, "email": email}).SignedString([]byte(secret))
}

func newIDToken(id, secret string) (string, error) {
	return jwt.NewWithClaims(method, jwt.MapClaims{"id": id}).SignedString([]byte(secret))
}

// encodeClaims signs as newToken does; its name says nothing of a token.
func encodeClaims(id, email, secret string) (string, error) {
	return jwt.NewWithClaims(method, jwt.MapClaims{"id": id, "email": email}).SignedString([]byte(secret))
}

// send fails with the token's error or a mailer's: neither carries the key.
func send(id, secret string) error {
	tok, err := newIDToken(id, secret)
	if err != nil {
		return err
	}
	if tok == "" {
		return errors.New("empty token")
	}
	return nil
}

func Issue(id, email, signingSecret string) {
	if err := send(id, signingSecret); err != nil {
		slog.Error("send failed", "error", err) // safe: the signer's error does not carry the key
	}
	claims, err := newIDToken(id, signingSecret)
	log.Printf("claims %s: %v", claims, err) // want `credential \(token\) newIDToken\(id, signingSecret\)`
	withEmail, _ := newToken(id, email, signingSecret)
	log.Printf("issued %s", withEmail) // want `credential \(token\) newToken\(id, email, signingSecret\)`
	encoded, err := encodeClaims(id, "", signingSecret)
	log.Printf("encoded %s: %v", encoded, err) // safe: the claims hold an id, and the key is not in them
	encoded, _ = encodeClaims(id, email, signingSecret)
	log.Printf("encoded %s", encoded)   // want `personal or patient data \(email address\) parameter email`
	log.Printf("key %s", signingSecret) // want `credential \(secret\) parameter signingSecret`
}
