package checkcase

import (
	"database/sql"
	"net/http"
)

// A "found" flag set by a loop that compares the input with each element
// of a list the program wrote: the same check as slices.Contains.

var sortColumns = []string{"name", "dob", "ward"}

func sortFound(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	ok := false
	for _, c := range sortColumns {
		if c == col {
			ok = true
		}
	}
	if !ok {
		col = "name"
	}
	db.Query("SELECT * FROM patients ORDER BY " + col)
}

func sortFoundBreak(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	found := false
	for _, c := range []string{"name", "dob"} {
		if col == c {
			found = true
			break
		}
	}
	if !found {
		return
	}
	db.Query("SELECT * FROM patients ORDER BY " + col)
}

// Look-alikes: a list from the request, the flag's meaning inverted, a
// flag set on a mismatch.

func sortFromRequest(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	ok := false
	for _, c := range r.Form["allowed"] {
		if c == col {
			ok = true
		}
	}
	if !ok {
		return
	}
	db.Query("SELECT * FROM patients ORDER BY " + col) // want `built with string concatenation from r.FormValue\("sort"\)`
}

func sortInverted(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	ok := false
	for _, c := range sortColumns {
		if c == col {
			ok = true
		}
	}
	if ok {
		col = "name"
	}
	db.Query("SELECT * FROM patients ORDER BY " + col) // want `built with string concatenation from r.FormValue\("sort"\)`
}

func sortMismatch(db *sql.DB, r *http.Request) {
	col := r.FormValue("sort")
	ok := false
	for _, c := range sortColumns {
		if c != col {
			ok = true
		}
	}
	if !ok {
		return
	}
	db.Query("SELECT * FROM patients ORDER BY " + col) // want `built with string concatenation from r.FormValue\("sort"\)`
}
