// Package methodvalue: sinks and wrappers called through method values
// (exec := db.ExecContext; exec(ctx, q)), whose calls pass no receiver.
package methodvalue

import (
	"context"
	"database/sql"
	"net/http"

	"store"
)

func execValue(ctx context.Context, db *sql.DB, r *http.Request) {
	exec := db.ExecContext
	exec(ctx, "UPDATE patients SET archived = true WHERE nhs = '"+r.FormValue("nhs")+"'") // want `query passed to \(\*sql.DB\).ExecContext is built with string concatenation from r.FormValue\("nhs"\) \(request input\)`
}

func queryValue(db *sql.DB, r *http.Request) {
	q := db.Query
	q("SELECT * FROM t WHERE a = '" + r.FormValue("a") + "'") // want `query passed to \(\*sql.DB\).Query is built with string concatenation`
}

// A method value of a transaction chosen on a branch.
func txValue(tx *sql.Tx, r *http.Request) {
	exec := tx.Exec
	if r.Method == http.MethodPost {
		exec("DELETE FROM t WHERE id = " + r.FormValue("id")) // want `query passed to \(\*sql.Tx\).Exec is built with string concatenation`
	}
}

// Runner wraps a database: Run runs its parameter as a query.
type Runner struct{ db *sql.DB }

func (rn *Runner) Run(q string) {
	rn.db.Exec(q) // want `query passed to \(\*sql\.DB\)\.Exec is built with string concatenation from r\.FormValue\("id"\) \(request input\), which methodvalue\.localWrapper passes to \(\*methodvalue\.Runner\)\.Run`
}

// A method value of this package's wrapper: its summary applies with the
// receiver in place.
func localWrapper(rn *Runner, r *http.Request) {
	run := rn.Run
	run("DELETE FROM t WHERE id = " + r.FormValue("id"))
}

// A method value of another package's wrapper: its fact applies.
func importedWrapper(st *store.Store, r *http.Request) {
	run := st.Run
	run("DELETE FROM t WHERE id = " + r.FormValue("id")) // want `query passed to \(\*sql.DB\).Exec via \(\*store.Store\).Run \(store.go:15:21\) is built with string concatenation`
}

// A method value stored in a field only this package sets.
type loader struct {
	exec func(string, ...any) (sql.Result, error)
}

func newLoader(db *sql.DB) *loader { return &loader{exec: db.Exec} }

func (l *loader) purge(r *http.Request) {
	l.exec("DELETE FROM t WHERE name = '" + r.FormValue("name") + "'") // want `query passed to \(\*sql.DB\).Exec is built with string concatenation`
}

// An RPC adapter: the handler it returns calls the method value it is
// given with request input. Reported where the method meets the adapter.
func (rn *Runner) listSorted(sort string) {
	rn.db.Query("SELECT id FROM prescriptions ORDER BY " + sort) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.URL\.Query\(\)\.Get\("sort"\) \(request input\), which methodvalue\.rpcRoutes passes to methodvalue\.rpcRoute → \(\*methodvalue\.Runner\)\.listSorted`
}

func rpcRoute(call func(string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call(r.URL.Query().Get("sort"))
	}
}

func rpcRoutes(rn *Runner, mux *http.ServeMux) {
	mux.Handle("/rpc/list", rpcRoute(rn.listSorted))
}
