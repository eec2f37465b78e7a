// Package funcfield: calls through function-typed fields and package
// variables, resolved to the functions and closures the package stores
// there.
package funcfield

import (
	"database/sql"
	"fmt"
	"net/http"
)

// Loader quotes names with a closure chosen per dialect; the closures wrap
// the name in quotes without escaping them, so they pass it on.
type Loader struct {
	db    *sql.DB
	quote func(string) string
	run   func(string)
}

func NewLoader(db *sql.DB, mysql bool) *Loader {
	l := &Loader{db: db}
	if mysql {
		l.quote = func(s string) string { return "`" + s + "`" }
	} else {
		l.quote = func(s string) string { return fmt.Sprintf(`"%s"`, s) }
	}
	l.run = func(q string) { l.db.Exec(q) } // want `query passed to \(\*sql\.DB\)\.Exec is built with string concatenation from r\.FormValue\("a"\) \(request input\), which \(\*funcfield\.Loader\)\.handler passes to funcfield\.NewLoader\.func3`
	return l
}

// The exported method's parameter reaches the query through the closure:
// the finding names the parameter, not an unmodelled call.
func (l *Loader) Delete(table string) {
	l.db.Exec("DELETE FROM " + l.quote(table)) // want `from parameter table of exported Delete`
}

// The closure in run executes its argument: request input handed to it
// reaches the query.
func (l *Loader) handler(w http.ResponseWriter, r *http.Request) {
	l.run("SELECT * FROM t WHERE a = " + r.FormValue("a"))
}

var wrap = func(s string) string { return "[" + s + "]" }

func Truncate(db *sql.DB, table string) {
	db.Exec("TRUNCATE " + wrap(table)) // want `from parameter table of exported Truncate`
}
