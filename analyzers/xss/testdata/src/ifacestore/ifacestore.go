// Package ifacestore declares a store interface beside its SQL
// implementation, as repositories often are.
package ifacestore

import (
	"context"
	"database/sql"
)

type Patient struct {
	ID    string
	Notes string // clinicians' rich text, stored as typed
}

type PatientStore interface {
	Get(ctx context.Context, id string) (*Patient, error)
	Greeting(name string) string
}

type SQLStore struct{ db *sql.DB }

func (s *SQLStore) Get(ctx context.Context, id string) (*Patient, error) {
	p := &Patient{}
	err := s.db.QueryRowContext(ctx, "SELECT id, notes FROM patients WHERE id = $1", id).Scan(&p.ID, &p.Notes)
	return p, err
}

// Greeting returns constant text: nothing stored.
func (s *SQLStore) Greeting(name string) string { return "Welcome" }
