// Package composed serves routes registered in package routes.
package composed

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"

	"routes"
)

func Main(h *routes.H, ta *jwtauth.JWTAuth) {
	r := chi.NewRouter()
	r.Route("/open", func(r chi.Router) {
		routes.Register(r, h) // want `route GET /open/patients/\{id\} \(handler \(\*routes.H\).get\) reaches \(\*sql.DB\).QueryRowContext via \(\*store.Store\).Patient \(registered at routes.go:\d+:\d+\) has no authentication`
	})
	// Two routes of one call are two findings at the call.
	routes.RegisterRx(r, h) // want `route GET /rx/\{id\} .* \(registered at routes.go:\d+:\d+\) has no authentication` `route DELETE /rx/\{id\} .* \(registered at routes.go:\d+:\d+\) has no authentication`
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Authenticator(ta))
		r.Use(routes.RequireStaff)
		routes.Register(r, h)
	})
	http.ListenAndServe(":8080", r)
}
