package checkcase

import (
	"database/sql"
	"net/http"
	"slices"
	"strings"
)

// Look-alikes of the allow-list-with-default form where the unchecked
// value still reaches the query.

// The default replaces the value where the check passed: the failing
// value is kept.
func defaultInverted(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if slices.Contains(directions, dir) {
		dir = "ASC"
	}
	db.Query("SELECT * FROM t ORDER BY name " + dir) // want `request input`
}

// The failing branch rewrites the value from itself.
func defaultFromItself(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if !slices.Contains(directions, dir) {
		dir = strings.ToUpper(dir)
	}
	db.Query("SELECT * FROM t ORDER BY name " + dir) // want `request input`
}

// The check tests another value than the one defaulted.
func defaultOtherValue(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	col := r.FormValue("col")
	if !slices.Contains(directions, col) {
		dir = "ASC"
	}
	db.Query("SELECT * FROM t ORDER BY name " + dir) // want `request input`
}

// A map lookup whose failure keeps the value.
func defaultMapKept(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if _, ok := sortable[col]; !ok {
		println("unknown column")
	}
	db.Query("SELECT * FROM t ORDER BY " + col) // want `request input`
}

// A switch whose default keeps the value.
func defaultSwitchKept(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	switch dir {
	case "asc", "desc":
	default:
		println("unknown direction")
	}
	db.Query("SELECT * FROM t ORDER BY a " + dir) // want `request input`
}
