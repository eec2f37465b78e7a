// Package closureguard applies guards through local closures and named
// helpers that wrap the handler they are given: what the helper applies
// to its parameter on every way out guards the route, the weakest way out
// deciding.
package closureguard

import (
	"database/sql"
	"net/http"

	"closureguard/auth"
)

type Server struct {
	DB     *sql.DB
	Tokens *auth.Tokens
	Debug  bool
}

func (s *Server) patient(w http.ResponseWriter, r *http.Request) { // want patient:"touches"
	s.DB.QueryRow("SELECT name FROM patients WHERE id = $1", r.PathValue("id"))
}

// Routes: authn is a method value captured by the closures below, so it
// is a variable the closures load.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	authn := s.Tokens.Middleware
	admin := func(h http.HandlerFunc) http.Handler { return authn(auth.RequireRole("admin")(h)) }
	user := func(h http.HandlerFunc) http.Handler { return authn(h) }
	leaky := func(h http.HandlerFunc) http.Handler {
		if s.Debug {
			return h
		}
		return authn(auth.RequireRole("admin")(h))
	}
	traced := func(h http.HandlerFunc) http.Handler { return auth.Trace(h) }

	mux.Handle("GET /direct/{id}", authn(http.HandlerFunc(s.patient))) // want `route GET /direct/\{id\} .* is authenticated by \(\*auth.Tokens\).Middleware but nothing checks`
	mux.Handle("DELETE /admin/{id}", admin(s.patient))
	mux.Handle("GET /user/{id}", user(s.patient))     // want `route GET /user/\{id\} .* is authenticated by \(\*auth.Tokens\).Middleware but nothing checks`
	mux.Handle("GET /leaky/{id}", leaky(s.patient))   // want `route GET /leaky/\{id\} .* is guarded by \(\*auth.Tokens\).Middleware and auth.RequireRole only on some branches`
	mux.Handle("GET /traced/{id}", traced(s.patient)) // want `route GET /traced/\{id\} .* has no authentication`
	mux.HandleFunc("GET /open/{id}", s.patient)       // want `route GET /open/\{id\} .* has no authentication`
	mux.Handle("GET /named/{id}", adminOnly(s.patient))
	mux.Handle("GET /fact/{id}", s.Tokens.Admin(http.HandlerFunc(s.patient)))
	mux.Handle("GET /factleaky/{id}", s.Tokens.Leaky(http.HandlerFunc(s.patient))) // want `route GET /factleaky/\{id\} .* has no authentication`
	mux.Handle("GET /namedleaky/{id}", s.maybeAdmin(s.patient))                    // want `route GET /namedleaky/\{id\} .* is guarded by closureguard.adminOnly only on some branches`
	return mux
}

var tokens = &auth.Tokens{}

// adminOnly is a named helper doing what admin does.
func adminOnly(h http.HandlerFunc) http.Handler { // want adminOnly:"guard\\(authz\\)"
	return tokens.Middleware(auth.RequireRole("admin")(h))
}

// maybeAdmin lets h through unwrapped when debugging.
func (s *Server) maybeAdmin(h http.HandlerFunc) http.Handler {
	if s.Debug {
		return h
	}
	return adminOnly(h)
}
