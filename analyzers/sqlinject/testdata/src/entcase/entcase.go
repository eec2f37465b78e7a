// Package entcase: ent's drivers and raw expressions take SQL text; its
// predicates bind values.
package entcase

import (
	"context"
	"net/http"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
)

func Search(ctx context.Context, drv dialect.Driver, conn *sql.Driver, s *sql.Selector, r *http.Request) {
	ward := r.FormValue("ward")
	var rows any
	_ = drv.Query(ctx, "SELECT id FROM patients WHERE ward = '"+ward+"'", []any{}, &rows) // want `query passed to \(dialect.ExecQuerier\).Query is built with string concatenation from r.FormValue\("ward"\)`
	_ = conn.Exec(ctx, "DELETE FROM patients WHERE ward = '"+ward+"'", []any{}, nil)      // want `query passed to \(sql.Conn\).Exec is built with string concatenation`
	s.Where(sql.ExprP("ward = '" + ward + "'"))                                           // want `query passed to sql.ExprP is built with string concatenation`
	s.OrderExpr(sql.Raw("name " + r.FormValue("dir")))                                    // want `query passed to sql.Raw is built with string concatenation`
	_ = drv.Query(ctx, "SELECT id FROM patients WHERE ward = $1", []any{ward}, &rows)
	s.Where(sql.ExprP("ward = ?", ward))
	s.Where(sql.EQ("ward", ward))
}
