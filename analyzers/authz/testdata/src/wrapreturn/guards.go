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
			http.Error(w, "unauthorized", http.StatusUnauthorized)
		}
		next.ServeHTTP(w, r) // want `middleware wrapreturn.LeakyAuth fails open`
	})
}

// gate is a guard written as a handler type that keeps next in a field.
type gate struct{ next http.Handler }

func (g *gate) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"check guard\\(authz\\)"
	if !hasRole(r, "admin") {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	g.next.ServeHTTP(w, r)
}

// RequireAdminGate guards with a gate.
func RequireAdminGate(next http.Handler) http.Handler { // want RequireAdminGate:"check guard\\(authz\\)"
	return &gate{next: next}
}

// tracer is a handler type that wraps next but is no guard.
type tracer struct{ next http.Handler }

func (t tracer) ServeHTTP(w http.ResponseWriter, r *http.Request) { t.next.ServeHTTP(w, r) }

// Trace wraps with a tracer.
func Trace(next http.Handler) http.Handler {
	return tracer{next: next}
}
