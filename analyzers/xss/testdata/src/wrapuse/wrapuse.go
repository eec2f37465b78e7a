// Package wrapuse calls htmlutil's wrappers.
package wrapuse

import (
	"html"
	"html/template"
	"net/http"

	"htmlutil"
)

func handler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	_ = htmlutil.ToHTML(name)                     // want `r.FormValue\("name"\) \(request input\) converted to template.HTML, which html/template renders unescaped via htmlutil.ToHTML`
	_ = htmlutil.Bold(name)                       // want `via htmlutil.Bold`
	htmlutil.Write(w, "<p>"+name+"</p>")          // want `written unescaped into an HTML response by io.WriteString via htmlutil.Write`
	_ = htmlutil.ToHTML("<i>constant</i>")        // constant: safe
	_ = htmlutil.ToHTML(html.EscapeString(name))  // escaped: safe
	_ = htmlutil.Escaped(name)                    // escapes inside: safe
	_ = htmlutil.Bold(html.EscapeString(name))    // escaped: safe
	_ = htmlutil.Format("<a>%s</a>", name, 3)     // escaped in place: safe
	_ = htmlutil.FormatStrings("<a>%s</a>", name) // want `converted to template.HTML, which html/template renders unescaped via htmlutil.FormatStrings`
}

// The renderer's prefix is a parameter's field: checked at the callers of
// render; the content is escaped. Silent.
func render(rd *htmlutil.Renderer, r *http.Request) template.HTML {
	return rd.Protect(htmlutil.Escaped(r.FormValue("q")))
}

// The prefix is request input: reported.
func taintedPrefix(r *http.Request) template.HTML {
	rd := &htmlutil.Renderer{Prefix: r.FormValue("p")}
	return rd.Protect("<b>x</b>") // want `r.FormValue\("p"\) \(request input\) converted to template.HTML, which html/template renders unescaped via \(\*htmlutil.Renderer\).Protect`
}

// Options hold renderers.
type Options struct {
	R htmlutil.SecureRenderer
	P htmlutil.Renderer
}

// Highlight's closure reads fields under o, a parameter of an exported
// function: those a caller in another package can set (P.Prefix) are of
// unknown origin, the renderer's unexported id is not.
func Highlight(o *Options) func(string) template.HTML {
	return func(code string) template.HTML {
		_ = o.P.Protect(htmlutil.Escaped(code)) // want `parameter o.P.Prefix of exported Highlight \(callers may be outside the analysed code\) converted to template.HTML, which html/template renders unescaped via \(\*htmlutil.Renderer\).Protect`
		return o.R.Protect(htmlutil.Escaped(code))
	}
}

// Headers set by htmlutil's helpers, known from their facts.
func headers(w http.ResponseWriter, r *http.Request) {
	htmlutil.ServeSandboxed(w, r.FormValue("q")) // no script runs: safe
	htmlutil.SetPlain(w)
	htmlutil.Write(w, r.FormValue("q")) // text/plain: safe
}

// A generic wrapper of another package, instantiated here.
func generic(r *http.Request) {
	_ = htmlutil.Trust(r.FormValue("name"))         // want `converted to template.HTML, which html/template renders unescaped via htmlutil.Trust`
	_ = htmlutil.Trust([]byte(r.FormValue("name"))) // want `via htmlutil.Trust`
	_ = htmlutil.Trust("<i>constant</i>")
	_ = htmlutil.Trust(html.EscapeString(r.FormValue("name")))
}

// A helper of another package that writes the caller's text first.
func textFirst(w http.ResponseWriter, r *http.Request) {
	htmlutil.WriteText(w, http.StatusNotFound, "no such ward: "+r.FormValue("ward")) // safe: sniffed as text/plain
}

func markupFirst(w http.ResponseWriter, r *http.Request) {
	htmlutil.WriteText(w, http.StatusNotFound, "<b>"+r.FormValue("ward")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via htmlutil.WriteText`
}

// Another package's helper that types its response: its type holds when
// it writes first, not after a page.
func plainFirst(w http.ResponseWriter, r *http.Request) {
	htmlutil.WriteTextPlain(w, "<p>"+r.FormValue("ward")) // safe: served as text/plain
}

func plainAfterPage(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<h1>Ward</h1>"))
	htmlutil.WriteTextPlain(w, r.FormValue("ward")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via htmlutil.WriteTextPlain .*: the Content-Type htmlutil.WriteTextPlain sets is not served`
}
