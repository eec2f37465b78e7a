// Package ctxhelper: a middleware stores request input in the request's
// context through a helper of its own, which stores its parameter under a
// key; the handler reads it back under that key and writes it as HTML.
package ctxhelper

import (
	"context"
	"fmt"
	"net/http"
)

type userKey struct{}

type roleKey struct{}

type siteKey struct{}

func contextWith(r *http.Request, u string) context.Context {
	return context.WithValue(r.Context(), userKey{}, u)
}

func attachRole(r *http.Request, role string) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), roleKey{}, role))
}

// attach passes its parameter on to another helper.
func attach(r *http.Request, site string) *http.Request {
	return r.WithContext(storeSite(r.Context(), site))
}

func storeSite(ctx context.Context, site string) context.Context {
	return context.WithValue(ctx, siteKey{}, site)
}

func withUser(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		next(w, r.WithContext(contextWith(r, r.Header.Get("X-Remote-User"))))
	}
}

func withRole(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, attachRole(r, r.Header.Get("X-Role")))
	})
}

func withSite(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, attach(r, r.FormValue("site")))
	})
}

func user(w http.ResponseWriter, r *http.Request) {
	u, _ := r.Context().Value(userKey{}).(string)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<nav>%s</nav>", u) // want `r.Header.Get\("X-Remote-User"\) \(request input\)`
}

func role(w http.ResponseWriter, r *http.Request) {
	v, _ := r.Context().Value(roleKey{}).(string)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<aside>%s</aside>", v) // want `r.Header.Get\("X-Role"\) \(request input\)`
}

func site(w http.ResponseWriter, r *http.Request) {
	v, _ := r.Context().Value(siteKey{}).(string)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", v) // want `r.FormValue\("site"\) \(request input\)`
}
