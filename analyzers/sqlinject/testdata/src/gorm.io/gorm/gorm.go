// Package gorm is a trimmed stub of gorm.io/gorm v1.25.12 (Expr as in
// v1.31.2).
package gorm

import (
	"database/sql"

	"gorm.io/gorm/clause"
)

func Expr(expr string, args ...interface{}) clause.Expr {
	return clause.Expr{SQL: expr, Vars: args}
}

type DB struct{ Error error }

func (db *DB) Raw(sql string, values ...interface{}) *DB          { return db }
func (db *DB) Exec(sql string, values ...interface{}) *DB         { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB   { return db }
func (db *DB) Order(value interface{}) *DB                        { return db }
func (db *DB) Table(name string, args ...interface{}) *DB         { return db }
func (db *DB) Select(query interface{}, args ...interface{}) *DB  { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) *DB    { return db }
func (db *DB) Scan(dest interface{}) *DB                          { return db }
func (db *DB) ScanRows(rows *sql.Rows, dest interface{}) error    { return nil }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB   { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) *DB { return db }

// Scopes and Transaction call the functions they are given (v1.25.12;
// Transaction's options elided).
func (db *DB) Scopes(funcs ...func(*DB) *DB) *DB       { return db }
func (db *DB) Transaction(fc func(tx *DB) error) error { return nil }
