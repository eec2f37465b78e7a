package nethttp

import (
	"html"
	"net/http"
	"text/template"
)

// text/template prints data as it is: data the handler escaped for HTML
// is safe where that escape holds (text, a quoted attribute), and not in
// a script or at the start of a URL.

var (
	notePara   = template.Must(template.New("p").Parse(`<p title="{{.}}">{{.}}</p>`))
	noteScript = template.Must(template.New("s").Parse(`<p>{{.}}</p><script>var note = {{.}};</script>`))
	noteLink   = template.Must(template.New("a").Parse(`<a href="{{.}}">note</a>`))
)

func textEscapedPara(w http.ResponseWriter, r *http.Request) {
	notePara.Execute(w, html.EscapeString(r.FormValue("note"))) // safe
}

func textEscapedScript(w http.ResponseWriter, r *http.Request) {
	noteScript.Execute(w, html.EscapeString(r.FormValue("note"))) // want `r.FormValue\("note"\) \(request input\) escaped for HTML but placed in a script element by the text/template that \(\*template.Template\).Execute executes into an HTTP response, where it runs as JavaScript`
}

func textEscapedLink(w http.ResponseWriter, r *http.Request) {
	noteLink.Execute(w, html.EscapeString(r.FormValue("next"))) // want `escaped for HTML but placed in an href URL attribute`
}

func textRawPara(w http.ResponseWriter, r *http.Request) {
	notePara.Execute(w, r.FormValue("note")) // want `the first of its actions that prints data unescaped is \{\{\.\}\}`
}
