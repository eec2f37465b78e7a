// Package funcmap executes templates that call template functions
// (template.FuncMap) with the data: a function that converts its argument
// to template.HTML is reported at the Execute call that passes it
// untrusted or stored data, not where it is declared.
package funcmap

import (
	"bytes"
	"database/sql"
	"html"
	"html/template"
	"net/http"
	"os"
	"strings"
	ttemplate "text/template"

	"funcmaplib"
)

type View struct {
	Title    string
	Notes    string
	Patient  *Patient
	Patients []Patient
}

type Patient struct{ Notes string }

// NL2BRFast converts without escaping: no finding here, nor in Funcs.
func NL2BRFast(s string) template.HTML {
	return template.HTML(strings.ReplaceAll(s, "\n", "<br>"))
}

// Escaped escapes before converting.
func Escaped(s string) template.HTML { return template.HTML(html.EscapeString(s)) }

var Funcs = template.FuncMap{
	"nl2brfast": NL2BRFast,
	"escaped":   Escaped,
	"raw":       func(s string) template.HTML { return template.HTML(s) },
}

var (
	page      = template.Must(template.New("p").Funcs(Funcs).Parse(`<article>{{nl2brfast .Notes}}</article><h1>{{.Title}}</h1>`))
	piped     = template.Must(template.New("piped").Funcs(Funcs).Parse(`<p>{{.Notes | nl2brfast}}</p>`))
	whole     = template.Must(template.New("whole").Funcs(Funcs).Parse(`<div>{{raw .}}</div>`))
	escaping  = template.Must(template.New("esc").Funcs(Funcs).Parse(`<p>{{escaped .Notes}}</p>`))
	noCall    = template.Must(template.New("plain").Funcs(Funcs).Parse(`<p>{{.Notes}}</p>`))
	titleOnly = template.Must(template.New("title").Funcs(Funcs).Parse(`<h1>{{nl2brfast .Title}}</h1><p>{{.Notes}}</p>`))
	nested    = template.Must(template.New("nested").Funcs(Funcs).Parse(`{{with .Patient}}<p>{{raw .Notes}}</p>{{end}}`))
	ranged    = template.Must(template.New("ranged").Funcs(Funcs).Parse(`{{range .Patients}}<li>{{raw .Notes}}</li>{{end}}<h1>{{.Title}}</h1>`))
	mapped    = template.Must(template.New("mapped").Funcs(Funcs).Parse(`<p>{{raw .Notes}}</p><h1>{{.Title}}</h1>`))
	built     = template.Must(template.New("built").Funcs(newFuncs()).Parse(`<p>{{bold .Notes}}</p>`))
	libBuilt  = template.Must(template.New("libbuilt").Funcs(funcmaplib.NewFuncMap()).Parse(`<p>{{mark .Notes}}</p>`))
	partly    = template.Must(template.New("partly").Funcs(unknownFuncs(nil)).Funcs(Funcs).Parse(`<p>{{other .Title}}{{raw .Notes}}</p>`))
	defined   = template.Must(template.New("defined").Funcs(Funcs).Parse(`{{define "body"}}<p>{{raw .}}</p>{{end}}{{template "body" .Notes}}`))
	delims    = template.Must(template.New("delims").Delims("[[", "]]").Funcs(Funcs).Parse(`<p>[[raw $.Notes]]</p>`))
	cross     = template.Must(template.New("cross").Funcs(funcmaplib.Funcs).Parse(`{{nl2brfast .Notes}}{{nl2br .Title}}{{upper .Title}}`))
	crossRaw  = template.Must(template.New("crossraw").Funcs(funcmaplib.Funcs).Parse(`{{raw .Title}}`))
	text      = ttemplate.Must(ttemplate.New("text").Funcs(ttemplate.FuncMap{"raw": func(s string) template.HTML { return template.HTML(s) }}).Parse(`{{raw .Notes}}`))
)

func notes(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, View{Notes: r.FormValue("n")}) // want `r.FormValue\("n"\) \(request input\) reaches template function nl2brfast \(funcmap.NL2BRFast\), which converts it to template.HTML unescaped: escape it inside the function`
}

