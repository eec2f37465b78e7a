// Package mid applies lists of middleware to handlers, as gophish's
// middleware package does.
package mid

import (
	"net/http"
	"strings"
)

func userOf(r *http.Request) string { return r.Header.Get("X-User") }

// Use wraps handler in each middleware in turn: the last is outermost.
func Use(handler http.HandlerFunc, mid ...func(http.Handler) http.HandlerFunc) http.HandlerFunc { // want Use:"wrap:apply\\(chain=1 handler=0\\)"
	for _, m := range mid {
		handler = m(handler)
	}
	return handler
}

// Chain wraps h from the last middleware down: the first is outermost.
func Chain(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler { // want Chain:"wrap:apply\\(chain=1 handler=0 reverse\\)"
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// Tee calls each middleware but returns the handler unwrapped: no
// applier.
func Tee(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler {
	for _, m := range mws {
		_ = m(h)
	}
	return h
}

func RequireLogin(handler http.Handler) http.HandlerFunc { // want RequireLogin:"guard\\(authn\\)"
	return func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) != "" {
			handler.ServeHTTP(w, r)
			return
		}
		http.Redirect(w, r, "/login", http.StatusTemporaryRedirect)
	}
}

func RequirePermission(perm string) func(http.Handler) http.HandlerFunc { // want RequirePermission:"check guard\\(authz\\)"
	return func(next http.Handler) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("X-Perms"), perm) {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		}
	}
}

func Auth(next http.Handler) http.Handler { // want Auth:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// Role is RequirePermission for Chain.
func Role(perm string) func(http.Handler) http.Handler { // want Role:"guard\\(authz\\)"
	return func(next http.Handler) http.Handler { return RequirePermission(perm)(next) }
}

// Trace logs and passes every request on.
func Trace(next http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) }
}
