// Package subtreeguard: a route whose path lies under a subrouter that adds
// a role guard, but registered on the parent router, lacks that guard.
package subtreeguard

import (
	"net/http"

	"github.com/gorilla/mux"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = h.st.Patient(r.Context(), mux.Vars(r)["id"])
}

func (h *H) del(w http.ResponseWriter, r *http.Request) { // want del:"touches"
	_ = h.st.DeletePatient(r.Context(), mux.Vars(r)["id"])
}

func Require(next http.Handler) http.Handler { // want Require:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func RequireAdmin(next http.Handler) http.Handler { // want RequireAdmin:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Role") != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Routes(h *H) {
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.Use(Require)
	adm := api.PathPrefix("/admin").Subrouter()
	adm.Use(RequireAdmin)
	adm.HandleFunc("/patients/{id}", h.del).Methods(http.MethodDelete)
	api.HandleFunc("/admin/patients/{id}/notes", h.del).Methods(http.MethodDelete) // want `route DELETE /api/admin/patients/{id}/notes .* lies under /api/admin, whose router adds the authorisation guard subtreeguard.RequireAdmin, but is registered outside that router`
	api.HandleFunc("/administrators/{id}", h.get).Methods(http.MethodGet)          // want `route GET /api/administrators/{id} .* is authenticated by subtreeguard.Require but nothing checks`
	api.HandleFunc("/patients/{id}", h.get).Methods(http.MethodGet)                // want `route GET /api/patients/{id} .* is authenticated by subtreeguard.Require but nothing checks`
	http.ListenAndServe(":8080", r)
}
