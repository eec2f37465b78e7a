// Package ifacesink: queries run through the program's own interfaces that
// database handles implement (a Querier holding a *sql.DB).
package ifacesink

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

// Querier is satisfied by *sql.DB, *sql.Tx and *sql.Conn.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

type Store struct{ q Querier }

func NewStore(db *sql.DB) *Store { return &Store{q: db} }

func (s *Store) count(ctx context.Context, where string) (*sql.Rows, error) {
	return s.q.QueryContext(ctx, "SELECT count(*) FROM patients WHERE "+where) // want `query passed to \(\*sql\.DB\)\.QueryContext is built with string concatenation from r\.URL\.Query\(\)\.Get\("where"\) \(request input\), which \(\*ifacesink\.Store\)\.handleCount passes to \(\*ifacesink\.Store\)\.count`
}

func (s *Store) handleCount(w http.ResponseWriter, r *http.Request) {
	s.count(r.Context(), r.URL.Query().Get("where"))
}

// The handle passed in as the interface: the interface alone says what it
// reaches.
func archive(ctx context.Context, q Querier, r *http.Request) {
	q.ExecContext(ctx, "UPDATE patients SET archived = true WHERE nhs = '"+r.FormValue("nhs")+"'") // want `query passed to \(\*sql.DB\).ExecContext is built with string concatenation from r.FormValue\("nhs"\)`
}

// QueryAll is a generic helper over the interface: checked for its
// callers, reported at its query.
func QueryAll[T any](ctx context.Context, db Querier, q string, scan func(*sql.Rows) (T, error), args ...any) ([]T, error) {
	rows, err := db.QueryContext(ctx, q, args...) // want `query passed to \(\*sql\.DB\)\.QueryContext is built with string concatenation from r\.FormValue\("specialty"\) \(request input\), which \(\*ifacesink\.Store\)\.clinicians passes to ifacesink\.QueryAll`
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func scanName(r *sql.Rows) (string, error) {
	var s string
	return s, r.Scan(&s)
}

func (s *Store) clinicians(r *http.Request) {
	QueryAll(r.Context(), s.q, "SELECT name FROM clinicians WHERE specialty = '"+r.FormValue("specialty")+"'", scanName)
}

// Repo is a generic repository over the interface.
type Repo[T any] struct {
	DB    Querier
	Table string
}

func (rp Repo[T]) findBy(ctx context.Context, col, val string, scan func(*sql.Rows) (T, error)) ([]T, error) {
	q := fmt.Sprintf("SELECT * FROM %s WHERE %s = '%s'", rp.Table, col, val)
	return QueryAll(ctx, rp.DB, q, scan)
}

func useRepo(rp Repo[string], r *http.Request) {
	rp.findBy(r.Context(), "name", r.FormValue("name"), scanName)
}
