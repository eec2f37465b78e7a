package gopgcase

import (
	"net/http"

	"github.com/go-pg/pg/v10"
)

func handler(db *pg.DB, r *http.Request) {
	db.Exec("DELETE FROM t WHERE a = " + r.FormValue("a")) // want `\(\*pg.DB\).Exec is built`
	db.Exec("DELETE FROM t WHERE a = ?", r.FormValue("a"))
}
