// Package byvalue passes option structs by value: the taint of one field
// must not reach the read of another.
package byvalue

import (
	"database/sql"
	"net/http"

	"byvalstore"
)

type options struct {
	Keyword string
	OrderBy string
	Page    int
}

func setPage(o *options) { o.Page = 2 }

func search(db *sql.DB, opts options) {
	if opts.OrderBy == "" {
		opts.OrderBy = "id"
	}
	setPage(&opts)
	db.Query("SELECT * FROM t WHERE k = ? ORDER BY "+opts.OrderBy, opts.Keyword) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("sort"\) \(request input\), which byvalue\.Users passes to byvalue\.search`
}

func searchPlain(db *sql.DB, opts options) {
	db.Query("SELECT * FROM t WHERE k = ? ORDER BY "+opts.OrderBy, opts.Keyword) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("sort"\) \(request input\), which byvalue\.Users passes to byvalue\.searchPlain`
}

func Users(db *sql.DB, r *http.Request) {
	byvalstore.Search(db, byvalstore.Options{Keyword: r.FormValue("q"), OrderBy: "id DESC"})
	byvalstore.Search(db, byvalstore.Options{Keyword: r.FormValue("q")})
	byvalstore.SearchPlain(db, byvalstore.Options{Keyword: r.FormValue("q"), OrderBy: "id DESC"})
	opts := byvalstore.Options{Page: 1}
	opts.Keyword = r.FormValue("q")
	byvalstore.Search(db, opts)
	opts2 := byvalstore.Options{Keyword: r.FormValue("q"), OrderBy: "id"}
	if r.FormValue("p") != "" {
		opts2.Page = 2
	}
	byvalstore.Search(db, opts2)
	search(db, options{Keyword: r.FormValue("q"), OrderBy: "name"})
	searchPlain(db, options{Keyword: r.FormValue("q")})

	byvalstore.Search(db, byvalstore.Options{Keyword: r.FormValue("q"), OrderBy: r.FormValue("sort")}) // want `via byvalstore.Search`
	byvalstore.SearchPlain(db, byvalstore.Options{Keyword: "x", OrderBy: r.FormValue("sort")})         // want `via byvalstore.SearchPlain`
	search(db, options{Keyword: r.FormValue("q"), OrderBy: r.FormValue("sort")})
	opts3 := byvalstore.Options{Keyword: "x", OrderBy: r.FormValue("sort")}
	if r.FormValue("p") != "" {
		opts3.Page = 2
	}
	byvalstore.Search(db, opts3) // want `via byvalstore.Search`
	searchPlain(db, options{OrderBy: r.FormValue("sort")})
}
