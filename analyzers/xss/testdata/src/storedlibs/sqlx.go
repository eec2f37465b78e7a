package storedlibs

import (
	"context"
	"fmt"
	"html"
	"net/http"

	"github.com/jmoiron/sqlx"
)

type Note struct {
	ID   int64
	Body string
}

// sqlx reads rows into its destinations through a row's Scan, prepared
// statements and connections too.

func sqlxRowScan(w http.ResponseWriter, db *sqlx.DB) {
	var title string
	_ = db.QueryRowx("SELECT title FROM notes WHERE id = 1").Scan(&title)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>%s</h1>", title) // want `^db.QueryRowx\("SELECT title FROM notes WHERE id = 1"\).Scan\(&title\) \(stored data\) written unescaped into an HTML response`
	fmt.Fprintf(w, "<h1>%s</h1>", html.EscapeString(title))
}

func sqlxSliceScan(w http.ResponseWriter, db *sqlx.DB) {
	cols, _ := db.QueryRowx("SELECT title FROM notes WHERE id = 1").SliceScan()
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<h1>%v</h1>", cols[0]) // want `\(stored data\) written unescaped into an HTML response`
}

func sqlxStmt(w http.ResponseWriter, db *sqlx.DB) {
	stmt, _ := db.Preparex("SELECT id, body FROM notes WHERE id = ?")
	var n Note
	_ = stmt.Get(&n, 1)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", n.Body) // want `stmt.Get\(&n, 1\) \(stored data\) written unescaped into an HTML response`
	fmt.Fprintf(w, "<p>%d</p>", n.ID)
}

func sqlxNamedStmt(w http.ResponseWriter, db *sqlx.DB) {
	stmt, _ := db.PrepareNamed("SELECT id, body FROM notes WHERE owner = :owner")
	var ns []Note
	_ = stmt.Select(&ns, map[string]any{"owner": 1})
	w.Header().Set("Content-Type", "text/html")
	for _, n := range ns {
		fmt.Fprintf(w, "<li>%s</li>", n.Body) // want `\(stored data\) written unescaped into an HTML response`
	}
}

func sqlxConn(ctx context.Context, w http.ResponseWriter, c *sqlx.Conn) {
	var ns []Note
	_ = c.SelectContext(ctx, &ns, "SELECT id, body FROM notes")
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", ns[0].Body) // want `\(stored data\) written unescaped into an HTML response`
}
