// Package decodedclaims: a struct decoded from a credential holds the
// credential's parts in fields, each what its name says: a verified
// token's subject is no secret, the token is.
package decodedclaims

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
)

type Claims struct {
	Subject string `json:"sub"`
	Role    string `json:"role"`
}

type ServiceAccount struct {
	ClientEmail string `json:"client_email"`
	PrivateKey  string `json:"private_key"`
}

func verify(token string) (Claims, error) {
	payload, _, ok := strings.Cut(token, ".")
	if !ok {
		return Claims{}, errors.New("malformed token")
	}
	body, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return Claims{}, err
	}
	var c Claims
	if err := json.Unmarshal(body, &c); err != nil {
		return Claims{}, err
	}
	return c, nil
}

func Handle(w http.ResponseWriter, r *http.Request) {
	token := r.Header.Get("Authorization")
	c, err := verify(token)
	if err != nil {
		log.Printf("bad token %s", token) // want `credential \(authorization header\)`
		return
	}
	log.Printf("request by %s (%s)", c.Subject, c.Role) // safe: the claims, not the token
}

func Load(secretJSON []byte) {
	var sa ServiceAccount
	if err := json.Unmarshal(secretJSON, &sa); err != nil {
		return
	}
	log.Printf("service account %s", sa.ClientEmail) // want `personal or patient data \(email address\)`
	log.Printf("key %s", sa.PrivateKey)              // want `credential \(API key\)`

	// A map has no field names to say which part is which.
	var raw map[string]string
	_ = json.Unmarshal(secretJSON, &raw)
	log.Printf("raw %v", raw["x"]) // want `credential \(secret\) parameter secretJSON`
}

// A credential decoded into text stays one.
func Bearer(r *http.Request) {
	var tok string
	_ = json.Unmarshal([]byte(r.Header.Get("Authorization")), &tok)
	log.Printf("token %s", tok) // want `credential \(authorization header\)`
}
