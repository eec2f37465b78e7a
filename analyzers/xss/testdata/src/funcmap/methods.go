package funcmap

import (
	"database/sql"
	"html"
	"html/template"
	"net/http"
	"strconv"
	ttemplate "text/template"

	"funcmaplib"
)

// Methods a template calls through a field chain ({{.BodyHTML}},
// {{.Pinned.BodyHTML}}): each is called with the data the chain names as
// receiver, and is reported at the Execute call that passes it, as a
// template function is.

type Note struct {
	Body  string
	Count int
}

// BodyHTML converts without escaping: no finding here.
func (n Note) BodyHTML() template.HTML { return template.HTML("<p>" + n.Body + "</p>") }

// SafeHTML escapes first.
func (n Note) SafeHTML() template.HTML {
	return template.HTML("<p>" + html.EscapeString(n.Body) + "</p>")
}

// CountHTML formats a number (pointer receiver: the template calls it on
// an addressable element).
func (n *Note) CountHTML() template.HTML { return template.HTML("<b>" + strconv.Itoa(n.Count) + "</b>") }

// Tagged wraps the escaped body in the tag it is given.
func (n Note) Tagged(tag string) template.HTML {
	return template.HTML("<" + tag + ">" + html.EscapeString(n.Body))
}

type Board struct {
	Title  string
	Notes  []Note
	Pinned *Note
}

var (
	methodPage = template.Must(template.New("m").Parse(`{{range .Notes}}<li>{{.BodyHTML}}</li>{{end}}`))
	pinnedPage = template.Must(template.New("pin").Parse(`<h1>{{.Title}}</h1>{{.Pinned.BodyHTML}}`))
	safePage   = template.Must(template.New("safe").Parse(`{{range .Notes}}{{.SafeHTML}}{{.CountHTML}}{{end}}{{.Title}}`))
	argPage    = template.Must(template.New("arg").Parse(`{{range .Notes}}{{.Tagged $.Title}}{{end}}`))
	constArg   = template.Must(template.New("carg").Parse(`{{range .Notes}}{{.Tagged "p"}}{{end}}`))
	libPage    = template.Must(template.New("lib").Parse(`<div>{{.Msg.HTML}}</div>`))
	textPinned = ttemplate.Must(ttemplate.New("tpin").Parse(`{{.Pinned.BodyHTML}}`))
)

func notesFromRequest(w http.ResponseWriter, r *http.Request) {
	methodPage.Execute(w, Board{Notes: []Note{{Body: r.FormValue("b")}}}) // want `^r.FormValue\("b"\) \(request input\) reaches method \(funcmap.Note\).BodyHTML, which the template calls as \{\{.BodyHTML\}\} and which converts it to template.HTML unescaped: escape it inside the method \(html.EscapeString, a bluemonday policy\), or return a string and let the template escape it$`
}

func pinnedStored(w http.ResponseWriter, db *sql.DB) {
	var n Note
	if err := db.QueryRow("SELECT body FROM notes LIMIT 1").Scan(&n.Body); err != nil {
		return
	}
	pinnedPage.Execute(w, Board{Title: "Pinned", Pinned: &n}) // want `\(stored data\) reaches method \(funcmap.Note\).BodyHTML, which the template calls as \{\{.Pinned.BodyHTML\}\}`
}

func titleOnlyFromRequest(w http.ResponseWriter, r *http.Request) {
	// The title is escaped by the template; the pinned note is constant.
	pinnedPage.Execute(w, Board{Title: r.FormValue("t"), Pinned: &Note{Body: "<em>welcome</em>"}})
}

func escapingMethods(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	safePage.Execute(w, Board{Title: r.FormValue("t"), Notes: []Note{{Body: r.FormValue("b"), Count: n}}})
}

func methodArgument(w http.ResponseWriter, r *http.Request) {
	argPage.Execute(w, Board{Title: r.FormValue("t"), Notes: []Note{{Body: "x"}}}) // want `r.FormValue\("t"\) \(request input\) reaches method \(funcmap.Note\).Tagged, which the template calls as \{\{.Tagged \$.Title\}\} and which converts it to template.HTML unescaped`
}

func constantArgument(w http.ResponseWriter, r *http.Request) {
	constArg.Execute(w, Board{Notes: []Note{{Body: r.FormValue("b")}}})
}

func constantNotes(w http.ResponseWriter) {
	methodPage.Execute(w, Board{Notes: []Note{{Body: "<b>hi</b>"}}})
}

func libraryMethod(w http.ResponseWriter, r *http.Request) {
	libPage.Execute(w, struct{ Msg funcmaplib.Msg }{funcmaplib.Msg{Text: r.FormValue("m")}}) // want `reaches method \(funcmaplib.Msg\).HTML, which the template calls as \{\{.Msg.HTML\}\}`
}

// text/template escapes nothing: the data it prints is checked as a
// text/template execution, and the method's conversion is no finding of
// its own.
func textTemplateMethod(w http.ResponseWriter, r *http.Request) {
	textPinned.Execute(w, Board{Pinned: &Note{Body: r.FormValue("b")}}) // want `rendered by \(\*template.Template\).Execute into an HTTP response; text/template does not escape HTML; the first of its actions that prints data unescaped is \{\{.Pinned.BodyHTML\}\}`
}
