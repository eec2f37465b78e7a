package nethttp

import (
	"database/sql"
	"fmt"
	"net/http"
)

var triageLevels = map[string]string{"red": "Immediate", "amber": "Urgent"}

type triagedNote struct{ Triage string }

func loadTriaged(db *sql.DB) (triagedNote, error) {
	var n triagedNote
	err := db.QueryRow("SELECT triage FROM notes WHERE id = 1").Scan(&n.Triage)
	return n, err
}

// A struct declared after an early return, checked against an allow-list:
// the check holds for every later read of the field.
func triageAfterReturn(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	if r.FormValue("id") == "" {
		return
	}
	n, err := loadTriaged(db)
	if err != nil {
		return
	}
	level := "unknown"
	if _, ok := triageLevels[n.Triage]; ok {
		level = n.Triage
	}
	fmt.Fprintf(w, "<b>%s</b>", level)
}

// Loaded again after the check: the new value is unchecked.
func triageReloaded(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	if r.FormValue("id") == "" {
		return
	}
	n, err := loadTriaged(db)
	if err != nil {
		return
	}
	if _, ok := triageLevels[n.Triage]; !ok {
		return
	}
	n, _ = loadTriaged(db)
	fmt.Fprintf(w, "<b>%s</b>", n.Triage) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
}

// Declared in a loop: each value is checked before it is written, and
// the next iteration's value is not.
func triageEach(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	for range 3 {
		n, err := loadTriaged(db)
		if err != nil {
			return
		}
		fmt.Fprintf(w, "<i>%s</i>", n.Triage) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
		if _, ok := triageLevels[n.Triage]; !ok {
			continue
		}
		fmt.Fprintf(w, "<b>%s</b>", n.Triage)
	}
}
