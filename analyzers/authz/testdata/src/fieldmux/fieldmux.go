// Package fieldmux registers routes on a ServeMux held in a struct field.
package fieldmux

import (
	"net/http"

	"store"
)

func userOf(r *http.Request) string { return r.Header.Get("X-User") }

// Authenticate is a guard.
func Authenticate(next http.Handler) http.Handler { // want Authenticate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

type Server struct {
	mux *http.ServeMux
	st  *store.Store
}

// route forwards to the mux in the receiver's field: a route wrapper.
func (s *Server) route(pattern string, h http.HandlerFunc) { // want route:"wrap:route\\(pattern=1 via=.mux chain=2\\)"
	s.mux.HandleFunc(pattern, h)
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

// Routes assigns the field and registers on it, directly and through the
// wrapper method.
func (s *Server) Routes() http.Handler {
	s.mux = http.NewServeMux()
	s.route("GET /legacy/{id}", s.get)                                  // want `route GET /legacy/\{id\} .* has no authentication`
	s.route("GET /login", s.get)                                        // a public flow
	s.mux.HandleFunc("GET /v2/{id}", s.get)                             // want `route GET /v2/\{id\} .* has no authentication`
	s.mux.Handle("GET /v3/{id}", Authenticate(http.HandlerFunc(s.get))) // want `route GET /v3/\{id\} .* is authenticated by fieldmux.Authenticate`
	return s.mux
}

// New assigns the field in a composite literal; register, called on the
// struct, registers on it.
func New(st *store.Store) *Server {
	s := &Server{mux: http.NewServeMux(), st: st}
	s.register()
	return s
}

func (s *Server) register() {
	s.mux.HandleFunc("DELETE /v4/{id}", s.get)                          // want `route DELETE /v4/\{id\} .* has no authentication`
	s.mux.Handle("GET /v5/{id}", Authenticate(http.HandlerFunc(s.get))) // want `route GET /v5/\{id\} .* is authenticated by fieldmux.Authenticate`
}

// api is a small router struct of the application.
type api struct {
	mux    *http.ServeMux
	prefix string
}

func (a *api) handle(p string, h http.HandlerFunc) { // want handle:"wrap:route\\(pattern=1 via=.mux chain=2\\)"
	a.mux.HandleFunc(p, h)
}

// Wrapped serves the mux behind Authenticate: the router struct that holds
// it stays in the function, so the routes are guarded.
func Wrapped(s *Server) http.Handler {
	mux := http.NewServeMux()
	r := &api{mux: mux}
	r.handle("GET /w/{id}", s.get) // want `route GET /w/\{id\} .* is authenticated by fieldmux.Authenticate`
	return Authenticate(mux)
}

// Open serves it unwrapped.
func Open(s *Server) http.Handler {
	mux := http.NewServeMux()
	r := &api{mux: mux}
	r.handle("GET /o/{id}", s.get)                                   // want `route GET /o/\{id\} .* has no authentication`
	mux.Handle("GET /p/{id}", Authenticate(http.HandlerFunc(s.get))) // want `route GET /p/\{id\} .* is authenticated by fieldmux.Authenticate`
	return mux
}

// guarded keeps its mux in an unexported field, and its only way out
// wraps it in Authenticate.
type guarded struct {
	mux *http.ServeMux
	s   *Server
}

func NewGuarded(s *Server) *guarded {
	g := &guarded{mux: http.NewServeMux(), s: s}
	g.mux.HandleFunc("GET /g/{id}", s.get) // want `route GET /g/\{id\} .* is authenticated by fieldmux.Authenticate`
	return g
}

func (g *guarded) Handler() http.Handler { return Authenticate(g.mux) }

// exposed also hands its mux out unwrapped.
type exposed struct {
	mux *http.ServeMux
}

func NewExposed(s *Server) *exposed {
	e := &exposed{mux: http.NewServeMux()}
	e.mux.HandleFunc("GET /x/{id}", s.get)                             // want `route GET /x/\{id\} .* has no authentication`
	e.mux.Handle("GET /y/{id}", Authenticate(http.HandlerFunc(s.get))) // want `route GET /y/\{id\} .* is authenticated by fieldmux.Authenticate`
	return e
}

func (e *exposed) Handler() http.Handler { return Authenticate(e.mux) }

func (e *exposed) Raw() http.Handler { return e.mux }
