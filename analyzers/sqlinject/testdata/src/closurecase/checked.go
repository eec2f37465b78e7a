package closurecase

import (
	"database/sql"
	"net/http"
	"slices"
)

var sortable = []string{"id", "name"}

// Safe: the factory checks the captured parameter against constants
// before it makes the closure, which only reads it.
func sortHandler(db *sql.DB, col string) http.HandlerFunc {
	if !slices.Contains(sortable, col) {
		return nil
	}
	return func(w http.ResponseWriter, r *http.Request) {
		db.Query("SELECT id FROM t ORDER BY " + col)
	}
}

// Safe: a switch of constants in the factory.
func sortHandlerSwitch(db *sql.DB, col string) http.HandlerFunc {
	switch col {
	case "id", "name":
	default:
		return nil
	}
	return func(w http.ResponseWriter, r *http.Request) {
		db.Query("SELECT id FROM t ORDER BY " + col)
	}
}

// Safe: the closure checks what it captured itself.
func sortHandlerInside(db *sql.DB, col string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !slices.Contains(sortable, col) {
			return
		}
		db.Query("SELECT id FROM t ORDER BY " + col)
	}
}

// The closure is made before the check: it may run unchecked.
func sortHandlerLate(db *sql.DB, col string) (http.HandlerFunc, bool) {
	h := func(w http.ResponseWriter, r *http.Request) {
		db.Query("SELECT id FROM t ORDER BY " + col) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("c"\) \(request input\), which closurecase\.mountSorts passes to closurecase\.sortHandlerLate → closurecase\.sortHandlerLate\.func1`
	}
	return h, slices.Contains(sortable, col)
}

// The closure writes what it captured: the factory's check is not relied
// on, for what the closure then reads may be either value.
func sortHandlerRewrites(db *sql.DB, col string) http.HandlerFunc {
	if !slices.Contains(sortable, col) {
		return nil
	}
	return func(w http.ResponseWriter, r *http.Request) {
		col = r.FormValue("then")
		db.Query("SELECT id FROM t ORDER BY " + col) // want `r.FormValue\("then"\)`
	}
}

func mountSorts(mux *http.ServeMux, db *sql.DB, r *http.Request) {
	mux.Handle("/a", sortHandler(db, r.FormValue("c")))
	mux.Handle("/b", sortHandlerSwitch(db, r.FormValue("c")))
	mux.Handle("/c", sortHandlerInside(db, r.FormValue("c")))
	h, _ := sortHandlerLate(db, r.FormValue("c"))
	mux.Handle("/d", h)
	mux.Handle("/e", sortHandlerRewrites(db, r.FormValue("c")))
}

// Safe: a local variable checked, then captured by a closure called here.
func checkedThenCaptured(db *sql.DB, r *http.Request) {
	col := r.FormValue("c")
	if col != "id" && col != "name" {
		return
	}
	db.Query("SELECT id FROM t ORDER BY " + col)
	run := func() { db.Query("SELECT id FROM t ORDER BY " + col) }
	run()
}
