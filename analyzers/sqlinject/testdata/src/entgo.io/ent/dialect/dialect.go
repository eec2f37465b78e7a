// Package dialect is a trimmed stub of entgo.io/ent/dialect (v0.14.5).
package dialect

import "context"

type ExecQuerier interface {
	Exec(ctx context.Context, query string, args, v any) error
	Query(ctx context.Context, query string, args, v any) error
}

type Driver interface {
	ExecQuerier
	Close() error
}
