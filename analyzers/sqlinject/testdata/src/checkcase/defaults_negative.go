package checkcase

import (
	"database/sql"
	"net/http"
	"regexp"
	"slices"
)

// An allow-list check whose failure replaces the value with a default: the
// value reaching the query is the checked one only where the check passed.

var directions = []string{"ASC", "DESC"}

func defaultContains(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if !slices.Contains(directions, dir) {
		dir = "ASC"
	}
	db.Query("SELECT * FROM t ORDER BY name " + dir)
}

// Exported: the parameter is of unknown origin, checked the same way.
func SortedBy(db *sql.DB, dir string) {
	if !slices.Contains(directions, dir) {
		dir = "ASC"
	}
	db.Query("SELECT * FROM t ORDER BY name " + dir)
}

var sortable = map[string]bool{"id": true, "name": true}

func defaultMapLookup(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if _, ok := sortable[col]; !ok {
		col = "id"
	}
	db.Query("SELECT * FROM t ORDER BY " + col)
}

func defaultEquals(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if dir != "asc" && dir != "desc" {
		dir = "asc"
	}
	db.Query("SELECT * FROM t ORDER BY a " + dir)
}

func defaultSwitch(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	switch dir {
	case "asc", "desc":
	default:
		dir = "asc"
	}
	db.Query("SELECT * FROM t ORDER BY a " + dir)
}

func defaultRegexp(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if !identRe.MatchString(col) {
		col = "id"
	}
	db.Query("SELECT " + col + " FROM t")
}

func defaultPackageMatch(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if ok, _ := regexp.MatchString(`^(name|email)$`, col); !ok {
		col = "name"
	}
	db.Query("SELECT " + col + " FROM t")
}

// The positive form with an else branch.
func defaultElse(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	var order string
	if slices.Contains(directions, dir) {
		order = dir
	} else {
		order = "ASC"
	}
	db.Query("SELECT * FROM t ORDER BY name " + order)
}
