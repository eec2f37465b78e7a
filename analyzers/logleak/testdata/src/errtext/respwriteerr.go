package errtext

import (
	"database/sql"
	"log"
	"net/http"
)

type patientRow struct {
	ID   int64
	Name string
}

// The error of writing a response names the failure, not the bytes.
func writeHTMLPage(w http.ResponseWriter, s string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if _, err := w.Write([]byte(s)); err != nil {
		log.Printf("write html: %v", err)
	}
}

func showPatient(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var p patientRow
	db.QueryRow(`SELECT id, name FROM patients WHERE id = ?`, r.URL.Query().Get("id")).Scan(&p.ID, &p.Name)
	writeHTMLPage(w, "<p>"+p.Name+"</p>") // safe
}
