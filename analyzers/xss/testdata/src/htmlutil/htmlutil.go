package htmlutil // want package:"analysed"

// The wrappers here are called from package wrapuse: their summaries
// travel as facts.

import (
	"html"
	"html/template"
	"io"
	"net/http"
)

// ToHTML converts its parameter: reported at the callers.
func ToHTML(s string) template.HTML { return template.HTML(s) } // want ToHTML:`taint\(r0=p0/esc=html; sink html-trusted template.HTML<-p0 ctx=html\)`

// Bold builds markup around its parameter.
func Bold(s string) template.HTML { return template.HTML("<b>" + s + "</b>") } // want Bold:`sink html-trusted template.HTML<-p0/built ctx=html`

// Escaped escapes before converting: no sink effect.
func Escaped(s string) template.HTML { return template.HTML(html.EscapeString(s)) } // want Escaped:`taint\(r0=p0/esc=html\)`

// Write writes its parameter into the response.
func Write(w http.ResponseWriter, s string) { io.WriteString(w, s) } // want Write:`sink html-write io.WriteString<-p1 ctx=html`
