package storedcase

import (
	"database/sql"
	"net/http"
)

// reportColumns is filled from a table at start-up: a lookup in it gives
// stored data, not an allow-list of constants.
var reportColumns = map[string]string{}

var sortColumns = map[string]string{"name": "family_name", "dob": "date_of_birth"}

func loadReportColumns(db *sql.DB) {
	rows, err := db.Query("SELECT key, column_name FROM report_columns")
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var k, c string
		if rows.Scan(&k, &c) == nil {
			reportColumns[k] = c
		}
	}
}

func report(db *sql.DB, r *http.Request) {
	col, ok := reportColumns[r.URL.Query().Get("col")]
	if !ok {
		return
	}
	db.Query("SELECT " + col + " FROM reports") // want `built with string concatenation from rows.Scan\(&k, &c\) \(stored data\)`
	sort, ok := sortColumns[r.URL.Query().Get("sort")]
	if !ok {
		return
	}
	db.Query("SELECT * FROM patients ORDER BY " + sort)
}
