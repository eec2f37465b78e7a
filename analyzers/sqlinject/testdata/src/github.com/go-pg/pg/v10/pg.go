// Package pg is a trimmed stub of github.com/go-pg/pg/v10 v10.13.0.
package pg

type DB struct{}
type Result interface{ RowsAffected() int }

func (db *DB) Exec(query interface{}, params ...interface{}) (Result, error) { return nil, nil }
