// Package bun is a trimmed stub of github.com/uptrace/bun v1.3.0.
package bun

import (
	"context"
	"database/sql"
)

type (
	DB          struct{}
	Tx          struct{}
	Conn        struct{}
	SelectQuery struct{}
	InsertQuery struct{}
	UpdateQuery struct{}
	DeleteQuery struct{}
	MergeQuery  struct{}
	RawQuery    struct{}
)

type IConn interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type IDB interface {
	IConn
	NewSelect() *SelectQuery
	NewInsert() *InsertQuery
	NewUpdate() *UpdateQuery
	NewDelete() *DeleteQuery
	NewMerge() *MergeQuery
	NewRaw(query string, args ...any) *RawQuery
}

func (db *DB) NewSelect() *SelectQuery                    { return nil }
func (db *DB) NewInsert() *InsertQuery                    { return nil }
func (db *DB) NewUpdate() *UpdateQuery                    { return nil }
func (db *DB) NewDelete() *DeleteQuery                    { return nil }
func (db *DB) NewMerge() *MergeQuery                      { return nil }
func (db *DB) NewRaw(query string, args ...any) *RawQuery { return nil }
func (db *DB) Dialect() string                            { return "" }
func (tx Tx) NewSelect() *SelectQuery                     { return nil }
func (tx Tx) NewInsert() *InsertQuery                     { return nil }
func (tx Tx) NewUpdate() *UpdateQuery                     { return nil }
func (tx Tx) NewDelete() *DeleteQuery                     { return nil }
func (tx Tx) NewMerge() *MergeQuery                       { return nil }
func (tx Tx) NewRaw(query string, args ...any) *RawQuery  { return nil }
func (tx Tx) Commit() error                               { return nil }
func (tx Tx) Rollback() error                             { return nil }
func (c Conn) NewDelete() *DeleteQuery                    { return nil }
func (c Conn) NewRaw(query string, args ...any) *RawQuery { return nil }
func (db *DB) RunInTx(ctx context.Context, opts *sql.TxOptions, f func(ctx context.Context, tx Tx) error) error {
	return nil
}

func (q *SelectQuery) Where(query string, args ...any) *SelectQuery { return q }
func (q *SelectQuery) Scan(ctx context.Context, dest ...any) error  { return nil }
func (q *InsertQuery) Model(model any) *InsertQuery                 { return q }
func (q *InsertQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	return nil, nil
}
func (q *UpdateQuery) Where(query string, args ...any) *UpdateQuery { return q }
func (q *UpdateQuery) Set(query string, args ...any) *UpdateQuery   { return q }
func (q *UpdateQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	return nil, nil
}
func (q *DeleteQuery) TableExpr(query string, args ...any) *DeleteQuery { return q }
func (q *DeleteQuery) Where(query string, args ...any) *DeleteQuery     { return q }
func (q *DeleteQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) {
	return nil, nil
}
func (q *MergeQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }
func (q *RawQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error)   { return nil, nil }
