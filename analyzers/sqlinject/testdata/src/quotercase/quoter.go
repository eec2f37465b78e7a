// Package quotercase is checked with settings.sqlinject.quoters listing
// example.com/dbutil.QuoteIdent and (*example.com/dbutil.Dialect).Quote.
package quotercase

import (
	"database/sql"
	"fmt"
	"net/http"

	"example.com/dbutil"
	"xorm.io/xorm"
)

func handler(db *sql.DB, sess *xorm.Session, d *dbutil.Dialect, r *http.Request) {
	// Safe: configured quoters, with bound arguments from the request.
	db.Query("SELECT * FROM "+dbutil.QuoteIdent(r.FormValue("t"))+" WHERE a = ?", r.FormValue("a"))
	db.Query(fmt.Sprintf("SELECT %s FROM t", d.Quote(r.FormValue("col"))))
	sess.Exec("DELETE FROM "+d.Quote(r.FormValue("t"))+" WHERE a = ?", r.FormValue("a"))
	col := "name"
	if r.FormValue("c") != "" {
		col = dbutil.QuoteIdent(r.FormValue("c"))
	}
	db.Query("SELECT " + col + " FROM t")

	// True positives: an unconfigured wrapper, and a quoted name beside an
	// unquoted one.
	db.Query("SELECT * FROM " + dbutil.Wrap(r.FormValue("t")))                                      // want `request input`
	db.Query("SELECT " + dbutil.QuoteIdent(r.FormValue("c")) + " FROM t WHERE " + r.FormValue("w")) // want `request input`
}
