package databasesql

import (
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

const table = "users"

func constConcat(db *sql.DB) {
	db.Query("SELECT * FROM " + table + " WHERE id = ?")
}

func placeholder(db *sql.DB, r *http.Request) {
	db.Query("SELECT * FROM users WHERE name = ?", r.FormValue("name"))
}

func intFormat(db *sql.DB, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	db.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", n))
	db.Query("SELECT * FROM t LIMIT " + strconv.Itoa(n))
}

var orderBy = map[string]string{"name": "name", "age": "age DESC"}

func allowList(db *sql.DB, r *http.Request) {
	col, ok := orderBy[r.FormValue("sort")]
	if !ok {
		col = "name"
	}
	db.Query("SELECT * FROM t ORDER BY " + col)
}

func switchAllowList(db *sql.DB, r *http.Request) {
	dir := "ASC"
	switch r.FormValue("dir") {
	case "desc":
		dir = "DESC"
	}
	db.Query("SELECT * FROM t ORDER BY a " + dir)
}

func quoted(db *sql.DB, r *http.Request) {
	db.Query("SELECT * FROM " + pq.QuoteIdentifier(r.FormValue("t")))
}

func placeholders(db *sql.DB, r *http.Request) {
	ids := r.URL.Query()["id"]
	q := "SELECT * FROM t WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",") + ")"
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	db.Query(q, args...)
}

func sqlxIn(db *sqlx.DB, r *http.Request) {
	q, args, _ := sqlx.In("SELECT * FROM t WHERE id IN (?)", r.URL.Query()["id"])
	db.Select(nil, db.Rebind(q), args...)
}

func unknownPassthrough(db *sql.DB) {
	db.Exec(os.Getenv("MIGRATION")) // not built: a value of unknown origin passed through is not evidence
}

// unexported: checked at its callers.
func byColumn(db *sql.DB, col string) {
	db.Query("SELECT " + col + " FROM t")
}

func callsByColumn(db *sql.DB) {
	byColumn(db, "name")
}

func boolAndTime(db *sql.DB, r *http.Request) {
	ok := r.FormValue("a") == "1"
	db.Query(fmt.Sprintf("SELECT * FROM t WHERE flag = %v", ok))
}

var identityFields = []string{"email", "username"}

// An allow-list check that returns on failure cleans the value after it.
func guarded(db *sql.DB, r *http.Request) {
	field := r.FormValue("field")
	if !slices.Contains(identityFields, field) {
		return
	}
	db.Query("SELECT * FROM users WHERE " + field + " = ?")
}

func guardedEq(db *sql.DB, r *http.Request) {
	dir := r.FormValue("dir")
	if dir != "asc" && dir != "desc" {
		return
	}
	db.Query("SELECT * FROM t ORDER BY a " + dir)
}

// A database handle stored beside a constant table name does not taint it.
type runner struct {
	db    *sql.DB
	table string
}

func (r *runner) create() {
	r.db.Exec(fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s (id INTEGER)", r.table))
}

func NewRunner(db *sql.DB) *runner {
	r := &runner{db: db, table: "_migrations"}
	r.create()
	return r
}

// A receiver captured by a closure is spilled to a variable; its
// unexported field, set only to a constant, is still the constant.
type Migrations struct {
	db    *sql.DB
	table string
}

func NewMigrations(db *sql.DB) *Migrations { return &Migrations{db: db, table: "_migrations"} }

func (m *Migrations) init() {
	m.db.Exec(fmt.Sprintf("CREATE TABLE IF NOT EXISTS %s (file TEXT)", m.table))
}

func (m *Migrations) Up() {
	m.init()
	done := func() { m.db.Exec("UPDATE "+m.table+" SET applied = 1", 1) }
	done()
}

// A returned struct is read field by field: the bound parameters do not
// taint the placeholder text.
type resolved struct {
	Identifier string
	Params     map[string]any
}

func resolve(r *http.Request) *resolved {
	return &resolved{Identifier: "{:p}", Params: map[string]any{"p": r.FormValue("q")}}
}

func useResolved(db *sql.DB, r *http.Request) {
	res := resolve(r)
	db.Query("SELECT * FROM t WHERE a = "+res.Identifier, res.Params)
}

type sortKey struct{ col string }

// An unexported field of a slice parameter's elements: callers outside the
// package cannot set it; checked at the callers inside.
func BySortKeys(db *sql.DB, keys []sortKey) {
	for _, k := range keys {
		db.Query("SELECT * FROM t ORDER BY " + k.col)
	}
}
