package catalog

import (
	"context"
	"database/sql"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

// Names scanned from the rows of a catalog query (database/sql's
// Query+Scan and QueryRow+Scan, sqlx's Select, pgx's Query+Scan) are the
// names of the program's own tables, indexes and settings.
func truncateScratch(db *sql.DB) error {
	rows, err := db.Query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'scratch'")
	if err != nil {
		return err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return err
		}
		names = append(names, n)
	}
	for _, n := range names {
		if _, err := db.Exec("TRUNCATE scratch." + n); err != nil {
			return err
		}
	}
	return nil
}

func dropSQLiteIndexes(db *sql.DB) {
	rows, _ := db.Query("PRAGMA index_list(patient)")
	for rows.Next() {
		var seq int
		var name string
		rows.Scan(&seq, &name)
		db.Exec("DROP INDEX " + name)
	}
}

func searchPath(ctx context.Context, db *sql.DB) {
	var sp string
	_ = db.QueryRowContext(ctx, "SHOW search_path").Scan(&sp)
	db.ExecContext(ctx, "SET search_path TO "+sp+", audit")
}

func sqlxIndexes(db *sqlx.DB) {
	var names []string
	_ = db.Select(&names, "SELECT indexname FROM pg_indexes WHERE tablename = 'visits'")
	for _, n := range names {
		db.Exec("REINDEX INDEX " + n)
	}
}

func pgxIndexes(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT indexname FROM pg_indexes WHERE tablename = 'visits'")
	for rows.Next() {
		var n string
		_ = rows.Scan(&n)
		conn.Exec(ctx, "REINDEX INDEX "+n)
	}
}

// pgx v5's generic helpers collect the same rows.
func pgxCollected(ctx context.Context, conn *pgx.Conn) error {
	rows, err := conn.Query(ctx, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'clinical'")
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	for _, n := range names {
		conn.Exec(ctx, "ANALYZE clinical."+n)
	}
	return nil
}

func pgxCollectedOne(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT indexname FROM pg_indexes WHERE tablename = 'visits' LIMIT 1")
	ix, _ := pgx.CollectOneRow(rows, pgx.RowTo[string])
	conn.Exec(ctx, "REINDEX INDEX "+ix)
}

func pgxForEach(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT indexname FROM pg_indexes WHERE tablename = 'visits'")
	var n string
	// The last row's name.
	pgx.ForEachRow(rows, []any{&n}, func() error { return nil })
	conn.Exec(ctx, "REINDEX INDEX "+n)
}

func gormTables(db *gorm.DB) {
	var names []string
	db.Raw("SELECT table_name FROM information_schema.tables WHERE table_schema = 'scratch'").Scan(&names)
	for _, n := range names {
		db.Exec("TRUNCATE scratch." + n)
	}
}

// True positives: the same reads from ordinary tables are stored data.
func truncateListed(db *sql.DB) {
	rows, _ := db.Query("SELECT name FROM scratch_tables")
	for rows.Next() {
		var n string
		rows.Scan(&n)
		db.Exec("TRUNCATE scratch." + n) // want `\(\*sql.DB\).Exec is built with string concatenation from rows.Scan\(&n\) \(stored data\)`
	}
}

func savedPath(ctx context.Context, db *sql.DB) {
	var sp string
	_ = db.QueryRowContext(ctx, "SELECT path FROM settings WHERE id = 1").Scan(&sp)
	db.ExecContext(ctx, "SET search_path TO "+sp) // want `\(stored data\)`
}

func sqlxListed(db *sqlx.DB) {
	var names []string
	_ = db.Select(&names, "SELECT name FROM saved_indexes")
	for _, n := range names {
		db.Exec("REINDEX INDEX " + n) // want `\(stored data\)`
	}
}

func pgxListed(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT i.indexname FROM pg_indexes i JOIN notes n ON n.ix = i.indexname")
	for rows.Next() {
		var n string
		_ = rows.Scan(&n)
		conn.Exec(ctx, "REINDEX INDEX "+n) // want `\(stored data\)`
	}
}

func gormListed(db *gorm.DB) {
	var names []string
	db.Raw("SELECT name FROM scratch_tables").Scan(&names)
	for _, n := range names {
		db.Exec("TRUNCATE scratch." + n) // want `\(stored data\)`
	}
}

func pgxCollectedListed(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT name FROM scratch_tables")
	names, _ := pgx.CollectRows(rows, pgx.RowTo[string])
	for _, n := range names {
		conn.Exec(ctx, "ANALYZE scratch."+n) // want `built with string concatenation from pgx.CollectRows\(rows, pgx.RowTo\[string\]\) \(stored data\)`
	}
}

func pgxCollectedOneListed(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT indexname FROM saved_indexes LIMIT 1")
	ix, _ := pgx.CollectOneRow(rows, pgx.RowTo[string])
	conn.Exec(ctx, "REINDEX INDEX "+ix) // want `\(stored data\)`
}

func pgxForEachListed(ctx context.Context, conn *pgx.Conn) {
	rows, _ := conn.Query(ctx, "SELECT name FROM saved_indexes")
	var n string
	// The last row's name.
	pgx.ForEachRow(rows, []any{&n}, func() error { return nil })
	conn.Exec(ctx, "REINDEX INDEX "+n) // want `\(stored data\)`
}

// A repository's own handle, written against pgx's types: its Query is
// the pool's, so its rows are a catalog query's rows, or stored data.
type pgxDB interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	Exec(ctx context.Context, sql string, args ...any) (pgx.CommandTag, error)
}

type repo struct{ db pgxDB }

func (r *repo) analyzeAll(ctx context.Context) {
	rows, _ := r.db.Query(ctx, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'clinical'")
	names, _ := pgx.CollectRows(rows, pgx.RowTo[string])
	for _, n := range names {
		r.db.Exec(ctx, "ANALYZE clinical."+n)
	}
}

func (r *repo) analyzeListed(ctx context.Context) {
	rows, _ := r.db.Query(ctx, "SELECT name FROM scratch_tables")
	names, _ := pgx.CollectRows(rows, pgx.RowTo[string])
	for _, n := range names {
		r.db.Exec(ctx, "ANALYZE scratch."+n) // want `\(stored data\)`
	}
}
