// Package sqlx is a trimmed stub of github.com/jmoiron/sqlx v1.4.0.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }
type Tx struct{ *sql.Tx }
type Rows struct{ *sql.Rows }
type Row struct{}
type Stmt struct{}

func Open(driverName, dataSourceName string) (*DB, error) { return nil, nil }

func (db *DB) Select(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) Get(dest interface{}, query string, args ...interface{}) error    { return nil }
func (db *DB) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (db *DB) Queryx(query string, args ...interface{}) (*Rows, error)     { return nil, nil }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row            { return nil }
func (db *DB) NamedExec(query string, arg interface{}) (sql.Result, error) { return nil, nil }
func (db *DB) MustExec(query string, args ...interface{}) sql.Result       { return nil }
func (db *DB) Rebind(query string) string                                  { return query }
func (db *DB) NamedQueryContext(ctx context.Context, query string, arg interface{}) (*Rows, error) {
	return nil, nil
}
func (db *DB) Connx(ctx context.Context) (*Conn, error) { return nil, nil }

type Conn struct{ *sql.Conn }

func (c *Conn) GetContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func (c *Conn) QueryxContext(ctx context.Context, query string, args ...interface{}) (*Rows, error) {
	return nil, nil
}
func (tx *Tx) Select(dest interface{}, query string, args ...interface{}) error { return nil }

func In(query string, args ...interface{}) (string, []interface{}, error) { return query, args, nil }

// Package-level functions take a Queryer, Execer or Ext.
type Queryer interface {
	Query(query string, args ...interface{}) (*sql.Rows, error)
}
type Execer interface {
	Exec(query string, args ...interface{}) (sql.Result, error)
}

func Select(q Queryer, dest interface{}, query string, args ...interface{}) error { return nil }
func Get(q Queryer, dest interface{}, query string, args ...interface{}) error    { return nil }
func MustExec(e Execer, query string, args ...interface{}) sql.Result             { return nil }
func NamedExec(e Execer, query string, arg interface{}) (sql.Result, error)       { return nil, nil }
func SelectContext(ctx context.Context, q Queryer, dest interface{}, query string, args ...interface{}) error {
	return nil
}
func Rebind(bindType int, query string) string { return query }

const QUESTION = 1
