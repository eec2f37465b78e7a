// Package pgx is a trimmed stub of github.com/jackc/pgx/v4 v4.18.3.
package pgx

import (
	"context"
	"strings"
)

type Conn struct{}
type Rows interface{ Close() }
type Row interface {
	Scan(dest ...interface{}) error
}
type QueryFuncRow interface{ RawValues() [][]byte }
type BatchResults interface{ Close() error }
type StatementDescription struct{ Name, SQL string }
type CommandTag []byte

func (c *Conn) Query(ctx context.Context, sql string, args ...interface{}) (Rows, error) {
	return nil, nil
}
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...interface{}) Row { return nil }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...interface{}) (CommandTag, error) {
	return nil, nil
}
func (c *Conn) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (CommandTag, error) {
	return nil, nil
}
func (c *Conn) Prepare(ctx context.Context, name, sql string) (*StatementDescription, error) {
	return nil, nil
}
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }

type Tx interface {
	Prepare(ctx context.Context, name, sql string) (*StatementDescription, error)
	Exec(ctx context.Context, sql string, arguments ...interface{}) (CommandTag, error)
	Query(ctx context.Context, sql string, args ...interface{}) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...interface{}) Row
	QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(QueryFuncRow) error) (CommandTag, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
}

type Batch struct{}

func (b *Batch) Queue(query string, arguments ...interface{}) {}

// Identifier is a PostgreSQL identifier or name.
type Identifier []string

// Sanitize returns a sanitized string safe for SQL interpolation.
func (ident Identifier) Sanitize() string { return `"` + strings.Join(ident, `"."`) + `"` }
