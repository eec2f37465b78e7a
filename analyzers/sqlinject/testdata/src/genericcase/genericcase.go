// Package genericcase: generic query helpers are summarised once, by their
// origin, and applied at each instantiation.
package genericcase

import (
	"database/sql"
	"net/http"
	"strconv"
)

// column is a named string type the helpers are instantiated with.
type column string

// orderBy splices any string-like value into the query: reported at the
// query for the callers that pass input.
func orderBy[T ~string](db *sql.DB, col T) {
	db.Query("SELECT * FROM t ORDER BY " + string(col)) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("sort"\) \(request input\), which genericcase\.handler passes to genericcase\.orderBy`
}

// concat builds the query text in the type parameter's own type.
func concat[T ~string](db *sql.DB, table T) {
	q := "SELECT * FROM " + table
	db.Query(string(q)) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("table"\) \(request input\), which genericcase\.handler passes to genericcase\.concat`
}

// byID formats a number: safe whatever the caller passes.
func byID[N ~int | ~int64](db *sql.DB, id N) {
	db.Query("SELECT * FROM t WHERE id = " + strconv.FormatInt(int64(id), 10))
}

// raw takes any text, []byte included.
func raw[T ~string | ~[]byte](db *sql.DB, q T) { db.Query(string(q)) } // want `query passed to \(\*sql\.DB\)\.Query comes from r\.FormValue\("q"\) \(request input\), which genericcase\.handler passes to genericcase\.raw`

type repo[T ~string] struct{ db *sql.DB }

func (r repo[T]) sortBy(col T) { r.db.Query("SELECT * FROM t ORDER BY " + string(col)) } // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("sort"\) \(request input\), which genericcase\.handler passes to \(genericcase\.repo\[T\]\)\.sortBy`

func handler(db *sql.DB, r *http.Request) {
	orderBy(db, r.FormValue("sort"))
	orderBy(db, column(r.FormValue("sort")))
	orderBy(db, "name")
	concat(db, r.FormValue("table"))
	concat(db, column("patients"))
	n, _ := strconv.Atoi(r.FormValue("id"))
	byID(db, n)
	raw(db, []byte(r.FormValue("q")))
	raw(db, "SELECT 1")
	repo[string]{db: db}.sortBy(r.FormValue("sort"))
	repo[column]{db: db}.sortBy("name")
}
