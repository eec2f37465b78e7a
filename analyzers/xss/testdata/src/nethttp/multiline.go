package nethttp

import (
	"database/sql"
	"html/template"
	"net/http"
)

// A source over several lines is described on one line.
func storedMultiline(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var bio string
	if err := db.QueryRow(`
		SELECT bio
		FROM patients
		WHERE id = 1`).Scan(&bio); err != nil {
		return
	}
	_ = template.HTML(bio) // want `db.QueryRow\(. SELECT bio FROM patients WHERE id = 1.\).Scan\(&bio\) \(stored data\) converted to template.HTML`
}
