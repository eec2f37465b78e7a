package nethttp

import (
	"net/http"
	"strings"
)

func userOf(r *http.Request) string { return r.Header.Get("X-User") }

// RequireUser is a guard: it calls next only when a user is present.
func RequireUser(next http.Handler) http.Handler { // want RequireUser:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireRole is a guard constructor that authorises.
func RequireRole(role string) func(http.Handler) http.Handler { // want RequireRole:"guard\\(authz\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !hasRole(r, role) {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

func hasRole(r *http.Request, role string) bool { // want hasRole:"check"
	return strings.Contains(r.Header.Get("X-Roles"), role)
}

// Logging wraps handlers but is not a guard.
func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// AuthDecode only decodes credentials into the context and never rejects:
// a decoder, not a guard, and not reported as failing open.
func AuthDecode(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = userOf(r)
		next.ServeHTTP(w, r)
	})
}

// RequireSession is named like a guard but never rejects.
func RequireSession(next http.Handler) http.Handler { // want RequireSession:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = userOf(r)
		next.ServeHTTP(w, r) // want `middleware nethttp.RequireSession fails open: it calls the next handler on every path`
	})
}

// AuthFallthrough writes 401 but forgets to return.
func AuthFallthrough(next http.Handler) http.Handler { // want AuthFallthrough:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
		}
		next.ServeHTTP(w, r) // want `middleware nethttp.AuthFallthrough fails open: it rejects the request but then calls the next handler anyway`
	})
}
