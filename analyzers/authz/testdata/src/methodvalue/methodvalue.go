// Package methodvalue: a guard method used as a method value held in a
// local variable wraps the handlers it is applied to.
package methodvalue

import (
	"database/sql"
	"net/http"
)

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

type Server struct {
	DB     *sql.DB
	Tokens *Tokens
}

func (s *Server) patient(w http.ResponseWriter, r *http.Request) { // want patient:"touches"
	s.DB.QueryRow("SELECT name FROM patients WHERE id = $1", r.PathValue("id"))
}

func (s *Server) Routes() {
	mux := http.NewServeMux()
	authn := s.Tokens.Middleware
	// Authenticated: what remains is authz-missing's "nothing checks".
	mux.Handle("GET /guarded/{id}", authn(http.HandlerFunc(s.patient))) // want `route GET /guarded/\{id\} .* is authenticated by \(\*methodvalue.Tokens\).Middleware`
	mux.HandleFunc("GET /open/{id}", s.patient)                         // want `route GET /open/\{id\} .* has no authentication`
	http.ListenAndServe(":8080", mux)
}
