// Package authscheme: the auth-scheme before the first space of an
// Authorization header's value ("Bearer", "Basic") is no secret where the
// cut found the space; the credentials after it are.
package authscheme

import (
	"encoding/base64"
	"log"
	"net/http"
	"strings"
)

func Audit(r *http.Request) {
	scheme, cred, found := strings.Cut(r.Header.Get("Authorization"), " ")
	if !found {
		log.Printf("malformed Authorization header")
		return
	}
	log.Printf("scheme=%s credential_len=%d", scheme, len(cred)) // safe: the scheme and a length
	log.Printf("credential=%s", cred)                            // want `credential \(authorization header\)`
}

func AuditIf(r *http.Request) {
	h := r.Header.Get("Authorization")
	if scheme, _, ok := strings.Cut(h, " "); ok {
		log.Printf("scheme=%s", scheme) // safe: the scheme
	}
}

// Unchecked: without the space the before part is the whole value (a bare
// token).
func Unchecked(r *http.Request) {
	scheme, _, _ := strings.Cut(r.Header.Get("Authorization"), " ")
	log.Printf("scheme=%s", scheme) // want `credential \(authorization header\)`
}

// Another separator, or another header, is not an auth-scheme.
func Others(r *http.Request) {
	user, _, ok := strings.Cut(r.Header.Get("Authorization"), ":")
	if ok {
		log.Printf("user=%s", user) // want `credential \(authorization header\)`
	}
	k, _, ok := strings.Cut(r.Header.Get("X-Api-Key"), " ")
	if ok {
		log.Printf("key=%s", k) // want `credential \(API key\)`
	}
}

// Parts of a split: the first is the scheme, or the user name of decoded
// Basic credentials, when the program uses more than one part.
func Fields(r *http.Request) {
	f := strings.Fields(r.Header.Get("Authorization"))
	if len(f) != 2 {
		log.Printf("malformed: %q", f[0]) // want `credential \(authorization header\)`
		return
	}
	log.Printf("scheme %s", f[0]) // safe: the scheme, with two parts
	log.Printf("cred %s", f[1])   // want `credential \(authorization header\)`
}

func SplitN(r *http.Request) {
	parts := strings.SplitN(r.Header.Get("Authorization"), " ", 2)
	if len(parts) < 2 || parts[0] != "Basic" {
		log.Printf("unsupported: %s", parts[0]) // want `credential \(authorization header\)`
		return
	}
	log.Printf("scheme %s", parts[0]) // safe: the first part of two
	raw, err := base64.StdEncoding.DecodeString(parts[1])
	if err != nil {
		return
	}
	userPass := strings.SplitN(string(raw), ":", 2)
	if len(userPass) != 2 {
		return
	}
	log.Printf("basic auth for %s", userPass[0])  // safe: the user name
	log.Printf("basic auth pass %s", userPass[1]) // want `credential \(authorization header\)`
}

// A lone part, or the header split as read at a colon, is the secret.
func LonePart(r *http.Request) {
	parts := strings.Split(r.Header.Get("Authorization"), " ")
	log.Printf("token %s", parts[0]) // want `credential \(authorization header\)`
	h := r.Header.Get("Authorization")
	colon := strings.Split(h, ":")
	log.Printf("head %s, %d parts", colon[0], len(colon[1])) // want `credential \(authorization header\)`
}

// Cut of decoded Basic credentials at ':': the user where the colon was
// found; a count checked with <= 1 before the first part.
func DecodedCut(r *http.Request) {
	_, cred, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok {
		return
	}
	raw, err := base64.StdEncoding.DecodeString(cred)
	if err != nil {
		return
	}
	user, pass, found := strings.Cut(string(raw), ":")
	if !found {
		return
	}
	log.Printf("basic auth for %s", user) // safe: the user name
	log.Printf("pass %s", pass)           // want `credential \(authorization header\)`
	parts := strings.Split(string(raw), ":")
	if len(parts) <= 1 {
		return
	}
	log.Printf("user %s", parts[0]) // safe: the first of two or more parts
}
