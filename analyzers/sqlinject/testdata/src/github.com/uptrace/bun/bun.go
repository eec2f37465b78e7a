// Package bun is a trimmed stub of github.com/uptrace/bun v1.2.6 (Safe,
// Ident, SafeQuery, Tx, IDB, UpdateQuery, InsertQuery and the SelectQuery
// methods below ColumnExpr as in v1.3.0).
package bun

import "github.com/uptrace/bun/schema"

type (
	// Safe marks a SQL fragment as trusted and prevents further escaping.
	Safe = schema.Safe
	// Ident is a fully qualified SQL identifier.
	Ident = schema.Ident
)

// SafeQuery wraps a raw query string and arguments and marks it safe for Bun.
func SafeQuery(query string, args ...any) schema.QueryWithArgs {
	return schema.SafeQuery(query, args)
}

type DB struct{}
type Tx struct{}
type IDB interface {
	NewRaw(query string, args ...interface{}) *RawQuery
}
type RawQuery struct{}
type SelectQuery struct{}

func (db *DB) NewRaw(query string, args ...interface{}) *RawQuery { return nil }
func (db *DB) NewSelect() *SelectQuery                            { return nil }

func (q *SelectQuery) Where(query string, args ...interface{}) *SelectQuery      { return q }
func (q *SelectQuery) OrderExpr(query string, args ...interface{}) *SelectQuery  { return q }
func (q *SelectQuery) ColumnExpr(query string, args ...interface{}) *SelectQuery { return q }

func (tx Tx) NewRaw(query string, args ...interface{}) *RawQuery { return nil }

func (q *SelectQuery) Column(columns ...string) *SelectQuery                 { return q }
func (q *SelectQuery) Order(orders ...string) *SelectQuery                   { return q }
func (q *SelectQuery) GroupExpr(group string, args ...any) *SelectQuery      { return q }
func (q *SelectQuery) Join(join string, args ...any) *SelectQuery            { return q }
func (q *SelectQuery) ModelTableExpr(query string, args ...any) *SelectQuery { return q }

type UpdateQuery struct{}
type InsertQuery struct{}

func (db *DB) NewUpdate() *UpdateQuery { return nil }
func (db *DB) NewInsert() *InsertQuery { return nil }

func (q *UpdateQuery) Column(columns ...string) *UpdateQuery                           { return q }
func (q *UpdateQuery) Set(query string, args ...any) *UpdateQuery                      { return q }
func (q *UpdateQuery) SetColumn(column string, query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) Value(column string, query string, args ...any) *UpdateQuery     { return q }
func (q *UpdateQuery) Where(query string, args ...any) *UpdateQuery                    { return q }
func (q *UpdateQuery) Returning(query string, args ...any) *UpdateQuery                { return q }

func (q *InsertQuery) Value(column string, expr string, args ...any) *InsertQuery { return q }
func (q *InsertQuery) On(s string, args ...any) *InsertQuery                      { return q }
func (q *InsertQuery) Set(query string, args ...any) *InsertQuery                 { return q }
