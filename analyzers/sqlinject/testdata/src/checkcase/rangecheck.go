package checkcase

import (
	"database/sql"
	"errors"
	"net/http"
	"slices"
	"strings"
)

// Every element of a slice checked in a range loop over it, the loop
// leaving the function on a failing element: the slice is safe after the
// loop.

var listable = []string{"id", "name", "ward"}

var errBadColumn = errors.New("bad column")

func columnsFound(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	for _, col := range cols {
		found := false
		for _, c := range listable {
			if c == col {
				found = true
			}
		}
		if !found {
			return
		}
	}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits")
}

func columnsContained(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	for i := range cols {
		if !slices.Contains(listable, cols[i]) {
			return
		}
	}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits")
}

// Look-alikes: a failing element skipped (continue) or ending the loop
// (break), the check after the query, an element replaced after its
// check, a loop over another slice.
func columnsSkipped(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	kept := 0
	for _, col := range cols {
		if !slices.Contains(listable, col) {
			continue
		}
		kept++
	}
	db.Query("SELECT "+strings.Join(cols, ", ")+" FROM visits LIMIT ?", kept) // want `strings.Join`
}

func columnsBreak(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	for _, col := range cols {
		if !slices.Contains(listable, col) {
			break
		}
	}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits") // want `strings.Join`
}

func columnsInLoop(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	for _, col := range cols {
		db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits") // want `strings.Join`
		if !slices.Contains(listable, col) {
			return
		}
	}
}

func columnsReplaced(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	for i, col := range cols {
		if !slices.Contains(listable, col) {
			return
		}
		cols[i] = r.FormValue("other")
	}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits") // want `strings.Join from r.FormValue\("other"\)`
}

func columnsOther(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	names := r.Header["X-Col"]
	for _, col := range cols {
		if !slices.Contains(listable, col) {
			return
		}
	}
	db.Query("SELECT " + strings.Join(names, ", ") + " FROM visits") // want `strings.Join from r.Header`
}

// A validator of every element: the callers that leave on its error.
func validColumns(cols []string) error {
	for _, c := range cols {
		if !slices.Contains(listable, c) {
			return errBadColumn
		}
	}
	return nil
}

func columnsValidated(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	if err := validColumns(cols); err != nil {
		return
	}
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM visits")
}
