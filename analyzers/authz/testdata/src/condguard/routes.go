package condguard

import (
	"net/http"

	"store"
)

type Config struct{ UseSSO, Debug bool }

type API struct{ st *store.Store }

func (a *API) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

func (a *API) del(w http.ResponseWriter, r *http.Request) { // want del:"touches"
	_ = a.st.DeletePatient(r.Context(), r.PathValue("id"))
}

func Routes(cfg Config, a *API) *http.ServeMux {
	mux := http.NewServeMux()

	// A guard chosen by configuration: a guard on every branch.
	var guard func(http.Handler) http.Handler
	if cfg.UseSSO {
		guard = Authenticate
	} else {
		guard = SessionAuth
	}
	mux.Handle("GET /a/{id}", guard(http.HandlerFunc(a.get))) // want `route GET /a/\{id\} .* is authenticated by condguard.Authenticate or condguard.SessionAuth`

	// One branch chooses no guard.
	var weak func(http.Handler) http.Handler
	if cfg.Debug {
		weak = Identity
	} else {
		weak = Authenticate
	}
	mux.Handle("GET /b/{id}", weak(http.HandlerFunc(a.get))) // want `route GET /b/\{id\} .* has no authentication`

	// The handler is guarded only when the switch is off.
	var h http.Handler = http.HandlerFunc(a.del)
	if !cfg.Debug {
		h = SessionAuth(h)
	}
	mux.Handle("DELETE /c/{id}", h) // want `route DELETE /c/\{id\} .* is guarded by condguard.SessionAuth only on some branches`

	// Guarded on every branch, by different guards.
	var h2 http.Handler
	if cfg.UseSSO {
		h2 = Authenticate(http.HandlerFunc(a.del))
	} else {
		h2 = SessionAuth(http.HandlerFunc(a.del))
	}
	mux.Handle("DELETE /d/{id}", h2) // want `route DELETE /d/\{id\} .* is authenticated by`

	mux.Handle("GET /e/{id}", RequireToken(http.HandlerFunc(a.get))) // want `route GET /e/\{id\} .* has no authentication`
	mux.Handle("GET /f/{id}", StrictToken(http.HandlerFunc(a.get)))  // want `route GET /f/\{id\} .* is authenticated by condguard.StrictToken`
	mux.Handle("GET /g/{id}", LoadUser(http.HandlerFunc(a.get)))     // want `route GET /g/\{id\} .* has no authentication`

	// A helper that returns the handler unwrapped when debugging.
	protect := func(h http.Handler) http.Handler {
		if cfg.Debug {
			return h
		}
		return Authenticate(h)
	}
	mux.Handle("GET /h/{id}", protect(http.HandlerFunc(a.get))) // want `route GET /h/\{id\} .* is guarded by condguard.Authenticate only on some branches`
	return mux
}
