package pgxv4case

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/pgxpool"
)

func handler(ctx context.Context, conn *pgx.Conn, pool *pgxpool.Pool, tx pgx.Tx, r *http.Request) {
	id := r.FormValue("id")
	conn.Query(ctx, "SELECT * FROM t WHERE id = "+id)                    // want `query passed to \(\*pgx.Conn\).Query is built with string concatenation from r.FormValue\("id"\) \(request input\)`
	conn.QueryFunc(ctx, "SELECT * FROM t WHERE id = "+id, nil, nil, nil) // want `\(\*pgx.Conn\).QueryFunc`
	conn.Prepare(ctx, "byid", "SELECT * FROM t WHERE id = "+id)          // want `\(\*pgx.Conn\).Prepare`
	pool.QueryRow(ctx, "SELECT * FROM t WHERE id = "+id)                 // want `\(\*pgxpool.Pool\).QueryRow`
	pool.Exec(ctx, "DELETE FROM t WHERE id = "+id)                       // want `\(\*pgxpool.Pool\).Exec`
	pool.QueryFunc(ctx, "SELECT * FROM t WHERE id = "+id, nil, nil, nil) // want `\(\*pgxpool.Pool\).QueryFunc`
	tx.Exec(ctx, "DELETE FROM t WHERE id = "+id)                         // want `\(pgx.Tx\).Exec`
	tx.Prepare(ctx, "del", "DELETE FROM t WHERE id = "+id)               // want `\(pgx.Tx\).Prepare`
	tx.QueryFunc(ctx, "SELECT * FROM t WHERE id = "+id, nil, nil, nil)   // want `\(pgx.Tx\).QueryFunc`
	var b pgx.Batch
	b.Queue("UPDATE t SET seen = true WHERE id = " + id) // want `\(\*pgx.Batch\).Queue`
	pool.SendBatch(ctx, &b)

	// Safe look-alikes: placeholders, a sanitised identifier, the batch
	// itself (its queries are checked where they are queued).
	conn.Query(ctx, "SELECT * FROM t WHERE id = $1", id)
	conn.QueryFunc(ctx, "SELECT * FROM t WHERE id = $1", []interface{}{id}, nil, nil)
	conn.Query(ctx, "SELECT * FROM "+pgx.Identifier{r.FormValue("table")}.Sanitize())
	tx.Prepare(ctx, id, "SELECT * FROM t WHERE id = $1")
	var safe pgx.Batch
	safe.Queue("UPDATE t SET seen = true WHERE id = $1", id)
	conn.SendBatch(ctx, &safe)
}
