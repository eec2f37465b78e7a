// Package wrapreturn builds routers and returns them wrapped in middleware
// (the routes() shape): the wrappers cover the routes when every way the
// router leaves the function (returned, served, stored) has them.
package wrapreturn

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/justinas/alice"

	"store"
)

type S struct {
	st  *store.Store
	raw http.Handler
}

func (s *S) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

// Guarded: the whole mux is behind an authorisation guard.
func (s *S) Guarded() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /guarded/{id}", s.get)
	return RequireAdmin(mux)
}

// Authenticated: behind an authentication guard only.
func (s *S) Authenticated() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /authn/{id}", s.get) // want `route GET /authn/\{id\} .* is authenticated by wrapreturn.RequireUser but nothing checks`
	h := RequireUser(mux)
	return h
}

// Gated: the guard keeps the mux in a field of its own: that is the
// wrapping, not another way in.
func (s *S) Gated() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /gated/{id}", s.get)
	return RequireAdminGate(mux)
}

// Traced: a wrapper type that is no guard covers nothing; returned to
// other packages only, the router is judged where they mount it
// (wrapserve).
func (s *S) Traced() http.Handler { // want Traced:`route\(result GET /traced/\{id\} \(\*wrapreturn.S\).get\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /traced/{id}", s.get)
	return Trace(mux)
}

// Logged: a wrapper that is no guard covers nothing (judged in wrapserve).
func (s *S) Logged() http.Handler { // want Logged:`route\(result GET /logged/\{id\} \(\*wrapreturn.S\).get\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /logged/{id}", s.get)
	return Logging(mux)
}

// Leaky: a guard that fails open covers nothing.
func (s *S) Leaky() http.Handler {
	mux := http.NewServeMux() // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /leaky/\{id\}`
	mux.HandleFunc("GET /leaky/{id}", s.get)
	return LeakyAuth(mux)
}

// Branch returns the mux raw on one path: requests through it are not
// guarded.
func (s *S) Branch(debug bool) http.Handler {
	mux := http.NewServeMux() // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /branch/\{id\}`
	mux.HandleFunc("GET /branch/{id}", s.get)
	if debug {
		return mux
	}
	return RequireAdmin(mux)
}

// Phi wraps only when a switch is on.
func (s *S) Phi(on bool) http.Handler {
	mux := http.NewServeMux() // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /phi/\{id\}`
	mux.HandleFunc("GET /phi/{id}", s.get)
	var h http.Handler = mux
	if on {
		h = RequireAdmin(mux)
	}
	return h
}

// PhiBoth wraps on both branches: the weaker guard covers the routes.
func (s *S) PhiBoth(strict bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /phiboth/{id}", s.get) // want `route GET /phiboth/\{id\} .* is authenticated by wrapreturn.RequireUser but nothing checks`
	var h http.Handler
	if strict {
		h = RequireAdmin(mux)
	} else {
		h = RequireUser(mux)
	}
	return h
}

// Captured: the wrapped handler is a variable a closure captures.
func (s *S) Captured() (http.Handler, func() bool) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /captured/{id}", s.get)
	h := RequireAdmin(mux)
	ready := func() bool { return h != nil }
	return h, ready
}

// Weakest: a request may come in through either exit, so the weaker
// guard is what covers the routes.
func (s *S) Weakest(public bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /weakest/{id}", s.get) // want `route GET /weakest/\{id\} .* is authenticated by wrapreturn.RequireUser but nothing checks`
	if public {
		return RequireUser(mux)
	}
	return RequireAdmin(mux)
}

// Stored keeps the raw mux too: whoever loads the field serves it
// unguarded.
func (s *S) Stored() http.Handler {
	mux := http.NewServeMux() // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /stored/\{id\}`
	mux.HandleFunc("GET /stored/{id}", s.get)
	s.raw = mux
	return RequireAdmin(mux)
}

// ServedRaw also serves the raw mux on another port.
func (s *S) ServedRaw() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /served/{id}", s.get)
	go http.ListenAndServe(":8081", mux) // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /served/\{id\}`
	return RequireAdmin(mux)
}

// Chi: a chi router wrapped at return.
func (s *S) Chi() http.Handler {
	r := chi.NewRouter()
	r.Get("/chi/{id}", s.get)
	return RequireAdmin(r)
}

// Alice: a chain built with Append, applied to the mux.
func (s *S) Alice() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /alice/{id}", s.get)
	chain := alice.New(Logging).Append(RequireAdmin)
	return chain.Then(mux)
}

// AliceExtend: a chain extended by another that holds the guard.
func (s *S) AliceExtend() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /aliceextend/{id}", s.get)
	return alice.New(Logging).Extend(alice.New(RequireAdmin)).Then(mux)
}

// AliceLogged: a chain of wrappers that are no guards (judged in
// wrapserve).
func (s *S) AliceLogged() http.Handler { // want AliceLogged:`route\(result GET /alicelogged/\{id\} \(\*wrapreturn.S\).get\)`
	mux := http.NewServeMux()
	mux.HandleFunc("GET /alicelogged/{id}", s.get)
	return alice.New(Logging).Append(Logging).Then(mux)
}

// Serve serves a router returned wrapped by a function of this package.
func (s *S) Serve() error {
	return http.ListenAndServe(":8080", s.Guarded())
}

// Publish hands the wrapped router on in a way the model does not follow:
// Guarded's own exit still covers its routes.
func (s *S) Publish(ch chan<- http.Handler) {
	ch <- s.Guarded()
}

// rawRoutes returns its mux unwrapped, as an http.Handler: the callers
// below decide what covers it.
func (s *S) rawRoutes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /raw/{id}", s.get)
	return mux
}

func (s *S) ServeGuarded() error {
	return http.ListenAndServe(":8082", RequireAdmin(s.rawRoutes()))
}

func (s *S) ServeLogged() error {
	return http.ListenAndServe(":8083", Logging(s.rawRoutes())) // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /raw/\{id\}`
}

// secure wraps a router it is given.
func secure(mux *http.ServeMux) http.Handler {
	return RequireAdmin(mux)
}

func (s *S) ViaHelper() error {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /helper/{id}", s.get)
	return http.ListenAndServe(":8084", secure(mux))
}
