package nethttp

import (
	"database/sql"
	"encoding/csv"
	"io"
	"net/http"
	"os"
)

// A CSV writer around a response with no type: net/http sniffs the first
// bytes, here a stored name.
func exportNoType(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var name, email string
	db.QueryRow("SELECT name, email FROM patients LIMIT 1").Scan(&name, &email)
	cw := csv.NewWriter(w)
	cw.Write([]string{name, email}) // want `\(stored data\) written unescaped into an HTML response by \(\*csv.Writer\).Write`
	cw.Flush()
}

// A header row first, or a CSV type: served as text.
func exportHeader(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var name, email string
	db.QueryRow("SELECT name, email FROM patients LIMIT 1").Scan(&name, &email)
	cw := csv.NewWriter(w)
	cw.Write([]string{"name", "email"})
	cw.Write([]string{name, email})
	cw.Flush()
}

func exportTyped(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var name string
	db.QueryRow("SELECT name FROM patients LIMIT 1").Scan(&name)
	w.Header().Set("Content-Type", "text/csv")
	cw := csv.NewWriter(w)
	cw.Write([]string{name})
	cw.Flush()
}

// A MultiWriter that includes the response writes into it.
func teeHTML(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(io.MultiWriter(w, os.Stderr), "<p>"+r.FormValue("q")+"</p>") // want `written unescaped into an HTML response by io.WriteString`
}
