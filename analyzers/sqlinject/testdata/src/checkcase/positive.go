// Package checkcase: allow-list checks (models.Check) on the path to a
// query, and look-alikes that do not make a value safe.
package checkcase

import (
	"database/sql"
	"net/http"
	"regexp"

	validation "github.com/go-ozzo/ozzo-validation/v4"
)

var (
	letters = regexp.MustCompile(`[a-z]+`)   // unanchored: "a; DROP TABLE t" matches
	spaced  = regexp.MustCompile(`^[\w ]+$`) // a space starts another clause
	anyText = regexp.MustCompile(`^.+$`)     // anything
)

func unanchored(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if !letters.MatchString(col) {
		return
	}
	db.Query("SELECT " + col + " FROM t") // want `request input`
}

func withSpace(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if !spaced.MatchString(col) {
		return
	}
	db.Query("SELECT " + col + " FROM t") // want `request input`
}

func ozzoAny(db *sql.DB, r *http.Request) error {
	col := r.FormValue("col")
	if err := validation.Match(anyText).Validate(col); err != nil {
		return err
	}
	_, err := db.Query("SELECT " + col + " FROM t") // want `request input`
	return err
}

func localUnanchored(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if ok, _ := regexp.MatchString(`\w+`, col); !ok {
		return
	}
	db.Query("SELECT " + col + " FROM t") // want `request input`
}

// The check's failure does not leave the function.
func errIgnored(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if err := validation.Match(regexp.MustCompile(`^\w+$`)).Validate(col); err != nil {
		println(err.Error())
	}
	db.Query("SELECT " + col + " FROM t") // want `request input`
}

// A twin of the negative on the wrong value.
func otherValue(db *sql.DB, r *http.Request) {
	col, dir := r.FormValue("col"), r.FormValue("dir")
	if !regexp.MustCompile(`^\w+$`).MatchString(col) {
		return
	}
	db.Query("SELECT " + col + " FROM t ORDER BY a " + dir) // want `request input`
}
