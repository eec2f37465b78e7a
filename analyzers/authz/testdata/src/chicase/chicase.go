package chicase

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/jwtauth/v5"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = h.st.Patient(r.Context(), chi.URLParam(r, "id"))
}

func (h *H) del(w http.ResponseWriter, r *http.Request) { // want del:"touches"
	_ = h.st.DeletePatient(r.Context(), chi.URLParam(r, "id"))
}

func ping(w http.ResponseWriter, r *http.Request) {}

// RequireAdmin authorises: a role check, 403 otherwise.
func RequireAdmin(next http.Handler) http.Handler { // want RequireAdmin:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Role") != "admin" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Routes(h *H, ta *jwtauth.JWTAuth) {
	r := chi.NewRouter()
	r.Use(middleware.Logger)
	r.Get("/ping", ping)
	r.Get("/open/{id}", h.get) // want `route GET /open/\{id\} \(handler \(\*chicase.H\).get\) reaches .* has no authentication`

	// Verifier alone never rejects: not a guard.
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(ta))
		r.Get("/verified/{id}", h.get) // want `route GET /verified/\{id\} .* has no authentication`
	})

	// Verifier then Authenticator: authenticated.
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(ta))
		r.Use(jwtauth.Authenticator(ta))
		r.Get("/me/{id}", h.get) // want `route GET /me/\{id\} .* is authenticated by jwtauth.Authenticator`
		r.With(RequireAdmin).Delete("/me/{id}", h.del)
	})

	r.Route("/admin", func(r chi.Router) {
		r.Use(middleware.BasicAuth("admin", map[string]string{"a": "b"}))
		r.Use(RequireAdmin)
		r.Get("/patients/{id}", h.get)
		r.Delete("/patients/{id}", h.del)
	})

	// Three of four routes carry RequireAdmin; the fourth lacks it.
	r.Route("/staff", func(r chi.Router) {
		r.Use(jwtauth.Authenticator(ta))
		r.With(RequireAdmin).Get("/a/{id}", h.get)
		r.With(RequireAdmin).Get("/b/{id}", h.get)
		r.With(RequireAdmin).Get("/c/{id}", h.get)
		r.Delete("/d/{id}", h.del) // want `route DELETE /staff/d/\{id\} .* lacks the authorisation guard chicase.RequireAdmin`
	})
	http.ListenAndServe(":8080", r)
}
