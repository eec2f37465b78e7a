// Package iowriteruse calls iowriter's helpers with response writers
// (findings) and with other writers (safe).
package iowriteruse

import (
	"bytes"
	"database/sql"
	"io"
	"net/http"
	"os"
	"strings"

	"iowriter"
)

func handler(w http.ResponseWriter, r *http.Request) {
	p := &iowriter.Patient{Name: r.FormValue("name")}
	_ = iowriter.Letter(w, p)               // want `r.FormValue\("name"\) \(request input\) rendered by \(\*template.Template\).Execute into an HTTP response; text/template does not escape HTML via iowriter.Letter \(iowriter.go:\d+:\d+\): use html/template`
	iowriter.Banner(w, r.FormValue("name")) // want `request input\) written unescaped into an HTML response by fmt.Fprintf via iowriter.Banner`
	iowriter.Raw(w, r.FormValue("q"))       // want `by \(io.Writer\).Write via iowriter.Raw` `by io.WriteString via iowriter.Raw`
	iowriter.Forward(r.FormValue("q"), w)   // want `by fmt.Fprintf via iowriter.Forward → iowriter.Banner`
	_ = iowriter.SafeLetter(w, p)           // html/template: safe
	iowriter.Escaped(w, r.FormValue("q"))   // escaped: safe
	iowriter.Banner(w, "constant")          // constant: safe
}

func stored(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	iowriter.Stored(w, db) // want `db.QueryRow\("SELECT bio FROM users"\).Scan\(&bio\) \(stored data\) written unescaped into an HTML response by fmt.Fprint via iowriter.Stored`
}

// A stored value rendered by the text/template helper: medium.
func storedLetter(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var p iowriter.Patient
	_ = db.QueryRow("SELECT name, notes FROM patients WHERE id = ?", r.FormValue("id")).Scan(&p.Name, &p.Notes)
	_ = iowriter.Letter(w, &p) // want `\(stored data\) rendered by \(\*template.Template\).Execute into an HTTP response`
}

// The same helpers into writers that are not a response: silent.
func otherWriters(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	p := &iowriter.Patient{Name: r.FormValue("name")}
	var buf bytes.Buffer
	_ = iowriter.Letter(&buf, p)
	var sb strings.Builder
	iowriter.Banner(&sb, r.FormValue("name"))
	iowriter.Raw(os.Stdout, r.FormValue("q"))
	f, _ := os.Create("out.html")
	iowriter.Raw(f, r.FormValue("q"))
	iowriter.Stored(io.Discard, db)
	iowriter.Forward(r.FormValue("q"), &buf)
	io.WriteString(w, template(buf.String()))
}

func template(s string) string { return "" }

// A non-HTML Content-Type set before the call: silent.
func plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	iowriter.Banner(w, r.FormValue("name"))
	_ = iowriter.Letter(w, &iowriter.Patient{Name: r.FormValue("name")})
}

func jsonType(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	iowriter.Raw(w, r.FormValue("q"))
}

// A local helper with an io.Writer parameter, called with the response
// and with a buffer in the same package.
func render(w io.Writer, s string) { io.WriteString(w, "<i>"+s+"</i>") }

func local(w http.ResponseWriter, r *http.Request) {
	render(w, r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString via iowriteruse.render`
	var buf bytes.Buffer
	render(&buf, r.FormValue("q"))
}

// The writer is a parameter here too, of an exported function: no
// finding here (a parameter alone), the condition is passed on.
func Page(out io.Writer, name string) { iowriter.Banner(out, name) }
