// Package authscheme: the auth-scheme before the first space of an
// Authorization header's value ("Bearer", "Basic") is no secret where the
// cut found the space; the credentials after it are.
package authscheme

import (
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
