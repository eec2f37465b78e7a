package nethttp

import (
	"fmt"
	"html/template"
	"io"
	"net/http"
)

// ExecuteTemplate quotes the name only in an error it returns before
// writing anything ("html/template: %q is undefined"); content sniffing
// serves a body that begins with it as text/plain. Safe when it is the
// handler's first write: no Content-Type set, nothing written before.

var pages = template.Must(template.New("").Parse(`{{define "a"}}<p>{{.}}</p>{{end}}`))

func previewPage(w http.ResponseWriter, r *http.Request) {
	if err := pages.ExecuteTemplate(w, r.FormValue("page"), nil); err != nil {
		w.Write([]byte(err.Error()))
	}
}

func previewPageData(w http.ResponseWriter, r *http.Request) {
	err := pages.ExecuteTemplate(w, r.PathValue("page"), map[string]any{"n": 1})
	if err != nil {
		fmt.Fprint(w, err.Error()+"\n")
	}
}

// True positives: the response was made HTML before (a Content-Type, an
// earlier write), the data may be quoted by an error that follows output,
// markup comes before the error, or the writer is not a handler's (a
// helper's caller may have written a page already).

func previewHTML(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	if err := pages.ExecuteTemplate(w, r.FormValue("p"), nil); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func previewAfterWrite(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Preview</h1>")
	if err := pages.ExecuteTemplate(w, r.FormValue("p"), nil); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func previewData(w http.ResponseWriter, r *http.Request) {
	if err := pages.ExecuteTemplate(w, "a", r.FormValue("q")); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func previewMarkup(w http.ResponseWriter, r *http.Request) {
	if err := pages.ExecuteTemplate(w, r.FormValue("p"), nil); err != nil {
		w.Write([]byte("<p>" + err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func renderNamed(w http.ResponseWriter, name string) {
	if err := pages.ExecuteTemplate(w, name, nil); err != nil {
		w.Write([]byte(err.Error()))
	}
}

func previewHelper(w http.ResponseWriter, r *http.Request) {
	renderNamed(w, r.FormValue("p")) // want `\(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.renderNamed`
}

type appCtx struct {
	Resp http.ResponseWriter
	Req  *http.Request
}

// A handler on a context that holds the writer and the request is handed
// a fresh response too.
func previewCtx(ctx *appCtx) {
	if err := pages.ExecuteTemplate(ctx.Resp, ctx.Req.FormValue("p"), nil); err != nil {
		ctx.Resp.Write([]byte(err.Error())) // safe
	}
}
