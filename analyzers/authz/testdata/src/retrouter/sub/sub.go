// Package sub builds routers and returns them: their callers in package
// retrouter mount or serve them, so a router with no guard of its own is
// judged there, with the guards of its mount, and not here.
package sub

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"

	"store"
)

type H struct{ St *store.Store }

func (h *H) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = h.St.Patient(r.Context(), r.PathValue("id"))
}

// RequireStaff is an authorisation guard.
func RequireStaff(next http.Handler) http.Handler { // want RequireStaff:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Staff") == "" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Patient is an exported handler.
func (h *H) Patient(w http.ResponseWriter, r *http.Request) { // want Patient:"touches"
	_ = h.St.Patient(r.Context(), r.PathValue("id"))
}

func health(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }

func noStore(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// Routes has no guard of its own: not a server but a sub-router, silent
// here; its routes are the fact, judged where it is mounted.
func Routes(h *H) http.Handler { // want Routes:`route\(result GET /patients/\{id\} \(\*sub.H\).get\) route\(result GET /healthz sub.health\)`
	r := chi.NewRouter()
	r.Use(noStore)
	r.Get("/patients/{id}", h.get)
	r.Get("/healthz", health)
	return r
}

// Guarded's routes carry a guard: it decides its own authentication and is
// judged here, where it is silent.
func Guarded(h *H) chi.Router {
	r := chi.NewRouter()
	r.Use(RequireStaff)
	r.Get("/patients/{id}", h.get)
	return r
}

// Public reaches no data.
func Public() http.Handler { // want Public:`route\(result GET /healthz sub.health\)`
	r := chi.NewRouter()
	r.Get("/healthz", health)
	return r
}

// Gorilla is a gorilla sub-router; gorilla does not strip the prefix it is
// mounted under, so its patterns are full paths.
func Gorilla(h *H) *mux.Router { // want Gorilla:`route\(result /api/patients/\{id\} \(\*sub.H\).get\)`
	r := mux.NewRouter()
	r.HandleFunc("/api/patients/{id}", h.get)
	return r
}

// Std is a ServeMux mounted under http.StripPrefix.
func Std(h *H) http.Handler { // want Std:`route\(result GET /patients/\{id\} \(\*sub.H\).get\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", h.get)
	return mux
}

// Wrapped returns its router behind middleware that is no guard: a
// sub-router still, judged where it is mounted.
func Wrapped(h *H) http.Handler { // want Wrapped:`route\(result GET /patients/\{id\} \(\*sub.H\).get\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", h.get)
	return noStore(mux)
}

// WrappedGuard returns its router behind its own guard: judged here, where
// it is silent.
func WrappedGuard(h *H) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", h.get)
	return RequireStaff(mux)
}

// Served is served here too: a server of this package, judged here.
func Served(h *H) http.Handler {
	r := chi.NewRouter()
	r.Get("/patients/{id}", h.get)
	go http.ListenAndServe(":9090", r) // want `no authentication or authorisation on any route of this server`
	return r
}