func pipedNotes(w http.ResponseWriter, r *http.Request) {
	piped.Execute(w, &View{Notes: r.FormValue("n")}) // want `r.FormValue\("n"\) \(request input\) reaches template function nl2brfast \(funcmap.NL2BRFast\)`
}

func wholeData(w http.ResponseWriter, r *http.Request) {
	_ = whole.Execute(w, r.FormValue("n")) // want `reaches template function raw \(funcmap.Funcs\["raw"\]\), which converts it to template.HTML unescaped`
}

func storedNotes(w http.ResponseWriter, db *sql.DB) {
	var n string
	_ = db.QueryRow("SELECT notes FROM patients WHERE id = 1").Scan(&n)
	page.Execute(w, View{Notes: n}) // want `\(stored data\) reaches template function nl2brfast`
}

func withPatient(w http.ResponseWriter, r *http.Request) {
	nested.Execute(w, View{Patient: &Patient{Notes: r.FormValue("n")}}) // want `reaches template function raw`
}

func definedBody(w http.ResponseWriter, r *http.Request) {
	defined.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function raw`
}

func definedByName(w http.ResponseWriter, r *http.Request) {
	defined.ExecuteTemplate(w, "body", r.FormValue("n")) // want `reaches template function raw`
	defined.ExecuteTemplate(w, "body", "<b>constant</b>")
}

func delimsRoot(w http.ResponseWriter, r *http.Request) {
	delims.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function raw`
}

func crossNotes(w http.ResponseWriter, r *http.Request) {
	cross.Execute(w, View{Notes: r.FormValue("n")}) // want `r.FormValue\("n"\) \(request input\) reaches template function nl2brfast \(funcmaplib.NL2BRFast\), which converts it to template.HTML unescaped \(funcmaplib.go:`
}

func crossRawTitle(w http.ResponseWriter, r *http.Request) {
	crossRaw.Execute(w, View{Title: r.FormValue("t")}) // want `reaches template function raw \(funcmaplib.Funcs\["raw"\]\)`
}

// A helper that executes the page with its parameter: reported at its
// callers.
func show(w http.ResponseWriter, v View) {
	page.Execute(w, v)
}

func shown(w http.ResponseWriter, r *http.Request) {
	show(w, View{Notes: r.FormValue("n")}) // want `r.FormValue\("n"\) \(request input\) converted to template.HTML, which html/template renders unescaped via funcmap.show → funcmap.NL2BRFast`
}

func shownSafe(w http.ResponseWriter, r *http.Request) {
	show(w, View{Title: r.FormValue("t"), Notes: "fixed"})
}

// The same with the data as an interface parameter: the field the
// template passes to the function is what counts.
func showAny(w http.ResponseWriter, data any) {
	page.Execute(w, data)
}

func shownAny(w http.ResponseWriter, r *http.Request) {
	showAny(w, View{Notes: r.FormValue("n")}) // want `r.FormValue\("n"\) \(request input\) converted to template.HTML, which html/template renders unescaped via funcmap.showAny → funcmap.NL2BRFast`
}

func shownAnySafe(w http.ResponseWriter, r *http.Request) {
	showAny(w, View{Title: r.FormValue("t"), Notes: "fixed"})
}

// The template in a field this package sets once.
type server struct{ tmpl *template.Template }

func newServer() *server {
	return &server{tmpl: template.Must(template.New("s").Funcs(Funcs).Parse(`{{raw .Notes}}`))}
}

