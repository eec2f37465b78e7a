// Package freshresult: a function that returns a struct another call made,
// after setting some of its fields, returns it field by field: a caller
// reading one field sees the call's result and that field, not the others.
package freshresult

import (
	"database/sql"
	"net/http"
)

type Feed struct {
	URL    string
	Cookie string
	Title  string
}

func parse(body string) (*Feed, error) {
	return &Feed{Title: body}, nil
}

// create returns the parsed feed with the request's fields set.
func create(body, url, cookie string) *Feed {
	f, _ := parse(body)
	f.URL = url
	f.Cookie = cookie
	return f
}

func Subscribe(db *sql.DB, r *http.Request) {
	f := create("<rss/>", "https://example.org/feed", r.FormValue("cookie"))
	db.Exec("INSERT INTO feeds(url) VALUES ('" + f.URL + "')") // safe: the URL is a constant; the cookie is in another field
	g := create(r.FormValue("body"), "https://example.org/feed", "")
	db.Exec("UPDATE feeds SET title = '" + g.Title + "'") // want `built with string concatenation from r.FormValue\("body"\)`
	h := create("<rss/>", r.FormValue("url"), "")
	db.Exec("INSERT INTO feeds(url) VALUES ('" + h.URL + "')") // want `built with string concatenation from r.FormValue\("url"\)`
}
