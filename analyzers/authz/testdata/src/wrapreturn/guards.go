package wrapreturn

import "net/http"

// RequireUser rejects requests without a session.
func RequireUser(next http.Handler) http.Handler { // want RequireUser:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireAdmin rejects requests of users without the admin role.
func RequireAdmin(next http.Handler) http.Handler { // want RequireAdmin:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hasRole(r, "admin") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func hasRole(r *http.Request, role string) bool { // want hasRole:"check"
	return r.Header.Get("X-Role") == role
}

// Logging wraps handlers but is no guard.
func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

// LeakyAuth writes 401 but forgets to return.
func LeakyAuth(next http.Handler) http.Handler { // want LeakyAuth:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized) // want `middleware wrapreturn.LeakyAuth fails open`
		}
		next.ServeHTTP(w, r)
	})
}