func (s *server) serve(w http.ResponseWriter, r *http.Request) {
	s.tmpl.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function raw`
}

// Safe look-alikes.

func escapingHelper(w http.ResponseWriter, r *http.Request) {
	escaping.Execute(w, View{Notes: r.FormValue("n")}) // the function escapes
}

func constantField(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, View{Notes: "line one\nline two", Title: r.FormValue("t")}) // the function gets a constant
}

func escapedField(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, View{Notes: html.EscapeString(r.FormValue("n"))})
}

func notCalled(w http.ResponseWriter, r *http.Request) {
	noCall.Execute(w, View{Notes: r.FormValue("n")}) // html/template escapes .Notes
}

func cleanField(w http.ResponseWriter, r *http.Request) {
	titleOnly.Execute(w, View{Title: "Ward", Notes: r.FormValue("n")}) // the function gets the clean Title
}

func crossEscaped(w http.ResponseWriter, r *http.Request) {
	cross.Execute(w, View{Title: r.FormValue("t")}) // nl2br escapes; upper returns a string
}

// A FuncMap built by a function of this package.
func newFuncs() template.FuncMap {
	return template.FuncMap{"bold": func(s string) template.HTML { return template.HTML("<b>" + s + "</b>") }}
}

// A FuncMap this package cannot resolve adds no entry; the others are
// still followed.
func unknownFuncs(m template.FuncMap) template.FuncMap { return m }

func rangeElems(w http.ResponseWriter, r *http.Request) {
	ranged.Execute(w, View{Patients: []Patient{{Notes: r.FormValue("n")}}}) // want `reaches template function raw`
}

func rangeElemsClean(w http.ResponseWriter, r *http.Request) {
	ranged.Execute(w, View{Title: r.FormValue("t"), Patients: []Patient{{Notes: "fixed"}}})
}

func mapData(w http.ResponseWriter, r *http.Request) {
	mapped.Execute(w, map[string]any{"Notes": r.FormValue("n")}) // want `reaches template function raw`
}

func mapDataClean(w http.ResponseWriter, r *http.Request) {
	mapped.Execute(w, map[string]any{"Notes": "fixed", "Title": r.FormValue("t")}) // raw gets the constant
}

func builtFuncs(w http.ResponseWriter, r *http.Request) {
	built.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function bold \(funcmap.newFuncs\(\)\["bold"\]\)`
}

func libBuiltFuncs(w http.ResponseWriter, r *http.Request) {
	libBuilt.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function mark \(funcmaplib.NewFuncMap\(\)\["mark"\]\)`
}

func partlyResolved(w http.ResponseWriter, r *http.Request) {
	partly.Execute(w, View{Notes: r.FormValue("n")}) // want `reaches template function raw`
}

func nonConstant(w http.ResponseWriter, r *http.Request) {
	src, _ := os.ReadFile("page.tmpl")
	t := template.Must(template.New("x").Funcs(Funcs).Parse(string(src)))
	t.Execute(w, View{Notes: r.FormValue("n")}) // text unknown: silent
}

func textTemplate(r *http.Request) string {
	var buf bytes.Buffer
	_ = text.Execute(&buf, View{Notes: r.FormValue("n")}) // text/template escapes nothing: no conversion finding
	return buf.String()
}

// A template parsed through a method value that is not bound where it is
// called: not followed (and no crash).
func boundParse(w http.ResponseWriter, r *http.Request, parse func(string) (*template.Template, error)) {
	t, _ := parse(`<p>{{raw .}}</p>`)
	_ = t.Execute(w, r.FormValue("q"))
}

// Bound here: followed as the chain it is.
func boundHere(w http.ResponseWriter, r *http.Request) {
	parse := template.New("b").Funcs(Funcs).Parse
	t, _ := parse(`<p>{{raw .}}</p>`)
	_ = t.Execute(w, r.FormValue("q")) // want `r.FormValue\("q"\) \(request input\) reaches template function raw`
}

// Inside a template invoked with {{template "row" .Patient}}, $ is the
// patient, not the page: $.Notes is the patient's notes.
var dollarRow = template.Must(template.New("dollar").Funcs(Funcs).Parse(`{{define "row"}}<p>{{raw $.Notes}}</p>{{end}}{{template "row" .Patient}}`))

func dollarInRow(w http.ResponseWriter, r *http.Request) {
	dollarRow.Execute(w, View{Notes: r.FormValue("n")})
}

func dollarInRowPatient(w http.ResponseWriter, r *http.Request) {
	dollarRow.Execute(w, View{Patient: &Patient{Notes: r.FormValue("n")}}) // want `reaches template function raw`
}
