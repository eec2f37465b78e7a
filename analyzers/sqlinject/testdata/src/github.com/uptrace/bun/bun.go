// Package bun is a trimmed stub of github.com/uptrace/bun v1.2.6.
package bun

type DB struct{}
type RawQuery struct{}
type SelectQuery struct{}

func (db *DB) NewRaw(query string, args ...interface{}) *RawQuery { return nil }
func (db *DB) NewSelect() *SelectQuery                            { return nil }

func (q *SelectQuery) Where(query string, args ...interface{}) *SelectQuery      { return q }
func (q *SelectQuery) OrderExpr(query string, args ...interface{}) *SelectQuery  { return q }
func (q *SelectQuery) ColumnExpr(query string, args ...interface{}) *SelectQuery { return q }
