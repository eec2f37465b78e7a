// Package failopen: middleware that lets a failed verification through.
package failopen

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"log"
	"net/http"

	"store"
)

type account struct{ state string }

// authenticate verifies the bearer credential of a request.
func authenticate(r *http.Request) (*account, error) {
	if r.Header.Get("Authorization") == "" {
		return nil, errors.New("no credential")
	}
	return &account{}, nil
}

// AuthCookie logs a failed verification and serves the request anyway; its
// 403 for a locked account guards nothing, since a request without any
// credential never reaches it.
func AuthCookie(next http.Handler) http.Handler { // want AuthCookie:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acct, err := authenticate(r)
		if err != nil {
			log.Printf("cookie rejected: %v", err)
			next.ServeHTTP(w, r) // want `middleware failopen.AuthCookie fails open: it calls the next handler when the credential check fails`
			return
		}
		if acct.state == "locked" {
			http.Error(w, "locked", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// AuthStrict is AuthCookie answering 401 on the failed verification.
func AuthStrict(next http.Handler) http.Handler { // want AuthStrict:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acct, err := authenticate(r)
		if err != nil {
			log.Printf("cookie rejected: %v", err)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if acct.state == "locked" {
			http.Error(w, "locked", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// OptionalAuth says it lets anonymous requests through: no guard, and not
// reported as failing open.
func OptionalAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acct, err := authenticate(r)
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		if acct.state == "locked" {
			http.Error(w, "locked", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequirePass never rejects: reported where it calls next.
func RequirePass(next http.Handler) http.Handler { // want RequirePass:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := authenticate(r); err != nil {
			log.Printf("rejected: %v", err)
			next.ServeHTTP(w, r) // want `middleware failopen.RequirePass fails open: it calls the next handler on every path`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// APIKeyAuth compares the key and serves the request whatever the
// outcome: the comparison decides nothing.
func APIKeyAuth(key string) func(http.Handler) http.Handler { // want APIKeyAuth:"guard\\(fail-open\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got := r.Header.Get("X-API-Key")
			if subtle.ConstantTimeCompare([]byte(got), []byte(key)) != 1 {
				log.Printf("api key mismatch from %s", r.RemoteAddr)
				next.ServeHTTP(w, r) // want `middleware failopen.APIKeyAuth fails open: it calls the next handler when the credential check fails`
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// TokenAuth compares the token with != and lets a mismatch through.
func TokenAuth(token string, next http.Handler) http.Handler { // want TokenAuth:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Auth-Token") != token {
			log.Printf("bad token")
			next.ServeHTTP(w, r) // want `middleware failopen.TokenAuth fails open: it calls the next handler when the credential check fails`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// BytesTokenAuth compares with bytes.Equal (a comparing function of the
// model table) and lets a mismatch through.
func BytesTokenAuth(token []byte, next http.Handler) http.Handler { // want BytesTokenAuth:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !bytes.Equal([]byte(r.Header.Get("X-Auth-Token")), token) {
			next.ServeHTTP(w, r) // want `middleware failopen.BytesTokenAuth fails open: it calls the next handler when the credential check fails`
			return
		}
		next.ServeHTTP(w, r)
	})
}

// VersionAuth compares a header that is no credential: not a check.
func VersionAuth(version string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Client-Version") != version {
			log.Printf("old client")
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// HeaderKeyAuth marks a request whose key matched in its headers and
// passes every request on: an optional authentication.
func HeaderKeyAuth(key string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if subtle.ConstantTimeCompare([]byte(r.Header.Get("X-API-Key")), []byte(key)) != 1 {
			next.ServeHTTP(w, r)
			return
		}
		r.Header.Set("X-Key-Verified", "1")
		next.ServeHTTP(w, r)
	})
}

type keyCtx struct{}

// KeyAuth is an optional authentication: a matching key marks the request,
// a missing one passes it on unmarked for the handlers to decide.
func KeyAuth(key string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got := r.Header.Get("X-API-Key")
			if subtle.ConstantTimeCompare([]byte(got), []byte(key)) != 1 {
				next.ServeHTTP(w, r)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), keyCtx{}, true)))
		})
	}
}

type API struct{ st *store.Store }

func (a *API) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

// book answers 401 without returning and reads anyway: its check decides
// nothing, so its route has no authentication. view checks on one branch
// and leaves on failure: a partial check (authz-missing).
func (a *API) book(w http.ResponseWriter, r *http.Request) { // want book:"touches"
	if _, err := authenticate(r); err != nil {
		http.Error(w, "unauthorised", http.StatusUnauthorized) // want `handler \(\*failopen.API\).book fails open: it answers 401 but does not return`
	}
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

func (a *API) view(w http.ResponseWriter, r *http.Request) { // want view:"touches"
	if r.URL.Query().Get("mode") == "full" {
		if _, err := authenticate(r); err != nil {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
	}
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

func Routes(a *API) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("POST /book/{id}", http.HandlerFunc(a.book))                 // want `route POST /book/\{id\} .* has no authentication`
	mux.Handle("GET /view/{id}", http.HandlerFunc(a.view))                  // want `route GET /view/\{id\} .* checks authorisation only on some paths`
	mux.Handle("GET /cookie/{id}", AuthCookie(http.HandlerFunc(a.get)))     // want `route GET /cookie/\{id\} .* has no authentication`
	mux.Handle("GET /strict/{id}", AuthStrict(http.HandlerFunc(a.get)))     // want `route GET /strict/\{id\} .* is authenticated by failopen.AuthStrict`
	mux.Handle("GET /optional/{id}", OptionalAuth(http.HandlerFunc(a.get))) // want `route GET /optional/\{id\} .* has no authentication`
	return mux
}
