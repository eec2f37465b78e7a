// Package pageadaptuse: page functions of the program, methods and plain
// functions, handed to an adapter that writes their result as HTML.
package pageadaptuse

import (
	"fmt"
	"html"
	"net/http"
	"strconv"
	"strings"

	"pageadapt"
)

type Handler struct{ site string }

func (h *Handler) Greeting(r *http.Request) (string, error) {
	name := r.URL.Query().Get("name")
	if name == "" {
		return "<p>Welcome.</p>", nil
	}
	return "<p>Welcome back, " + name + ".</p>", nil
}

func (h *Handler) Banner(r *http.Request) (string, error) {
	week, _ := strconv.Atoi(r.URL.Query().Get("week"))
	return fmt.Sprintf("<p>%s &mdash; week %d</p>", html.EscapeString(r.URL.Query().Get("clinic")), week), nil
}

func (h *Handler) Site(r *http.Request) (string, error) {
	return "<p>" + html.EscapeString(h.site) + "</p>", nil
}

// Escaped for HTML, but in an unquoted attribute.
func (h *Handler) Find(r *http.Request) (string, error) {
	q := html.EscapeString(r.URL.Query().Get("q"))
	var b strings.Builder
	b.WriteString(`<form action="/find">`)
	b.WriteString(`<input name="q" value=` + q + `>`)
	b.WriteString(`</form>`)
	return b.String(), nil
}

// The same, quoted.
func (h *Handler) FindQuoted(r *http.Request) (string, error) {
	q := html.EscapeString(r.URL.Query().Get("q"))
	var b strings.Builder
	b.WriteString(`<input name="q" value="` + q + `">`)
	return b.String(), nil
}

func search(r *http.Request) (string, error) {
	return "<p>Results for " + r.FormValue("q") + "</p>", nil
}

func routes(mux *http.ServeMux, h *Handler) {
	mux.Handle("/home", pageadapt.Page("Home", h.Greeting)) // want `r.URL.Query\(\).Get\("name"\) \(request input\)`
	mux.Handle("/search", pageadapt.Page("Search", search)) // want `r.FormValue\("q"\) \(request input\)`
	mux.Handle("/clinics", pageadapt.Page("Clinics", h.Banner))
	mux.Handle("/site", pageadapt.Page("Site", h.Site))
	mux.Handle("/plain", pageadapt.Plain(h.Greeting))
	mux.Handle("/find", pageadapt.Page("Find", h.Find)) // want `escaped for HTML but placed in an unquoted value attribute value`
	mux.Handle("/findq", pageadapt.Page("Find", h.FindQuoted))
}

// Lists of page functions the program ranges over.
func listed(mux *http.ServeMux, h *Handler) {
	for _, fn := range []pageadapt.PageFunc{h.Banner, h.Greeting} {
		mux.Handle("/l", pageadapt.Page("L", fn)) // want `r.URL.Query\(\).Get\("name"\) \(request input\)`
	}
	pages := map[string]pageadapt.PageFunc{"/a": h.Site, "/b": search}
	for path, fn := range pages {
		mux.Handle(path, pageadapt.Page(path, fn)) // want `r.FormValue\("q"\) \(request input\)`
	}
	safe := map[string]pageadapt.PageFunc{"/c": h.Site, "/d": h.Banner}
	for path, fn := range safe {
		mux.Handle(path, pageadapt.Page(path, fn))
	}
}
