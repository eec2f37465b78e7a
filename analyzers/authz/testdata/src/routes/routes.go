// Package routes registers its routes on a router it is given: its fact
// carries them to the package that serves them.
package routes

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"store"
)

type H struct{ St *store.Store }

func (h *H) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = h.St.Patient(r.Context(), chi.URLParam(r, "id"))
}

// RequireStaff is a guard that other packages use through its fact.
func RequireStaff(next http.Handler) http.Handler { // want RequireStaff:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isStaff(r) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isStaff(r *http.Request) bool { return r.Header.Get("X-Staff") != "" }

func Register(r chi.Router, h *H) { // want Register:`route\(0 GET /patients/\{id\} \(\*routes.H\).get\) route\(0 DELETE /patients/\{id\} \(\*routes.H\).get \[authz:routes.RequireStaff\]\)`
	r.Get("/patients/{id}", h.get)
	r.With(RequireStaff).Delete("/patients/{id}", h.get)
}

// RegisterRx registers two open routes: where they are served, both are
// reported at the call.
func RegisterRx(r chi.Router, h *H) { // want RegisterRx:`route\(0 GET /rx/\{id\} \(\*routes.H\).get\) route\(0 DELETE /rx/\{id\} \(\*routes.H\).get\)`
	r.Get("/rx/{id}", h.get)
	r.Delete("/rx/{id}", h.get)
}
