// Package gorm is a trimmed stub of gorm.io/gorm v1.31.
package gorm

type DB struct{ Error error }

type Model struct{ ID uint }

func (db *DB) Model(value interface{}) *DB                       { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB  { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB  { return db }
func (db *DB) Create(value interface{}) *DB                      { return db }
func (db *DB) Save(value interface{}) *DB                        { return db }
func (db *DB) Updates(values interface{}) *DB                    { return db }
func (db *DB) Update(column string, value interface{}) *DB       { return db }
func (db *DB) UpdateColumn(column string, value interface{}) *DB { return db }
func (db *DB) Exec(sql string, values ...interface{}) *DB        { return db }
