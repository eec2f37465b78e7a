// Package gompcase: gomponents escapes text (g.Text, attribute values)
// but renders g.Raw and g.Rawf as they are, and its URL attributes keep
// any scheme.
package gompcase

import (
	"database/sql"
	"html"
	"io"
	"net/http"
	"net/url"
	"strconv"

	g "maragu.dev/gomponents"
	gh "maragu.dev/gomponents/html"
)

func Note(w http.ResponseWriter, r *http.Request) {
	note := r.FormValue("note")
	_ = gh.Div(g.Raw(note)).Render(w)               // want `r.FormValue\("note"\) \(request input\) passed to gomponents.Raw, which gomponents renders unescaped: use g.Text or g.Textf`
	_ = gh.Div(g.Rawf("<b>%s</b>", note)).Render(w) // want `passed to gomponents.Rawf, which gomponents renders unescaped`
	_ = gh.Div(g.Rawf(note)).Render(w)              // want `passed to gomponents.Rawf, which gomponents renders unescaped`
	_ = gh.Div(g.Text(note), g.Textf("<b>%s</b>", note)).Render(w)
	_ = gh.Div(g.Raw(html.EscapeString(note))).Render(w)
	_ = gh.Div(g.Raw("<hr>")).Render(w)
	_ = gh.Div(g.Rawf("<b>%d</b>", len(note))).Render(w)
	_ = gh.Div(gh.Class(note)).Render(w)
}

// A link is escaped for its attribute, but javascript:alert(1) runs.
func Link(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	_ = gh.A(gh.Href(next)).Render(w)  // want `r.URL.Query\(\).Get\("next"\) \(request input\) passed to html.Href, whose scheme gomponents does not check: fix the scheme`
	_ = gh.Img(gh.Src(next)).Render(w) // want `passed to html.Src, whose scheme gomponents does not check`
	_ = gh.A(gh.Href("/patients/" + url.PathEscape(next))).Render(w)
	_ = gh.A(gh.Href("/patients/" + strconv.Itoa(len(next)))).Render(w)
}

func CheckedLink(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("site"))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return
	}
	_ = gh.A(gh.Href(u.String())).Render(w)
}

// Stored text rendered raw: stored XSS, of medium severity.
func Bio(w http.ResponseWriter, db *sql.DB) {
	var bio string
	_ = db.QueryRow("SELECT bio FROM clinicians WHERE id = 1").Scan(&bio)
	_ = gh.Div(g.Raw(bio)).Render(w) // want `\(stored data\) passed to gomponents.Raw`
}

// A node made of a function: rendering it calls the function.
func Custom(w http.ResponseWriter, r *http.Request) {
	ward := r.FormValue("ward")
	n := g.NodeFunc(func(w io.Writer) error {
		_, err := io.WriteString(w, "<h1>"+ward+"</h1>")
		return err
	})
	_ = n.Render(w) // want `r.FormValue\("ward"\) \(request input\) written unescaped into an HTML response by io.WriteString`
	e := g.NodeFunc(func(w io.Writer) error {
		_, err := io.WriteString(w, "<h1>"+html.EscapeString(ward)+"</h1>")
		return err
	})
	_ = e.Render(w)
}
