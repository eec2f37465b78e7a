// Package ifacerange: values of the program's structs converted to one of
// its interfaces and kept in a slice; a range over the slice calls the
// interface's method, whose implementations return their fields.
package ifacerange

import (
	"html"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type widget interface {
	HTML() string
}

type clock struct{ at time.Time }

func (c clock) HTML() string { return `<div class="clock">` + c.at.Format("15:04") + `</div>` }

type banner struct{ text string }

func (b banner) HTML() string { return `<div class="banner">` + b.text + `</div>` }

type count struct {
	label string
	n     int
}

func (c count) HTML() string {
	return `<div class="count">` + strconv.Itoa(c.n) + " " + c.label + `</div>`
}

func dashboard(w http.ResponseWriter, r *http.Request) {
	ws := []widget{clock{at: time.Now()}}
	if msg := r.URL.Query().Get("banner"); msg != "" {
		ws = append(ws, banner{text: msg})
	}
	var sb strings.Builder
	for _, wd := range ws {
		sb.WriteString(wd.HTML())
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(sb.String())) // want `r.URL.Query\(\).Get\("banner"\) \(request input\)`
}

// The element read by index, the slice made in place.
func indexed(w http.ResponseWriter, r *http.Request) {
	ws := []widget{clock{at: time.Now()}, banner{text: r.FormValue("b")}}
	out := ""
	for i := range ws {
		out += ws[i].HTML()
	}
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(out)) // want `r.FormValue\("b"\) \(request input\)`
}

// Safe: the request's text is escaped before it is kept.
func escaped(w http.ResponseWriter, r *http.Request) {
	ws := []widget{clock{at: time.Now()}}
	ws = append(ws, banner{text: html.EscapeString(r.FormValue("b"))})
	var sb strings.Builder
	for _, wd := range ws {
		sb.WriteString(wd.HTML())
	}
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(sb.String()))
}

// Safe: only a number comes from the request.
func counted(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	ws := []widget{clock{at: time.Now()}, count{label: "sessions", n: n}}
	var sb strings.Builder
	for _, wd := range ws {
		sb.WriteString(wd.HTML())
	}
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(sb.String()))
}

// A schema field: an object the program works with, not a view of text.
type field interface {
	GetName() string
	Validate(v string) error
}

type textField struct{ name string }

func (f textField) GetName() string         { return f.name }
func (f textField) Validate(v string) error { return nil }

type collection struct {
	name   string
	fields []field
}

var collections = map[string]*collection{
	"posts": {name: "posts", fields: []field{textField{name: "title"}}},
}

// collectionOf returns the collection given, or the one of that name.
func collectionOf(v any) *collection {
	switch c := v.(type) {
	case *collection:
		return c
	case string:
		return collections[c]
	}
	return nil
}

// Safe: the collection is the one the request names (what flows through
// collectionOf may be the request's text), but its fields are the
// schema's: their names are not the request's.
func fieldLabels(w http.ResponseWriter, r *http.Request) {
	c := collectionOf(r.FormValue("collection"))
	if c == nil {
		http.NotFound(w, r)
		return
	}
	var sb strings.Builder
	for _, f := range c.fields {
		sb.WriteString("<label>" + f.GetName() + "</label>")
	}
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(sb.String()))
}
