// Package closurectx: a closure that captures request input and converts
// it to a trusted type.
package closurectx

import (
	"html/template"
	"net/http"
	"strings"
)

var page = template.Must(template.New("p").Parse(`{{range .}}<li>{{.}}</li>{{end}}`))

func search(w http.ResponseWriter, r *http.Request, names []string) {
	q := r.FormValue("q")
	mark := func(s string) template.HTML {
		return template.HTML(strings.ReplaceAll(s, q, "<mark>"+q+"</mark>")) // want `r.FormValue\("q"\) \(request input\) converted to template.HTML`
	}
	var hits []template.HTML
	for _, n := range names {
		hits = append(hits, mark(n))
	}
	_ = page.Execute(w, hits)
}

// Safe twin: the captured value is escaped before the closure is made.
func searchEscaped(w http.ResponseWriter, r *http.Request, names []string) {
	q := template.HTMLEscapeString(r.FormValue("q"))
	mark := func(s string) template.HTML {
		return template.HTML(strings.ReplaceAll(template.HTMLEscapeString(s), q, "<mark>"+q+"</mark>"))
	}
	var hits []template.HTML
	for _, n := range names {
		hits = append(hits, mark(n))
	}
	_ = page.Execute(w, hits)
}

// Safe twin: a constant captured.
func searchConst(w http.ResponseWriter, names []string) {
	q := "<b>"
	mark := func(s string) template.HTML {
		return template.HTML(q + template.HTMLEscapeString(s))
	}
	var hits []template.HTML
	for _, n := range names {
		hits = append(hits, mark(n))
	}
	_ = page.Execute(w, hits)
}
