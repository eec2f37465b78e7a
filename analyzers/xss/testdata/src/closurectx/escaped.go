// Safe twins: text escaped before a closure captures it stays escaped in it.
package closurectx

import (
	"html/template"
	"net/http"
	"strings"
)

func direct(w http.ResponseWriter, r *http.Request, s string) {
	q := template.HTMLEscapeString(r.FormValue("q"))
	_ = template.HTML(strings.ReplaceAll(template.HTMLEscapeString(s), q, "<mark>"+q+"</mark>"))
	_ = template.HTML("<mark>" + q + "</mark>")
	_ = template.HTML(strings.ReplaceAll("x", "y", q))
}

func viaClosure(w http.ResponseWriter, r *http.Request) {
	q := template.HTMLEscapeString(r.FormValue("q"))
	f := func() template.HTML {
		return template.HTML("<mark>" + q + "</mark>")
	}
	_ = f()
}
