package storedlibs

import (
	"database/sql"
	"fmt"
	"net/http"
)

// A helper that scans a row through the program's own interface, so that
// *sql.Row and *sql.Rows both fit: what it scans is stored data.
type rowScanner interface {
	Scan(dest ...any) error
}

func scanNote(s rowScanner) (Note, error) {
	var n Note
	err := s.Scan(&n.ID, &n.Body)
	return n, err
}

func showNote(w http.ResponseWriter, db *sql.DB) {
	n, _ := scanNote(db.QueryRow("SELECT id, body FROM notes WHERE id = 1"))
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", n.Body) // want `s.Scan\(&n.ID, &n.Body\) \(stored data\) written unescaped into an HTML response`
	fmt.Fprintf(w, "<p>%d</p>", n.ID)
}
