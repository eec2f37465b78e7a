// Package configured uses a guard, a check and public routes that only the
// settings name.
package configured

import (
	"net/http"

	"store"
)

type Server struct{ st *store.Store }

// Gate delegates to a policy table the analysis cannot read.
func Gate(next http.Handler) http.Handler { return gates[0](next) } // want Gate:"guard\\(authn\\)"

var gates []func(http.Handler) http.Handler

func decide(r *http.Request) bool { return r.Header.Get("X") != "" } // want decide:"check"

func (s *Server) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

func (s *Server) decided(w http.ResponseWriter, r *http.Request) { // want decided:"check"
	if !decide(r) {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

func Routes(s *Server) {
	mux := http.NewServeMux()
	mux.Handle("GET /gated/{id}", Gate(http.HandlerFunc(s.get))) // want `route GET /gated/\{id\} .* is authenticated by configured.Gate`
	mux.HandleFunc("GET /decided/{id}", s.decided)
	mux.HandleFunc("GET /open/{id}", s.get)
	mux.HandleFunc("GET /closed/{id}", s.get) // want `route GET /closed/\{id\} .* has no authentication`
	http.ListenAndServe(":8080", mux)
}
