// Package generics holds generic helpers: a generic function's summary is
// its origin's, applied at each instantiation.
package generics

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
)

// trust converts any string-like value: reported at its callers.
func trust[T ~string](v T) template.HTML { return template.HTML(v) }

// escapeAll escapes before converting: no sink effect.
func escapeAll[T ~string](v T) template.HTML { return template.HTML(html.EscapeString(string(v))) }

// label is a named string type the wrappers are instantiated with.
type label string

func genericTrust(w http.ResponseWriter, r *http.Request) {
	_ = trust(r.FormValue("body"))        // want `r.FormValue\("body"\) \(request input\) converted to template.HTML, which html/template renders unescaped via generics.trust`
	_ = trust(label(r.FormValue("name"))) // want `converted to template.HTML, which html/template renders unescaped via generics.trust`
	_ = trust[string]("<b>constant</b>")
	_ = escapeAll(r.FormValue("body"))
}

// writeAll writes any text into the writer it is given.
func writeAll[T ~string | ~[]byte](w io.Writer, v T) { fmt.Fprintf(w, "<p>%s</p>", v) }

func genericWrite(w http.ResponseWriter, r *http.Request) {
	writeAll(w, r.FormValue("q"))         // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via generics.writeAll`
	writeAll(w, []byte(r.FormValue("b"))) // want `r.FormValue\("b"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via generics.writeAll`
	writeAll(w, "<p>static</p>")
}

// pair is a generic type: its methods are generic functions too.
type pair[T ~string] struct{ v T }

func (p pair[T]) html() template.HTML { return template.HTML("<i>" + string(p.v) + "</i>") }

func genericMethod(w http.ResponseWriter, r *http.Request) {
	_ = pair[string]{v: r.FormValue("p")}.html() // want `r.FormValue\("p"\) \(request input\) converted to template.HTML`
	_ = pair[string]{v: "static"}.html()
}
