package wrap

import (
	"encoding/json"
	"log"
	"net/http"
)

// A field of an anonymous struct the function holds itself (a local
// variable, a parameter, a local variable seen from a closure) is a name
// source: the usual handler idiom decodes the request into one.

func signupAnon(r *http.Request) {
	var req struct {
		Email    string `json:"email"`
		Password string `json:"password"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	log.Printf("signup %s", req.Password) // want `credential \(password\) req.Password written to the log`
	log.Printf("signup %s", req.Email)    // want `personal or patient data \(email address\) req.Email written to the log`
}

func tokenAnonPtr(r *http.Request) {
	req := &struct {
		APIKey string `json:"api_key"`
		Title  string `json:"title"`
	}{}
	_ = json.NewDecoder(r.Body).Decode(req)
	log.Printf("title %s", req.Title) // safe: not a sensitive name
	func() {
		log.Printf("key %s", req.APIKey) // want `credential \(API key\) req.APIKey written to the log`
	}()
}

func anonParam(c *struct{ Secret string }) {
	log.Printf("secret %s", c.Secret) // want `credential \(secret\) c.Secret written to the log`
}

// Safe: the anonymous structs of a package variable are settings (a key's
// id, a preference), also through a pointer taken to one.

var signing struct {
	SigningKey   string
	DefaultEmail string
}

func logSigning() {
	log.Printf("signing with %s for %s", signing.SigningKey, signing.DefaultEmail)
	p := &signing
	log.Printf("signing with %s", p.SigningKey)
}
