// Package anonserve serves routes another package registers, one of them
// open to a request without credentials.
package anonserve

import (
	"net/http"

	"anonauth"
	"anonprincipal"
)

func Serve(h *anonprincipal.H, other http.Handler) {
	mux := http.NewServeMux()
	anonprincipal.Register(mux, h) // want `route GET /kiosk/\{id\} \(handler \(\*anonprincipal.H\).kiosk\) reaches .* a request without credentials gets there`
	mux.Handle("GET /other", anonauth.Require(other))
	_ = http.ListenAndServe(":8080", mux)
}
