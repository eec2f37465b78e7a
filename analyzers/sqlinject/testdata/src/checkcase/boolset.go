package checkcase

import (
	"database/sql"
	"net/http"
)

// A map[string]bool of constant keys, all true, indexed directly: the
// same allow-list check as the comma-ok lookup.

var groupable = map[string]bool{"ward": true, "clinician": true}

func groupChecked(db *sql.DB, r *http.Request) {
	by := r.FormValue("by")
	if !groupable[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by)
}

func groupLocalSet(db *sql.DB, r *http.Request) {
	allowed := map[string]bool{"ward": true, "clinician": true}
	by := r.FormValue("by")
	if allowed[by] {
		db.Query("SELECT count(*) FROM visits GROUP BY " + by)
	}
}

// Look-alikes: a set holding false, a set the package changes, an exported
// set other packages may change, a set passed to a function.

var withFalse = map[string]bool{"ward": true, "password_hash": false}

func groupWithFalse(db *sql.DB, r *http.Request) {
	by := r.FormValue("by")
	if !withFalse[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `request input`
}

var extendable = map[string]bool{"ward": true}

func Allow(col string) { extendable[col] = true }

func groupExtendable(db *sql.DB, r *http.Request) {
	by := r.FormValue("by")
	if !extendable[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `request input`
}

var Groupable = map[string]bool{"ward": true}

func groupExported(db *sql.DB, r *http.Request) {
	by := r.FormValue("by")
	if !Groupable[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `request input`
}

var passedOn = map[string]bool{"ward": true}

func register(m map[string]bool) {}

func groupPassedOn(db *sql.DB, r *http.Request) {
	register(passedOn)
	by := r.FormValue("by")
	if !passedOn[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `request input`
}

func groupLocalChanged(db *sql.DB, r *http.Request) {
	allowed := map[string]bool{"ward": true}
	allowed[r.FormValue("extra")] = true
	by := r.FormValue("by")
	if allowed[by] {
		db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `request input`
	}
}

// The check's meaning inverted: the value is used where it is not in the
// set.
func groupInverted(db *sql.DB, r *http.Request) {
	by := r.FormValue("by")
	if groupable[by] {
		return
	}
	db.Query("SELECT count(*) FROM visits GROUP BY " + by) // want `built with string concatenation from r.FormValue\("by"\)`
}
