package nethttp

import (
	"bytes"
	"net/http"
	"strings"
	ttemplate "text/template"
)

// text/template whose text escapes every action itself: the builtin
// html, js and urlquery, each where its escape holds.

type visit struct{ Name, Reason, Query, Note string }

var board = ttemplate.Must(ttemplate.New("board").Parse(
	`<table>{{range .}}<tr><td>{{.Name | html}}</td><td title="{{html .Reason}}">{{.Reason | html}}</td>` +
		`<td><a href="/search?q={{.Query | urlquery}}">find</a></td></tr>{{end}}</table>` +
		`<script>var note = "{{with index . 0}}{{.Note | js}}{{end}}";</script>{{/* done */}}`))

func escapedBoard(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	v := visit{Name: r.FormValue("name"), Reason: r.FormValue("reason"), Query: r.FormValue("q"), Note: r.FormValue("note")}
	board.Execute(w, []visit{v})
}

func escapedBoardBuffered(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	board.Execute(&b, []visit{{Name: r.FormValue("name")}})
	w.Write(b.Bytes())
}

var escPages = ttemplate.Must(ttemplate.New("escPages").Parse(
	`{{define "head"}}<h1>{{.Name | html}}</h1>{{end}}` +
		`{{define "page"}}{{template "head" .}}{{if .Note}}<p>{{html .Note}}</p>{{else}}<p>-</p>{{end}}{{end}}`))

func escapedNamed(w http.ResponseWriter, r *http.Request) {
	escPages.ExecuteTemplate(w, "page", visit{Name: r.FormValue("name"), Note: r.FormValue("note")})
}

// The same escapers where they do not hold, or an action without one.

var hrefEscaped = ttemplate.Must(ttemplate.New("href").Parse(`<a href="{{.Query | html}}">home</a>`))

func escapedHref(w http.ResponseWriter, r *http.Request) {
	hrefEscaped.Execute(w, visit{Query: r.FormValue("next")}) // want `rendered by \(\*template.Template\).Execute into an HTTP response; text/template does not escape HTML; of its escaped actions, \{\{.Query \| html\}\} is escaped for HTML but placed in an href URL attribute, where javascript: URLs still run: use html/template, or check the scheme`
}

var unquoted = ttemplate.Must(ttemplate.New("unq").Parse(`<td class={{.Name | html}}>x</td>`))

func escapedUnquoted(w http.ResponseWriter, r *http.Request) {
	unquoted.Execute(w, visit{Name: r.FormValue("name")}) // want `text/template does not escape HTML`
}

var scriptBare = ttemplate.Must(ttemplate.New("js").Parse(`<script>var n = {{.Name | js}};</script>`))

func escapedScriptBare(w http.ResponseWriter, r *http.Request) {
	scriptBare.Execute(w, visit{Name: r.FormValue("name")}) // want `of its escaped actions, \{\{.Name \| js\}\} is escaped for JavaScript but placed in a script element outside a quoted string, where it runs as code`
}

var htmlInScript = ttemplate.Must(ttemplate.New("hs").Parse(`<script>var n = "{{.Name | html}}";</script>`))

func escapedHTMLInScript(w http.ResponseWriter, r *http.Request) {
	htmlInScript.Execute(w, visit{Name: r.FormValue("name")}) // want `text/template does not escape HTML`
}

var oneRaw = ttemplate.Must(ttemplate.New("raw").Parse(`<p>{{.Name | html}}</p><p>{{.Note}}</p>`))

func escapedButOne(w http.ResponseWriter, r *http.Request) {
	oneRaw.Execute(w, visit{Name: r.FormValue("name"), Note: r.FormValue("note")}) // want `text/template does not escape HTML; the first of its actions that prints data unescaped is \{\{.Note\}\}: use html/template, or escape that action for where it prints \(\{\{.Note \| html\}\} in text or a quoted attribute\)`
}

var printed = ttemplate.Must(ttemplate.New("pr").Parse(`<p>{{.Name | html | printf "%s!"}}</p>`))

func escapedThenFormatted(w http.ResponseWriter, r *http.Request) {
	printed.Execute(w, visit{Name: r.FormValue("name")}) // want `text/template does not escape HTML`
}

var redefined = ttemplate.Must(ttemplate.New("re").Funcs(ttemplate.FuncMap{"html": strings.TrimSpace}).Parse(`<p>{{.Name | html}}</p>`))

func escaperRedefined(w http.ResponseWriter, r *http.Request) {
	redefined.Execute(w, visit{Name: r.FormValue("name")}) // want `text/template does not escape HTML`
}

var hrefBuffered = ttemplate.Must(ttemplate.New("hb").Parse(`<a href="{{.Query | html}}">home</a>`))

func escapedHrefBuffered(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	hrefBuffered.Execute(&b, visit{Query: r.FormValue("next")})
	w.Write(b.Bytes()) // want `written unescaped into an HTML response`
}

// Numbers need no escaping; a number's String method may print anything.

type search struct {
	Q     string
	Page  int
	Hits  []visit
	Shown bool
	Level level
}

type level int

func (l level) String() string { return "<b>" + map[level]string{1: "high"}[l] + "</b>" }

var resultsTmpl = ttemplate.Must(ttemplate.New("results").Parse(
	`<a href="/search?q={{.Q | urlquery}}&amp;page={{.Page}}">again</a> {{len .Hits}} found, shown: {{.Shown}}` +
		`{{with .Hits}}{{range .}}<p>{{.Name | html}} (page {{printf "%d" $.Page}})</p>{{end}}{{end}}`))

func escapedWithNumbers(w http.ResponseWriter, r *http.Request) {
	resultsTmpl.Execute(w, search{Q: r.FormValue("q"), Hits: []visit{{Name: r.FormValue("name")}}})
}

var withLevel = ttemplate.Must(ttemplate.New("lvl").Parse(`<p>{{.Q | html}}: {{.Level}}</p>`))

func escapedButStringer(w http.ResponseWriter, r *http.Request) {
	withLevel.Execute(w, search{Q: r.FormValue("q")}) // want `text/template does not escape HTML`
}

var printedString = ttemplate.Must(ttemplate.New("ps").Parse(`<p>{{printf "%s" .Q}}</p>`))

func printedNotNumber(w http.ResponseWriter, r *http.Request) {
	printedString.Execute(w, search{Q: r.FormValue("q")}) // want `text/template does not escape HTML`
}

func escapedButMapData(w http.ResponseWriter, r *http.Request) {
	resultsTmpl.Execute(w, map[string]any{"Q": r.FormValue("q"), "Page": r.FormValue("page")}) // want `text/template does not escape HTML`
}

// js leaves ${ alone: a template literal is no quoted string.
var jsTemplateLiteral = ttemplate.Must(ttemplate.New("jstl").Parse("<script>var n = `{{.Name | js}}`;</script>"))

func escapedInTemplateLiteral(w http.ResponseWriter, r *http.Request) {
	jsTemplateLiteral.Execute(w, visit{Name: r.FormValue("name")}) // want `text/template does not escape HTML`
}

var jsQuoted = ttemplate.Must(ttemplate.New("jsq").Parse(`<script>var n = '{{.Name | js}}';</script>`))

func escapedInQuotedJS(w http.ResponseWriter, r *http.Request) {
	jsQuoted.Execute(w, visit{Name: r.FormValue("name")})
}
