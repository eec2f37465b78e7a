// Package builderret: a query builder passed through a helper that
// returns it (b = filters(b, r)) is the same builder: what the helper
// stored in its argument list stays there, and only what it stored in
// the query text reaches the query.
package builderret

import (
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

type Builder struct {
	db         *sql.DB
	conditions []string
	args       []any
}

func New(db *sql.DB) *Builder { return &Builder{db: db} }

// WithSearch binds the search text as an argument.
func (e *Builder) WithSearch(q string) *Builder {
	if q != "" {
		e.conditions = append(e.conditions, fmt.Sprintf("doc @@ websearch_to_tsquery($%d)", len(e.args)+1))
		e.args = append(e.args, q)
	}
	return e
}

// WithRaw splices its text into the conditions.
func (e *Builder) WithRaw(cond string) *Builder {
	e.conditions = append(e.conditions, cond)
	return e
}

func (e *Builder) Run() (*sql.Rows, error) {
	return e.db.Query("SELECT * FROM entries WHERE "+strings.Join(e.conditions, " AND "), e.args...) // want `query passed to \(\*sql\.DB\)\.Query is built with strings\.Join from r\.URL\.Query\(\)\.Get\("where"\) \(request input\), which builderret\.Where\.func1 passes to \(\*builderret\.Builder\)\.Run`
}

func filters(b *Builder, r *http.Request) *Builder {
	if s := r.URL.Query().Get("search"); s != "" {
		b = b.WithSearch(s)
	}
	return b
}

func rawFilters(b *Builder, r *http.Request) *Builder {
	if c := r.URL.Query().Get("where"); c != "" {
		b = b.WithRaw(c)
	}
	return b
}

// Safe: the search text is an argument, through the helper as inline.
func Search(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b := New(db)
		b = filters(b, r)
		b.Run()
	}
}

func SearchInline(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		New(db).WithSearch(r.URL.Query().Get("search")).Run()
	}
}

// The condition text is spliced into the query, through the helper too.
func Where(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b := New(db)
		b = rawFilters(b, r)
		b.Run()
	}
}

func WhereInline(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		New(db).WithRaw(r.URL.Query().Get("where")).Run()
	}
}
