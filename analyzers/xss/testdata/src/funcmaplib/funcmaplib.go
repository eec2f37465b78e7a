package funcmaplib // want package:"analysed"

// A FuncMap of another package: package funcmap's templates call its
// functions, whose summaries travel in a fact on the variable.

import (
	"html"
	"html/template"
	"strings"
)

// NL2BRFast turns newlines into <br> without escaping.
func NL2BRFast(s string) template.HTML { // want NL2BRFast:`sink html-trusted template.HTML<-p0/built ctx=html`
	return template.HTML(strings.ReplaceAll(s, "\n", "<br>"))
}

// NL2BR escapes first.
func NL2BR(s string) template.HTML { // want NL2BR:`taint\(r0=p0/built/esc=html\)`
	return template.HTML(strings.ReplaceAll(html.EscapeString(s), "\n", "<br>"))
}

// Funcs holds a declared converter, an escaping one, a function literal
// that converts, and a library function.
var Funcs = template.FuncMap{ // want Funcs:`funcmap\(nl2brfast=funcmaplib.NL2BRFast: taint\(r0=p0/built/esc=html; sink html-trusted template.HTML<-p0/built ctx=html\); raw=funcmaplib.Funcs\["raw"\]: taint\(r0=p0/esc=html; sink html-trusted template.HTML<-p0 ctx=html\)\)`
	"nl2brfast": NL2BRFast,
	"nl2br":     NL2BR,
	"raw":       func(s string) template.HTML { return template.HTML(s) },
	"upper":     strings.ToUpper,
}

// NewFuncMap builds a FuncMap: its fact is on the function.
func NewFuncMap() template.FuncMap { // want NewFuncMap:`funcmap\(mark=funcmaplib.NewFuncMap\(\)\["mark"\]: taint\(r0=p0/built/esc=html; sink html-trusted template.HTML<-p0/built ctx=html\)\)`
	return template.FuncMap{
		"mark":  func(s string) template.HTML { return template.HTML("<mark>" + s + "</mark>") },
		"plain": func(s string) string { return s },
	}
}
