package nethttp

import (
	"database/sql"
	"html"
	"html/template"
	"net/http"
)

// A field of a local record overwritten with its escaped value: reads
// after the store see only what it stored.

type noteRow struct {
	Title, Body string
}

func noteEscaped(db *sql.DB) template.HTML {
	var n noteRow
	_ = db.QueryRow("SELECT title, body FROM notes WHERE id = 1").Scan(&n.Title, &n.Body)
	n.Body = html.EscapeString(n.Body)
	return template.HTML("<div>" + n.Body + "</div>") // safe
}

// The other field was not escaped.
func noteOtherField(db *sql.DB) template.HTML {
	var n noteRow
	_ = db.QueryRow("SELECT title, body FROM notes WHERE id = 1").Scan(&n.Title, &n.Body)
	n.Body = html.EscapeString(n.Body)
	return template.HTML("<h2>" + n.Title + "</h2>") // want `\(stored data\) converted to template.HTML`
}

// Escaped on one path only.
func noteEscapedSometimes(db *sql.DB, short bool) template.HTML {
	var n noteRow
	_ = db.QueryRow("SELECT title, body FROM notes WHERE id = 1").Scan(&n.Title, &n.Body)
	if short {
		n.Body = html.EscapeString(n.Body)
	}
	return template.HTML(n.Body) // want `\(stored data\) converted to template.HTML`
}

// Scanned again after the escape: the scan's text is what is read.
func noteRescanned(db *sql.DB) template.HTML {
	var n noteRow
	n.Body = html.EscapeString("x")
	_ = db.QueryRow("SELECT body FROM notes WHERE id = 2").Scan(&n.Body)
	return template.HTML(n.Body) // want `\(stored data\) converted to template.HTML`
}

// The record's address handed to a helper that may write the field.
func noteFilled(db *sql.DB, w http.ResponseWriter) template.HTML {
	var n noteRow
	n.Body = html.EscapeString("x")
	fillNote(db, &n)
	return template.HTML(n.Body) // want `\(stored data\) converted to template.HTML`
}

func fillNote(db *sql.DB, n *noteRow) {
	_ = db.QueryRow("SELECT body FROM notes WHERE id = 2").Scan(&n.Body)
}

// One field of every element overwritten with its escaped value.
func scanNotes(db *sql.DB) []noteRow {
	rows, _ := db.Query("SELECT title, body FROM notes")
	var ns []noteRow
	for rows.Next() {
		var n noteRow
		_ = rows.Scan(&n.Title, &n.Body)
		ns = append(ns, n)
	}
	return ns
}

func notesEscaped(db *sql.DB) []template.HTML {
	ns := scanNotes(db)
	for i := range ns {
		ns[i].Body = html.EscapeString(ns[i].Body)
	}
	var out []template.HTML
	for _, n := range ns {
		out = append(out, template.HTML("<p>"+n.Body+"</p>")) // safe
	}
	return out
}

func notesTitles(db *sql.DB) []template.HTML {
	ns := scanNotes(db)
	for i := range ns {
		ns[i].Body = html.EscapeString(ns[i].Body)
	}
	var out []template.HTML
	for _, n := range ns {
		out = append(out, template.HTML(n.Title)) // want `\(stored data\) converted to template.HTML`
	}
	return out
}

// Only some elements escaped.
func notesSomeEscaped(db *sql.DB) []template.HTML {
	ns := scanNotes(db)
	for i := range ns {
		if i > 0 {
			ns[i].Body = html.EscapeString(ns[i].Body)
		}
	}
	var out []template.HTML
	for _, n := range ns {
		out = append(out, template.HTML(n.Body)) // want `\(stored data\) converted to template.HTML`
	}
	return out
}

// The escaped copy of each element, not the element: the slice keeps the
// raw text.
func notesCopyEscaped(db *sql.DB) []template.HTML {
	ns := scanNotes(db)
	for _, n := range ns {
		n.Body = html.EscapeString(n.Body)
	}
	var out []template.HTML
	for _, n := range ns {
		out = append(out, template.HTML(n.Body)) // want `\(stored data\) converted to template.HTML`
	}
	return out
}
