// Package sqlx is a trimmed stub of github.com/jmoiron/sqlx v1.4.0.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }
type Row struct{}
type Stmt struct{}
type NamedStmt struct{}
type Conn struct{ *sql.Conn }

func (db *DB) Get(dest interface{}, query string, args ...interface{}) error { return nil }
func (db *DB) QueryRowx(query string, args ...interface{}) *Row              { return nil }
func (db *DB) Preparex(query string) (*Stmt, error)                          { return nil, nil }
func (db *DB) PrepareNamed(query string) (*NamedStmt, error)                 { return nil, nil }

func (r *Row) Scan(dest ...interface{}) error                   { return nil }
func (r *Row) SliceScan() ([]interface{}, error)                { return nil, nil }
func (r *Row) StructScan(dest interface{}) error                { return nil }
func (s *Stmt) Get(dest interface{}, args ...interface{}) error { return nil }
func (s *Stmt) SelectContext(ctx context.Context, dest interface{}, args ...interface{}) error {
	return nil
}
func (n *NamedStmt) Get(dest interface{}, arg interface{}) error    { return nil }
func (n *NamedStmt) Select(dest interface{}, arg interface{}) error { return nil }
func (c *Conn) SelectContext(ctx context.Context, dest interface{}, query string, args ...interface{}) error {
	return nil
}
