package mwshared // want package:"analysed"

// The service's shared middleware.

import "net/http"

// PlainText serves what it wraps as plain text.
func PlainText(next http.Handler) http.Handler { // want PlainText:`middleware plain`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

// HTMLPage serves what it wraps as HTML.
func HTMLPage(next http.Handler) http.Handler { // want HTMLPage:`middleware typed`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		next.ServeHTTP(w, r)
	})
}
