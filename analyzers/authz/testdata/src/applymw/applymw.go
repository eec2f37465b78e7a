// Package applymw: a handler wrapped in a list of middleware by a function
// that applies them (mid.Use, mid.Chain) has those middleware on its path.
package applymw

import (
	"net/http"

	"applymw/mid"
	"store"
)

type H struct{ st *store.Store }

func (h *H) impersonate(w http.ResponseWriter, r *http.Request) { // want impersonate:"touches"
	_ = h.st.Patient(r.Context(), r.FormValue("username"))
}

func (h *H) patient(w http.ResponseWriter, r *http.Request) { // want patient:"touches"
	_ = h.st.Patient(r.Context(), r.PathValue("id"))
}

func (h *H) Routes() {
	mux := http.NewServeMux()
	mux.HandleFunc("/admin/impersonate", mid.Use(h.impersonate, mid.RequirePermission("admin"), mid.RequireLogin))
	mux.Handle("/admin/patients/{id}", mid.Chain(http.HandlerFunc(h.patient), mid.Logging, mid.Auth, mid.Role("clinical")))
	mux.HandleFunc("/public/patients/{id}", mid.Use(h.patient, mid.Trace))           // want `route /public/patients/\{id\} \(handler \(\*applymw.H\).patient\) reaches \(\*sql.DB\).QueryRowContext via \(\*store.Store\).Patient has no authentication`
	mux.Handle("/tee/patients/{id}", mid.Tee(http.HandlerFunc(h.patient), mid.Auth)) // want `route /tee/patients/\{id\} \(handler \(\*applymw.H\).patient\) reaches .* has no authentication`
	_ = http.ListenAndServe(":8080", mux)
}
