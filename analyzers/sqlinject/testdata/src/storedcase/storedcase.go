// Package storedcase: values the libraries read back from the database
// are stored data (second-order injection).
package storedcase

import (
	"context"
	"net/http"

	"github.com/jackc/pgx/v5"
	"github.com/jmoiron/sqlx"
)

func sqlxSecondOrder(db *sqlx.DB) {
	var filter string
	_ = db.Get(&filter, "SELECT filter FROM saved_search WHERE id = $1", 1)
	var out []string
	db.Select(&out, "SELECT name FROM patients WHERE "+filter) // want `built with string concatenation from db.Get\(&filter, .*\) \(stored data\)`
}

func pgxSecondOrder(ctx context.Context, conn *pgx.Conn) {
	var ward string
	_ = conn.QueryRow(ctx, "SELECT ward FROM clinicians WHERE id = $1", 7).Scan(&ward)
	conn.Exec(ctx, "DELETE FROM beds WHERE ward = '"+ward+"'") // want `\(stored data\)`
}

// Safe twin: the stored value as a parameter.
func pgxParam(ctx context.Context, conn *pgx.Conn) {
	var ward string
	_ = conn.QueryRow(ctx, "SELECT ward FROM clinicians WHERE id = $1", 7).Scan(&ward)
	conn.Exec(ctx, "DELETE FROM beds WHERE ward = $1", ward)
}

func byRawID(db *sqlx.DB, r *http.Request) {
	var out []string
	db.Select(&out, "SELECT name FROM patients WHERE id = '"+r.PathValue("id")+"'") // want `r.PathValue\("id"\) \(request input\)`
}
