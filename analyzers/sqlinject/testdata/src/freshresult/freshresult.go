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

// pick returns one of two structs it allocates, or nil: each field by
// field.
func pick(url, cookie string, mirror, none bool) *Feed {
	var f *Feed
	if none {
		f = nil
	} else if mirror {
		f = &Feed{URL: "https://mirror.example.org/feed", Cookie: cookie}
	} else {
		f = &Feed{URL: url, Cookie: cookie}
	}
	return f
}

func Pick(db *sql.DB, r *http.Request) {
	f := pick("https://example.org/feed", r.FormValue("cookie"), r.FormValue("m") != "", false)
	db.Exec("INSERT INTO feeds(url) VALUES ('" + f.URL + "')") // safe: the URLs are constants; the cookie is in another field
	g := pick(r.FormValue("url"), "", false, false)
	db.Exec("INSERT INTO feeds(url) VALUES ('" + g.URL + "')") // want `built with string concatenation from r.FormValue\("url"\)`
}
