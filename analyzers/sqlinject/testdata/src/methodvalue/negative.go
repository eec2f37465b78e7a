package methodvalue

import (
	"context"
	"database/sql"
	"net/http"

	"store"
)

// The request value is a bound argument, not the query.
func execValueBound(ctx context.Context, db *sql.DB, r *http.Request) {
	exec := db.ExecContext
	exec(ctx, "UPDATE patients SET archived = true WHERE nhs = $1", r.FormValue("nhs"))
}

func queryValueBound(db *sql.DB, r *http.Request) {
	q := db.Query
	q("SELECT * FROM t WHERE a = ?", r.FormValue("a"))
}

// Bind passes its parameter as an argument.
func (rn *Runner) Bind(id string) {
	rn.db.Exec("DELETE FROM t WHERE id = $1", id)
}

func localWrapperBound(rn *Runner, r *http.Request) {
	bind := rn.Bind
	bind(r.FormValue("id"))
}

func importedWrapperBound(st *store.Store, r *http.Request) {
	byID := st.ByID
	byID(r.FormValue("id"))
}

func (l *loader) purgeBound(r *http.Request) {
	l.exec("DELETE FROM t WHERE name = ?", r.FormValue("name"))
}

// The adapter passes the method a placeholder-bound value, or a constant.
func (rn *Runner) listBound(sort string) {
	rn.db.Query("SELECT id FROM prescriptions WHERE drug = $1", sort)
}

func rpcConst(call func(string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		call("name")
	}
}

func rpcRoutesSafe(rn *Runner, mux *http.ServeMux) {
	mux.Handle("/rpc/bound", rpcRoute(rn.listBound))
	mux.Handle("/rpc/const", rpcConst(rn.listSorted))
}
