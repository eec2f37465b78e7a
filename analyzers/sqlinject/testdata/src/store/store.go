// Package store runs queries that package api builds.
package store

import "database/sql"

type Store struct{ db *sql.DB }

// Find concatenates a WHERE fragment built by its callers.
func (s *Store) Find(where string) (*sql.Rows, error) {
	return s.db.Query("SELECT * FROM patients WHERE " + where) // want `query passed to \(\*sql.DB\).Query is built with string concatenation from parameter where of exported Find`
}

// Run runs query text as given: checked at its callers.
func (s *Store) Run(q string) error {
	_, err := s.db.Exec(q)
	return err
}

// ByID is safe: a placeholder.
func (s *Store) ByID(id string) (*sql.Rows, error) {
	return s.db.Query("SELECT * FROM patients WHERE id = $1", id)
}
