// Package alicecase wraps handlers in alice chains, and mounts chi
// sub-routers under a guarded parent.
package alicecase

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/justinas/alice"

	"store"
)

type S struct{ st *store.Store }

func (s *S) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

// RequireUser rejects requests without a session.
func RequireUser(next http.Handler) http.Handler { // want RequireUser:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Session") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Logging is middleware that is no guard.
func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

func Alice(s *S) {
	mux := http.NewServeMux()
	mux.Handle("GET /a/{id}", alice.New(Logging, RequireUser).ThenFunc(s.get))               // want `route GET /a/\{id\} .* is authenticated by alicecase.RequireUser`
	mux.Handle("GET /b/{id}", alice.New(Logging).ThenFunc(s.get))                            // want `route GET /b/\{id\} .* has no authentication`
	mux.Handle("GET /c/{id}", alice.New(Logging).Then(RequireUser(http.HandlerFunc(s.get)))) // want `route GET /c/\{id\} .* is authenticated by alicecase.RequireUser`
	http.ListenAndServe(":8080", mux)
}

// Mount: routes of a sub-router mounted under a guarded group inherit the
// guard and the prefix; one mounted outside does not.
func Mount(s *S) {
	r := chi.NewRouter()
	admin := chi.NewRouter()
	admin.Get("/patients/{id}", s.get) // want `route GET /admin/patients/\{id\} .* is authenticated by alicecase.RequireUser`
	open := chi.NewRouter()
	open.Get("/patients/{id}", s.get) // want `route GET /open/patients/\{id\} .* has no authentication`
	r.Group(func(r chi.Router) {
		r.Use(RequireUser)
		r.Mount("/admin", admin)
	})
	r.Mount("/open", open)
	http.ListenAndServe(":8080", r)
}
