package catalog

import (
	"context"

	"github.com/jackc/pgx/v5"
)

type archiveJob struct {
	ID    int64
	Table string
}

// Records collected into structs carry the stored data in their text
// fields, element by element and one by one.
func archiveTables(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT id, table_name FROM archive_jobs")
	jobs, _ := pgx.CollectRows(rows, pgx.RowToStructByName[archiveJob])
	for _, j := range jobs {
		conn.Exec(ctx, "DROP TABLE "+j.Table) // want `built with string concatenation from pgx.CollectRows\(rows, pgx.RowToStructByName\[archiveJob\]\) \(stored data\)`
	}
	next, _ := pgx.CollectOneRow(rows, pgx.RowToStructByName[archiveJob])
	conn.Exec(ctx, "TRUNCATE "+next.Table) // want `built with string concatenation from pgx.CollectOneRow`
	conn.Exec(ctx, "DELETE FROM archive_jobs WHERE id = $1", next.ID)
}
