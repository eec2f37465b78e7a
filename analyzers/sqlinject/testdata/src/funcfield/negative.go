package funcfield

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/lib/pq"
)

// Cleaner's fields hold only a modelled quoting function and closures that
// return constants.
type Cleaner struct {
	db    *sql.DB
	quote func(string) string
	table func(string) string
}

func NewCleaner(db *sql.DB, archive bool) *Cleaner {
	c := &Cleaner{db: db, quote: pq.QuoteIdentifier}
	if archive {
		c.table = func(string) string { return "archive" }
	} else {
		c.table = func(string) string { return "events" }
	}
	return c
}

func (c *Cleaner) handler(w http.ResponseWriter, r *http.Request) {
	c.db.Exec("DELETE FROM " + c.quote(r.FormValue("t")))
	c.db.Exec("DELETE FROM " + c.table(os.Getenv("KIND")))
}

var placeholder = func(int) string { return "?" }

func Insert(db *sql.DB, v string) {
	db.Exec("INSERT INTO t (a) VALUES ("+placeholder(1)+")", v)
}
