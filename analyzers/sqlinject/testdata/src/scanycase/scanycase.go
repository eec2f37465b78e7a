// Package scanycase: scany runs the query it is given; goqu writes a
// literal's text into the query as it is.
package scanycase

import (
	"context"
	"database/sql"
	"net/http"

	"github.com/doug-martin/goqu/v9"
	"github.com/georgysavva/scany/v2/pgxscan"
	"github.com/georgysavva/scany/v2/sqlscan"
)

type row struct{ ID int64 }

func List(ctx context.Context, pool pgxscan.Querier, db *sql.DB, r *http.Request) {
	sort := r.URL.Query().Get("sort")
	var rows []row
	_ = pgxscan.Select(ctx, pool, &rows, "SELECT id FROM patients ORDER BY "+sort)     // want `query passed to pgxscan.Select is built with string concatenation from r.URL.Query\(\).Get\("sort"\) \(request input\)`
	_ = sqlscan.Get(ctx, db, &rows, "SELECT id FROM patients WHERE ward = '"+sort+"'") // want `query passed to sqlscan.Get is built with string concatenation`
	_ = pgxscan.Select(ctx, pool, &rows, "SELECT id FROM patients WHERE ward = $1", sort)
	ds := goqu.From("patients").Where(goqu.L("ward = '" + sort + "'")) // want `query passed to goqu.L is built with string concatenation`
	_, _, _ = ds.ToSQL()
	safe := goqu.From("patients").Where(goqu.L("ward = ?", sort), goqu.C(sort))
	_, _, _ = safe.ToSQL()
}
