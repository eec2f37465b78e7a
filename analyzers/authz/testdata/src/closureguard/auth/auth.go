// Package auth holds guards in a package of their own: the route model
// sees them through their facts.
package auth

import "net/http"

type Tokens struct{ key string }

func (t *Tokens) Middleware(next http.Handler) http.Handler { // want Middleware:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+t.key {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireRole builds a middleware that lets only users with role through.
func RequireRole(role string) func(http.Handler) http.Handler { // want RequireRole:"guard\\(authz\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("X-Role") != role {
				http.Error(w, "forbidden", http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Trace wraps handlers but is no guard.
func Trace(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

// Admin composes the two guards: its fact says it guards.
func (t *Tokens) Admin(next http.Handler) http.Handler { // want Admin:"guard\\(authz\\)"
	return t.Middleware(RequireRole("admin")(next))
}

// Leaky composes them too, but lets everything through when open.
func (t *Tokens) Leaky(next http.Handler) http.Handler {
	if t.key == "" {
		return Trace(next)
	}
	return t.Middleware(RequireRole("admin")(next))
}
