// Package mountcase mounts routers in routers: a route's path is the
// inner pattern under what the mounts above it strip (chi Mount and Route,
// http.StripPrefix), and nothing else: net/http, chi Handle and gorilla
// hand the router the full path.
package mountcase

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"

	"store"
)

type S struct{ st *store.Store }

func (s *S) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

func (s *S) eget(c echo.Context) error { // want eget:"touches"
	_ = s.st.Patient(c.Request().Context(), c.Param("id"))
	return nil
}

// RequireAdmin answers 403 to anyone but an administrator.
func RequireAdmin(next http.Handler) http.Handler { // want RequireAdmin:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Role") != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// NetHTTPEcho: the echo instance sees /rx/search whole.
func NetHTTPEcho(s *S) {
	root := http.NewServeMux()
	root.Handle("GET /me", RequireAdmin(http.HandlerFunc(s.get)))
	e := echo.New()
	e.GET("/rx/search", s.eget) // want `route GET /rx/search \(`
	root.Handle("/rx/", e)
	http.ListenAndServe(":8080", root)
}

// Stripped: StripPrefix takes /api off before the echo instance sees it.
func Stripped(s *S) {
	root := http.NewServeMux()
	root.Handle("GET /me", RequireAdmin(http.HandlerFunc(s.get)))
	e := echo.New()
	e.GET("/search", s.eget) // want `route GET /api/search \(`
	root.Handle("/api/", http.StripPrefix("/api", e))
	http.ListenAndServe(":8081", root)
}

// Chi: Mount strips its pattern, Handle does not.
func Chi(s *S) {
	r := chi.NewRouter()
	r.With(RequireAdmin).Get("/me", s.get)
	sub := chi.NewRouter()
	sub.Get("/x/{id}", s.get) // want `route GET /mounted/x/\{id\} \(`
	r.Mount("/mounted", sub)
	full := chi.NewRouter()
	full.Get("/full/y/{id}", s.get) // want `route GET /full/y/\{id\} \(`
	r.Handle("/full/*", full)
	http.ListenAndServe(":8082", r)
}

// ChiRoute: a mux handled inside a chi Route sees the path Route stripped.
func ChiRoute(s *S) {
	r := chi.NewRouter()
	r.With(RequireAdmin).Get("/me", s.get)
	r.Route("/v1", func(r chi.Router) {
		m := http.NewServeMux()
		m.HandleFunc("GET /x/{id}", s.get) // want `route GET /v1/x/\{id\} \(`
		r.Handle("/x/*", m)
	})
	http.ListenAndServe(":8084", r)
}

// Gorilla: PathPrefix(p).Handler(h) hands h the full path.
func Gorilla(s *S) {
	r := mux.NewRouter()
	r.Handle("/me", RequireAdmin(http.HandlerFunc(s.get)))
	legacy := http.NewServeMux()
	legacy.HandleFunc("GET /legacy/{id}", s.get) // want `route GET /legacy/\{id\} \(`
	r.PathPrefix("/legacy/").Handler(legacy)
	old := http.NewServeMux()
	old.HandleFunc("GET /{id}", s.get) // want `route GET /old/\{id\} \(`
	r.PathPrefix("/old/").Handler(http.StripPrefix("/old", old))
	http.ListenAndServe(":8083", r)
}
