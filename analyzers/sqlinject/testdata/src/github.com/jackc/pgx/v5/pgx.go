// Package pgx is a trimmed stub of github.com/jackc/pgx/v5 v5.7.2.
package pgx

import (
	"context"
	"strings"
)

type Conn struct{}
type Rows interface {
	Close()
	Next() bool
	Scan(dest ...any) error
}
type Row interface{ Scan(dest ...any) error }
type CommandTag struct{}

func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row        { return nil }
func (c *Conn) Exec(ctx context.Context, sql string, arguments ...any) (CommandTag, error) {
	return CommandTag{}, nil
}

type Tx interface {
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	Exec(ctx context.Context, sql string, arguments ...any) (CommandTag, error)
}

type Batch struct{}

func (b *Batch) Queue(query string, arguments ...any) {}

// Identifier is a PostgreSQL identifier or name.
type Identifier []string

// Sanitize returns a sanitized string safe for SQL interpolation.
func (ident Identifier) Sanitize() string { return `"` + strings.Join(ident, `"."`) + `"` }

// CollectableRow is the subset of Rows methods that a RowToFunc is
// allowed to call.
type CollectableRow interface{ Scan(dest ...any) error }

// RowToFunc is a function that scans or otherwise converts row to a T.
type RowToFunc[T any] func(row CollectableRow) (T, error)

func CollectRows[T any](rows Rows, fn RowToFunc[T]) ([]T, error) { return nil, nil }
func CollectOneRow[T any](rows Rows, fn RowToFunc[T]) (T, error) { var t T; return t, nil }
func RowTo[T any](row CollectableRow) (T, error)                 { var t T; return t, nil }
func RowToStructByName[T any](row CollectableRow) (T, error)     { var t T; return t, nil }
func ForEachRow(rows Rows, scans []any, fn func() error) (CommandTag, error) {
	return CommandTag{}, nil
}
