package interproc

import (
	"database/sql"
	"fmt"
	"net/http"
)

// Built in helper A, run in B.
func buildQuery(r *http.Request) string {
	return fmt.Sprintf("SELECT * FROM t WHERE name = '%s'", r.FormValue("name"))
}

func runBuilt(db *sql.DB, r *http.Request) {
	db.Query(buildQuery(r)) // want `query passed to \(\*sql.DB\).Query is built with fmt.Sprintf from r.FormValue\("name"\) \(request input\)`
}

// A helper that formats its parameter: the flow goes through it.
func where(col, val string) string { return col + " = '" + val + "'" }

func runWhere(db *sql.DB, r *http.Request) {
	db.Query("SELECT * FROM t WHERE " + where("a", r.FormValue("a"))) // want `request input`
	db.Query("SELECT * FROM t WHERE " + where("a", "constant"))
}

// A sink wrapper: reported at its query, naming the calls that bring
// tainted text to it.
func run(db *sql.DB, q string) {
	db.Exec(q) // want `query passed to \(\*sql\.DB\)\.Exec is built with string concatenation from r\.FormValue\("id"\) \(request input\), which interproc\.callsRun passes to interproc\.run`
}

func callsRun(db *sql.DB, r *http.Request) {
	run(db, "DELETE FROM t WHERE id = "+r.FormValue("id"))
	run(db, "DELETE FROM t")
}

// Two levels of wrappers.
func runTwice(db *sql.DB, q string) { run(db, q) }

func callsRunTwice(db *sql.DB, r *http.Request) {
	runTwice(db, r.FormValue("q"))
}

// A struct parameter whose field a callee fills.
type Query struct {
	Where string
	Limit int
}

func fill(q *Query, r *http.Request) {
	q.Where = "name = '" + r.FormValue("name") + "'"
	q.Limit = 10
}

func runFilled(db *sql.DB, r *http.Request) {
	var q Query
	fill(&q, r)
	db.Query("SELECT * FROM t WHERE " + q.Where) // want `request input`
	db.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", q.Limit))
}

// Interface call resolved to the package's implementation.
type Filter interface{ SQL() string }

type userFilter struct{ r *http.Request }

func (f userFilter) SQL() string { return "name = '" + f.r.FormValue("n") + "'" }

func runFilter(db *sql.DB, f Filter) {
	db.Query("SELECT * FROM t WHERE " + f.SQL()) // want `request input`
}

// Recursion terminates.
func rec(n int, s string) string {
	if n == 0 {
		return s
	}
	return rec(n-1, s+",x")
}

func runRec(db *sql.DB, r *http.Request) {
	db.Query("SELECT " + rec(3, r.FormValue("c")) + " FROM t") // want `request input`
	db.Query("SELECT " + rec(3, "a") + " FROM t")
}
