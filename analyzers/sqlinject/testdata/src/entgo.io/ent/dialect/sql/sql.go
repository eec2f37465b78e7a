// Package sql is a trimmed stub of entgo.io/ent/dialect/sql (v0.14.5).
package sql

import "context"

type Querier interface{ Query() (string, []any) }

type Predicate struct{}

type Selector struct{}

type Conn struct{}

type Driver struct{ Conn }

func (c Conn) Exec(ctx context.Context, query string, args, v any) error  { return nil }
func (c Conn) Query(ctx context.Context, query string, args, v any) error { return nil }

func Raw(s string) Querier                     { return nil }
func Expr(exr string, args ...any) Querier     { return nil }
func ExprP(exr string, args ...any) *Predicate { return &Predicate{} }
func EQ(col string, value any) *Predicate      { return &Predicate{} }

func (s *Selector) Where(p *Predicate) *Selector         { return s }
func (s *Selector) OrderExpr(exprs ...Querier) *Selector { return s }
