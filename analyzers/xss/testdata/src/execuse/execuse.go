// Package execuse writes the errors of template helpers (execlib, and
// helpers of its own) as the first bytes of a handler's response.
package execuse

import (
	"fmt"
	"html/template"
	"io"
	"net/http"

	"execlib"
)

var views = template.Must(template.New("").Parse(`{{define "ward"}}<p>{{.}}</p>{{end}}`))

// view is this package's own helper around ExecuteTemplate.
func view(w io.Writer, name string, data any) error {
	return views.ExecuteTemplate(w, name, data)
}

// Safe: each error quotes the name only where nothing was written yet,
// behind text sniffed as text/plain; what an error after output may
// quote (the data) holds no input.

func viewHelper(w http.ResponseWriter, r *http.Request) {
	if err := view(w, r.FormValue("page"), nil); err != nil {
		w.Write([]byte(err.Error())) // safe
	}
}

func libRender(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Render(w, r.PathValue("page"), map[string]int{"n": 1}); err != nil {
		w.Write([]byte(err.Error())) // safe
	}
}

func libPage(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Page(w, r.FormValue("page"), nil); err != nil {
		fmt.Fprint(w, err) // safe
	}
}

// gitea's mail preview: a hook another package installs.
func mailPreview(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Mail.Execute(w, r.PathValue("name"), nil); err != nil {
		w.Write([]byte(err.Error())) // safe
	}
}

// Errors made in another package whose text begins plain.
func ward(w http.ResponseWriter, r *http.Request) {
	if _, err := execlib.Ward(r.FormValue("ward")); err != nil {
		w.Write([]byte(err.Error())) // safe
	}
}

func bed(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Bed(r.FormValue("bed")); err != nil {
		io.WriteString(w, err.Error()) // safe
	}
}

// True positives: the data the error may quote after output holds input;
// the name is quoted after output; markup comes before the name; the
// response was made HTML before.

func viewData(w http.ResponseWriter, r *http.Request) {
	if err := view(w, "ward", r.FormValue("q")); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func mailData(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Mail.Execute(w, "ward", r.FormValue("q")); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func titled(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Titled(w, r.FormValue("page")); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func marked(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Marked(w, r.FormValue("page"), nil); err != nil {
		w.Write([]byte(err.Error())) // want `\(request input\) written unescaped into an HTML response`
	}
}

func pageTyped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := execlib.Page(w, r.FormValue("page"), nil); err != nil {
		fmt.Fprint(w, err) // want `\(request input\) written unescaped into an HTML response`
	}
}

func wardMarkup(w http.ResponseWriter, r *http.Request) {
	if _, err := execlib.Ward(r.FormValue("ward")); err != nil {
		w.Write([]byte("<p>" + err.Error() + "</p>")) // want `\(request input\) written unescaped into an HTML response`
	}
}
