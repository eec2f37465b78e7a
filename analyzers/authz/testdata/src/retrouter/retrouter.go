// Package retrouter mounts and serves routers that package sub builds and
// returns: their routes are judged here, with the guards of the mount.
package retrouter

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"

	"retrouter/sub"
)

func Chi(h *sub.H) {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(sub.RequireStaff)
		r.Mount("/fhir", sub.Routes(h)) // guarded by the group: silent
	})
	r.With(sub.RequireStaff).Mount("/with", sub.Routes(h)) // guarded by With: silent
	r.Mount("/exports", sub.Routes(h))                     // want `route GET /exports/patients/\{id\} \(handler \(\*sub.H\).get\) reaches \(\*sql.DB\).QueryRowContext via \(\*store.Store\).Patient \(registered at sub.go:\d+:\d+\) has no authentication`
	r.Mount("/guarded", sub.Guarded(h))                    // its own guard: silent
	r.Mount("/public", sub.Public())                       // no data: silent
	r.Route("/v2", func(r chi.Router) {
		r.Mount("/open", sub.Routes(h)) // want `route GET /v2/open/patients/\{id\} .* has no authentication`
	})
	r.Group(func(r chi.Router) {
		r.Use(sub.RequireStaff)
		r.Mount("/safe", local(h)) // same package, guarded: silent
	})
	r.Mount("/local", local(h))
	http.ListenAndServe(":8080", r)
}

// local returns its router to a caller in this package, which inlines it.
func local(h *sub.H) http.Handler {
	r := chi.NewRouter()
	r.Get("/patients/{id}", h.Patient) // want `route GET /local/patients/\{id\} \(handler \(\*sub.H\).Patient\) .* has no authentication`
	return r
}

// Whole serves the returned router by itself: a server with no guard.
func Whole(h *sub.H) {
	http.ListenAndServe(":8081", sub.Routes(h)) // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /patients/\{id\}`
}

func Gorilla(h *sub.H) {
	gr := mux.NewRouter()
	api := gr.PathPrefix("/api").Subrouter()
	api.Use(sub.RequireStaff)
	api.PathPrefix("/").Handler(sub.Gorilla(h))    // guarded: silent
	gr.PathPrefix("/open").Handler(sub.Gorilla(h)) // want `route /api/patients/\{id\} .* has no authentication`
	http.ListenAndServe(":8082", gr)
}

func Std(h *sub.H) {
	m := http.NewServeMux()
	m.Handle("/fhir/", sub.RequireStaff(http.StripPrefix("/fhir", sub.Std(h)))) // guarded: silent
	m.Handle("/open/", http.StripPrefix("/open", sub.Std(h)))                   // want `route GET /open/patients/\{id\} .* has no authentication`
	m.Handle("/w/", sub.RequireStaff(http.StripPrefix("/w", sub.Wrapped(h))))   // guarded: silent
	m.Handle("/wopen/", http.StripPrefix("/wopen", sub.Wrapped(h)))             // want `route GET /wopen/patients/\{id\} .* has no authentication`
	m.Handle("/wg/", http.StripPrefix("/wg", sub.WrappedGuard(h)))              // its own guard: silent
	http.ListenAndServe(":8083", m)
}
