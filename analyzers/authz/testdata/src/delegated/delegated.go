// Package delegated: a middleware whose handler hands its work, next
// included, to a helper (func(w, r) { m.serveValidated(w, r, next) }):
// the helper is the middleware's body.
package delegated

import (
	"crypto/subtle"
	"database/sql"
	"net/http"
)

type authMiddleware struct{ key string }

func (m *authMiddleware) validateAPIKey(next http.Handler) http.Handler { // want validateAPIKey:"guard\\(authz\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.serveValidated(w, r, next)
	})
}

func unauthorized(w http.ResponseWriter) { w.WriteHeader(http.StatusUnauthorized) }

func (m *authMiddleware) serveValidated(w http.ResponseWriter, r *http.Request, next http.Handler) {
	token := r.Header.Get("Authorization")
	if token == "" || subtle.ConstantTimeCompare([]byte(token), []byte(m.key)) != 1 {
		unauthorized(w)
		return
	}
	next.ServeHTTP(w, r)
}

// logRequests hands next to a helper that checks nothing: no guard.
func logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serveLogged(w, r, next)
	})
}

func serveLogged(w http.ResponseWriter, r *http.Request, next http.Handler) {
	println(r.URL.Path)
	next.ServeHTTP(w, r)
}

type handler struct{ db *sql.DB }

func (h *handler) feeds(w http.ResponseWriter, r *http.Request) { // want feeds:"touches"
	h.db.Query("SELECT * FROM feeds")
}

func Serve(db *sql.DB) {
	h := &handler{db}
	m := &authMiddleware{key: "k"}
	withKey := func(fn http.HandlerFunc) http.Handler { return m.validateAPIKey(fn) }
	mux := http.NewServeMux()
	mux.Handle("GET /feeds", m.validateAPIKey(http.HandlerFunc(h.feeds)))
	mux.Handle("GET /feeds/mine", withKey(h.feeds))
	mux.Handle("GET /feeds/all", logRequests(http.HandlerFunc(h.feeds))) // want `route GET /feeds/all \(handler \(\*delegated.handler\).feeds\) reaches \(\*sql.DB\).Query has no authentication`
	http.ListenAndServe(":8080", mux)
}
