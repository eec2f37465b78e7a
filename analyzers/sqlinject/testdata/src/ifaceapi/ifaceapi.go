// Package ifaceapi reaches package store through an interface of its own,
// which *store.Store implements: the implementation's sinks apply at the
// call, as for a direct call.
package ifaceapi

import (
	"database/sql"
	"net/http"

	"store"
)

type runner interface {
	Run(q string) error
}

type Handler struct{ db runner }

func (h *Handler) purge(w http.ResponseWriter, r *http.Request) {
	_ = h.db.Run("DELETE FROM notes WHERE author = '" + r.FormValue("author") + "'") // want `query passed to \(\*sql.DB\).Exec via \(\*store.Store\).Run \(store.go:\d+:\d+\) is built with string concatenation from r.FormValue\("author"\) \(request input\)`
}

// A constant query through the same interface.
func (h *Handler) purgeAll(w http.ResponseWriter, r *http.Request) {
	_ = h.db.Run("DELETE FROM notes WHERE expired")
}

// The input as a bound value: ByID uses a placeholder.
type finder interface {
	ByID(id string) (*sql.Rows, error)
}

func lookup(f finder, r *http.Request) {
	rows, err := f.ByID(r.FormValue("id"))
	if err == nil {
		rows.Close()
	}
}

func New(s *store.Store) (*Handler, finder) { return &Handler{db: s}, s }
