// Package sqlx is a trimmed stub of github.com/jmoiron/sqlx v1.4.0.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }
type Rows struct{ *sql.Rows }

func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }
func (db *DB) NamedExecContext(ctx context.Context, query string, arg interface{}) (sql.Result, error) {
	return nil, nil
}
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
