// Package chicase: chi handlers are net/http handlers with chi's URL
// parameters.
package chicase

import (
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"

	"github.com/go-chi/chi/v5"
)

func positive(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	fmt.Fprintf(w, "<h1>%s</h1>", slug)            // want `chi.URLParam\(r, "slug"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
	_ = template.HTMLAttr(`data-x="` + slug + `"`) // want `converted to template.HTMLAttr`
}

func negative(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	_ = template.URL("/p/" + url.PathEscape(slug))
	w.Header().Set("Content-Type", "application/json")
	io.WriteString(w, `{"slug":"`+slug+`"}`)
}
