package nethttp

import (
	"context"
	"fmt"
	"net/http"
	"regexp"
)

// A value read back under a key only this package can make is what the
// package stored there: here, a slug its middleware validated.

type wardKey struct{}

// WardKey is exported: another package may store under it too.
type WardKey struct{}

var wardSlug = regexp.MustCompile(`^[a-z0-9-]{1,32}$`)

func withWard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		slug := r.URL.Query().Get("ward")
		if !wardSlug.MatchString(slug) {
			http.Error(w, "bad ward", http.StatusBadRequest)
			return
		}
		ctx := context.WithValue(r.Context(), wardKey{}, slug)
		ctx = context.WithValue(ctx, WardKey{}, slug)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func wardBanner(w http.ResponseWriter, r *http.Request) {
	ward, _ := r.Context().Value(wardKey{}).(string)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(fmt.Sprintf("<header><h1>Ward %s</h1></header>", ward))) // safe: validated, and only this package stores under wardKey
}

func wardBannerExported(w http.ResponseWriter, r *http.Request) {
	ward, _ := r.Context().Value(WardKey{}).(string)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(fmt.Sprintf("<header><h1>Ward %s</h1></header>", ward))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

func wardRoutes(mux *http.ServeMux) {
	mux.Handle("/ward", withWard(http.HandlerFunc(wardBanner)))
	mux.Handle("/ward2", withWard(http.HandlerFunc(wardBannerExported)))
}
