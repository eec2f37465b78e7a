// Package web serves the portal's HTML pages.
package web

import (
	"database/sql"
	"fmt"
	"html"
	"io"
	"net/http"
)

// Search echoes the search term into the results page unescaped: reflected
// XSS.
func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	fmt.Fprintf(w, "<h1>Results for %s</h1>", q)
}

// Notes lists a patient's notes as they were stored: stored XSS.
func Notes(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(), "SELECT body FROM notes WHERE patient = $1", r.PathValue("id"))
		if err != nil {
			http.Error(w, "lookup failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var body string
			if err := rows.Scan(&body); err != nil {
				return
			}
			if _, err := io.WriteString(w, "<li>"+body+"</li>"); err != nil {
				return
			}
		}
	}
}

// Title escapes what it echoes: not reported.
func Title(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<title>%s</title>", html.EscapeString(r.FormValue("t")))
}

// Status answers JSON: not HTML, not reported.
func Status(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"q":%q}`, r.FormValue("q"))
}
