package sqlxcase

import (
	"net/http"

	"github.com/jmoiron/sqlx"
)

func handler(db *sqlx.DB, r *http.Request) {
	var out []string
	db.Select(&out, "SELECT name FROM t WHERE a = '"+r.FormValue("a")+"'") // want `query passed to \(\*sqlx.DB\).Select is built with string concatenation from r.FormValue\("a"\)`
	db.Queryx("SELECT * FROM " + r.FormValue("t"))                         // want `\(\*sqlx.DB\).Queryx`
	db.MustExec(db.Rebind("DELETE FROM t WHERE a = " + r.FormValue("a")))  // want `\(\*sqlx.DB\).MustExec`
	// Query is promoted from the embedded *sql.DB.
	db.Query("SELECT * FROM t WHERE a = " + r.FormValue("a")) // want `\(\*sql.DB\).Query`

	// Safe look-alikes.
	db.Select(&out, "SELECT name FROM t WHERE a = ?", r.FormValue("a"))
	q, args, _ := sqlx.In("SELECT * FROM t WHERE id IN (?)", r.URL.Query()["id"])
	db.Select(&out, db.Rebind(q), args...)
	db.NamedExec("UPDATE t SET a = :a", map[string]any{"a": r.FormValue("a")})
}

type Filter struct {
	Status  string `db:"status"`
	OrderBy string `db:"-"`
}

// Named queries with a context, and a dedicated connection.
func named(db *sqlx.DB, r *http.Request, f Filter) {
	ctx := r.Context()
	q := "SELECT * FROM rx WHERE status = :status"
	db.NamedQueryContext(ctx, q+" ORDER BY "+r.FormValue("sort"), f) // want `\(\*sqlx.DB\).NamedQueryContext is built with string concatenation from r.FormValue\("sort"\)`
	db.NamedQueryContext(ctx, q, f)
	conn, _ := db.Connx(ctx)
	var n int
	conn.GetContext(ctx, &n, "SELECT count(*) FROM "+r.FormValue("t")) // want `\(\*sqlx.Conn\).GetContext`
	conn.QueryxContext(ctx, "SELECT * FROM t WHERE a = $1", r.FormValue("a"))
}
