// Package sqlxpkgcase: sqlx's package-level query functions.
package sqlxpkgcase

import (
	"context"
	"net/http"

	"github.com/jmoiron/sqlx"
)

func handler(ctx context.Context, db *sqlx.DB, r *http.Request) {
	var out []string
	sqlx.Select(db, &out, "SELECT name FROM t WHERE a = '"+r.FormValue("a")+"'")               // want `query passed to sqlx.Select is built with string concatenation from r.FormValue\("a"\) \(request input\)`
	sqlx.Get(db, &out, "SELECT name FROM t WHERE a = "+r.FormValue("a"))                       // want `sqlx.Get`
	sqlx.MustExec(db, "DELETE FROM t WHERE a = "+r.FormValue("a"))                             // want `sqlx.MustExec`
	sqlx.NamedExec(db, "DELETE FROM "+r.FormValue("t")+" WHERE a = :a", nil)                   // want `sqlx.NamedExec`
	sqlx.SelectContext(ctx, db, &out, "SELECT * FROM t ORDER BY "+r.FormValue("o"))            // want `sqlx.SelectContext`
	sqlx.MustExec(db, sqlx.Rebind(sqlx.QUESTION, "DELETE FROM t WHERE a = "+r.FormValue("a"))) // want `sqlx.MustExec`

	// Safe look-alikes.
	sqlx.Select(db, &out, "SELECT name FROM t WHERE a = ?", r.FormValue("a"))
	sqlx.MustExec(db, sqlx.Rebind(sqlx.QUESTION, "DELETE FROM t WHERE a = ?"), r.FormValue("a"))
	sqlx.NamedExec(db, "UPDATE t SET a = :a", map[string]any{"a": r.FormValue("a")})
}
