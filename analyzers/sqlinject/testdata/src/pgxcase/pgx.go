package pgxcase

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

func handler(ctx context.Context, conn *pgx.Conn, pool *pgxpool.Pool, tx pgx.Tx, r *http.Request) {
	id := chi.URLParam(r, "id")
	conn.Query(ctx, "SELECT * FROM t WHERE id = "+id)    // want `query passed to \(\*pgx.Conn\).Query is built with string concatenation from chi.URLParam\(r, "id"\) \(request input\)`
	pool.QueryRow(ctx, "SELECT * FROM t WHERE id = "+id) // want `\(\*pgxpool.Pool\).QueryRow`
	tx.Exec(ctx, "DELETE FROM t WHERE id = "+id)         // want `\(pgx.Tx\).Exec`
	var b pgx.Batch
	b.Queue("UPDATE t SET seen = true WHERE id = " + id) // want `\(\*pgx.Batch\).Queue`

	// Safe look-alikes: placeholders, a sanitised identifier.
	conn.Query(ctx, "SELECT * FROM t WHERE id = $1", id)
	conn.Query(ctx, "SELECT * FROM "+pgx.Identifier{r.FormValue("table")}.Sanitize())
	b.Queue("UPDATE t SET seen = true WHERE id = $1", id)
}
