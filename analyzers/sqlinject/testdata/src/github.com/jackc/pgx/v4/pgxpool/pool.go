// Package pgxpool is a trimmed stub of github.com/jackc/pgx/v4/pgxpool v4.18.3.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v4"
)

type Pool struct{}

func (p *Pool) Query(ctx context.Context, sql string, args ...interface{}) (pgx.Rows, error) {
	return nil, nil
}
func (p *Pool) QueryRow(ctx context.Context, sql string, args ...interface{}) pgx.Row { return nil }
func (p *Pool) Exec(ctx context.Context, sql string, arguments ...interface{}) (pgx.CommandTag, error) {
	return nil, nil
}
func (p *Pool) QueryFunc(ctx context.Context, sql string, args []interface{}, scans []interface{}, f func(pgx.QueryFuncRow) error) (pgx.CommandTag, error) {
	return nil, nil
}
func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { return nil }
