// Package store keeps patient records in SQL.
package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Patient is one record.
type Patient struct {
	ID        int64
	NHSNumber string
	Name      string
}

// Store wraps the database.
type Store struct{ DB *sql.DB }

// FindByName runs a query built by formatting the caller's text into SQL.
func (s *Store) FindByName(ctx context.Context, name string) (*sql.Rows, error) {
	q := fmt.Sprintf("SELECT id, nhs_number, name FROM patients WHERE name = '%s'", name)
	return s.DB.QueryContext(ctx, q)
}

// Search runs a WHERE fragment that the caller built.
func (s *Store) Search(ctx context.Context, where string) (*sql.Rows, error) {
	return s.DB.QueryContext(ctx, "SELECT id, name FROM patients WHERE "+where)
}

// ByID is the safe twin: the value travels as a placeholder argument.
func (s *Store) ByID(ctx context.Context, id int64) *sql.Row {
	return s.DB.QueryRowContext(ctx, "SELECT id, nhs_number, name FROM patients WHERE id = $1", id)
}
