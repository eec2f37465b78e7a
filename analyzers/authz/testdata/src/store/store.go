// Package store is a data layer in another package: its facts say which
// methods reach the database.
package store

import (
	"context"
	"database/sql"
)

type Store struct{ DB *sql.DB }

func (s *Store) Patient(ctx context.Context, id string) *sql.Row { // want Patient:"touches\\(\\(\\*sql.DB\\).QueryRowContext\\)"
	return s.DB.QueryRowContext(ctx, "SELECT name FROM patients WHERE id = $1", id)
}

func (s *Store) DeletePatient(ctx context.Context, id string) error { // want DeletePatient:"touches"
	_, err := s.DB.ExecContext(ctx, "DELETE FROM patients WHERE id = $1", id)
	return err
}

// SessionUser looks the session up: an authentication read.
func (s *Store) SessionUser(ctx context.Context, sid string) *sql.Row { // want SessionUser:"touches"
	return s.DB.QueryRowContext(ctx, "SELECT user_id FROM sessions WHERE id = $1", sid)
}

// LoginHistory lists a patient's sign-ins: patient data, though named
// after the login.
func (s *Store) LoginHistory(ctx context.Context, patientID string) (*sql.Rows, error) { // want LoginHistory:"touches"
	return s.DB.QueryContext(ctx, "SELECT at FROM logins WHERE patient_id = $1", patientID)
}

// Version touches no data.
func (s *Store) Version() string { return "1" }

// CanRead is an authorisation check by name.
func CanRead(ctx context.Context, user, id string) bool { // want CanRead:"check"
	return user != ""
}

// RequireOwner always checks and returns an error when the check fails.
func RequireOwner(ctx context.Context, s *Store, user, id string) error { // want RequireOwner:"check"
	if !CanRead(ctx, user, id) {
		return errForbidden
	}
	return nil
}

// GetChecked checks before it reads: self-checking service method.
func (s *Store) GetChecked(ctx context.Context, user, id string) (*sql.Row, error) { // want GetChecked:"check"
	if err := RequireOwner(ctx, s, user, id); err != nil {
		return nil, err
	}
	return s.DB.QueryRowContext(ctx, "SELECT name FROM patients WHERE id = $1", id), nil
}

type forbidden struct{}

func (forbidden) Error() string { return "forbidden" }

var errForbidden error = forbidden{}
