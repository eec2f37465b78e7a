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

// orderBy splices any string-like value into the query: reported at its
// callers.
func orderBy[T ~string](db *sql.DB, col T) {
	db.Query("SELECT * FROM t ORDER BY " + string(col))
}

// concat builds the query text in the type parameter's own type.
func concat[T ~string](db *sql.DB, table T) {
	q := "SELECT * FROM " + table
	db.Query(string(q))
}

// byID formats a number: safe whatever the caller passes.
func byID[N ~int | ~int64](db *sql.DB, id N) {
	db.Query("SELECT * FROM t WHERE id = " + strconv.FormatInt(int64(id), 10))
}

// raw takes any text, []byte included.
func raw[T ~string | ~[]byte](db *sql.DB, q T) { db.Query(string(q)) }

type repo[T ~string] struct{ db *sql.DB }

func (r repo[T]) sortBy(col T) { r.db.Query("SELECT * FROM t ORDER BY " + string(col)) }

func handler(db *sql.DB, r *http.Request) {
	orderBy(db, r.FormValue("sort"))         // want `request input`
	orderBy(db, column(r.FormValue("sort"))) // want `request input`
	orderBy(db, "name")
	concat(db, r.FormValue("table")) // want `request input`
	concat(db, column("patients"))
	n, _ := strconv.Atoi(r.FormValue("id"))
	byID(db, n)
	raw(db, []byte(r.FormValue("q"))) // want `request input`
	raw(db, "SELECT 1")
	repo[string]{db: db}.sortBy(r.FormValue("sort")) // want `request input`
	repo[column]{db: db}.sortBy("name")
}
