// Package pageadapt: an adapter that turns a page function into the
// handler that writes what it returns as HTML.
package pageadapt

import (
	"io"
	"log"
	"net/http"
	"strings"
)

// PageFunc produces an HTML fragment.
type PageFunc func(r *http.Request) (string, error)

// Page wraps the fragment in the layout.
func Page(title string, fn PageFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, err := fn(r)
		if err != nil {
			log.Printf("page %s: %v", title, err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		var b strings.Builder
		b.WriteString("<html><body>")
		b.WriteString(body)
		b.WriteString("</body></html>")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, b.String())
	}
}

// Plain serves the fragment as text.
func Plain(fn PageFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		body, _ := fn(r)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, body)
	}
}
