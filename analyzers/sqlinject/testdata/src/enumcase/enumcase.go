// Package enumcase: a value of a named string type whose package declares
// constants of it is one of those constants (SQL002 stays silent); request
// input converted to such a type is still request input (SQL001).
package enumcase

import (
	"database/sql"
	"fmt"
	"net/http"
)

type SortOrder string

const (
	ByName   SortOrder = "name ASC"
	ByNewest SortOrder = "created DESC"
)

func (o SortOrder) String() string { return string(o) }

// Raw is a named string type without constants: any text.
type Raw string

type Options struct {
	Keyword string
	Order   SortOrder
	Extra   Raw
}

type Store struct{ db *sql.DB }

// Silent: an enumeration parameter and field.
func (s *Store) Sorted(o SortOrder) {
	s.db.Query("SELECT * FROM patients ORDER BY " + string(o)) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("sort"\) \(request input\), which \(\*enumcase\.Store\)\.handler passes to \(\*enumcase\.Store\)\.Sorted`
}

func (s *Store) Search(opts *Options) {
	order := opts.Order
	if order == "" {
		order = ByName
	}
	order = SortOrder(fmt.Sprintf("CASE WHEN id = ? THEN 0 ELSE 1 END, %s", order))
	s.db.Query("SELECT * FROM patients ORDER BY "+order.String(), 1)
}

// True positives: plain strings and named types without constants.
func (s *Store) SortedBy(col string) {
	s.db.Query("SELECT * FROM patients ORDER BY " + col) // want `from parameter col of exported SortedBy`
}

func (s *Store) SearchExtra(opts *Options) {
	s.db.Query("SELECT * FROM patients WHERE " + string(opts.Extra)) // want `from parameter opts.Extra of exported SearchExtra`
}

// Request input converted to the enumeration is still request input.
func (s *Store) handler(w http.ResponseWriter, r *http.Request) {
	s.Sorted(SortOrder(r.FormValue("sort")))
	o := SortOrder(r.FormValue("sort"))
	s.db.Query("SELECT * FROM t ORDER BY " + string(o)) // want `from r.FormValue\("sort"\) \(request input\)`

	// Safe look-alike: an allow-list of the constants.
	var order SortOrder
	switch r.FormValue("sort") {
	case "new":
		order = ByNewest
	default:
		order = ByName
	}
	s.Sorted(order)
}
