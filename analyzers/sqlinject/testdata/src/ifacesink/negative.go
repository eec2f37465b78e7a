package ifacesink

import (
	"context"
	"database/sql"
	"net/http"
)

// Placeholders through the interface and the generic helper.
func (s *Store) countBound(ctx context.Context, r *http.Request) {
	s.q.QueryContext(ctx, "SELECT count(*) FROM patients WHERE ward = $1", r.FormValue("ward"))
}

func (s *Store) cliniciansBound(r *http.Request) {
	QueryAll(r.Context(), s.q, "SELECT name FROM clinicians WHERE specialty = $1", scanName, r.FormValue("specialty"))
}

// An interface no database handle implements: its method is the program's
// own (a job queue), not a query.
type Jobs interface {
	QueryContext(ctx context.Context, name string) error
}

func enqueue(ctx context.Context, j Jobs, r *http.Request) {
	j.QueryContext(ctx, "report-"+r.FormValue("name"))
}

// A method of the same name but another signature is not the handle's.
type Lister interface {
	Query(filter string) ([]string, error)
}

func list(l Lister, r *http.Request) {
	l.Query("name = '" + r.FormValue("name") + "'")
}

// An interface whose only implementation here is the program's own (a
// cache): its summary speaks, not the database's model.
type Finder interface {
	Find(key string) string
}

type cache struct{ m map[string]string }

func (c *cache) Find(key string) string { return c.m[key] }

func find(f Finder, r *http.Request) string {
	return f.Find("k-" + r.FormValue("k"))
}

var _ = sql.ErrNoRows
