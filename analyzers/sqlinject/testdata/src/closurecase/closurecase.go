// Package closurecase: closures that a factory returns with query text
// captured from its parameters, run by whoever receives them (a gorm
// scope, a transaction's body, an HTTP handler): the caller that passes
// input to the factory gets the finding.
package closurecase

import (
	"database/sql"
	"net/http"
	"slices"
	"strings"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type Order struct{ Ward string }

func statusScope(status string) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("status = '" + status + "'") // want `query passed to \(\*gorm\.DB\)\.Where is built with string concatenation from c\.Query\("status"\) \(request input\), which closurecase\.scoped passes to closurecase\.statusScope → closurecase\.statusScope\.func1`
	}
}

func scoped(db *gorm.DB, c *gin.Context) {
	var os []Order
	db.Scopes(statusScope(c.Query("status"))).Find(&os)
}

// renameTx reassigns its parameter, so the closure captures the variable.
func renameTx(name string) func(*gorm.DB) error {
	name = strings.TrimSpace(name)
	return func(tx *gorm.DB) error {
		return tx.Exec("UPDATE wards SET name = '" + name + "'").Error // want `query passed to \(\*gorm\.DB\)\.Exec is built with string concatenation from r\.FormValue\("name"\) \(request input\), which closurecase\.rename passes to closurecase\.renameTx → closurecase\.renameTx\.func1`
	}
}

func rename(db *gorm.DB, r *http.Request) error {
	return db.Transaction(renameTx(r.FormValue("name")))
}

// sortScope builds the text another factory's closure runs from a closure
// of its own.
func sortScope(col string) func(*gorm.DB) *gorm.DB {
	return orderBy(col + " DESC")
}

func orderBy(expr string) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		apply := func() *gorm.DB { return db.Order(expr) } // want `query passed to \(\*gorm\.DB\)\.Order is built with string concatenation from c\.Query\("sort"\) \(request input\), which closurecase\.sorted passes to closurecase\.sortScope → closurecase\.orderBy → closurecase\.orderBy\.func1 → closurecase\.orderBy\.func1\.1`
		return apply()
	}
}

func sorted(db *gorm.DB, c *gin.Context) {
	var os []Order
	db.Scopes(sortScope(c.Query("sort"))).Find(&os)
}

// listHandler makes a handler for a table named when it is made.
func listHandler(db *sql.DB, table string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.Query("SELECT id FROM "+table+" WHERE ward = $1", r.FormValue("ward")) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("table"\) \(request input\), which closurecase\.mount passes to closurecase\.listHandler → closurecase\.listHandler\.func1`
		if err == nil {
			rows.Close()
		}
	}
}

func mount(mux *http.ServeMux, db *sql.DB, r *http.Request) {
	mux.Handle("/list", listHandler(db, r.FormValue("table")))
}

type Filter struct{ Ward, Sort string }

// filterScope reads the fields of the filter it captures.
func filterScope(f *Filter) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("ward = ?", f.Ward).Order(f.Sort) // want `query passed to \(\*gorm\.DB\)\.Order comes from c\.Query\("sort"\) \(request input\), which closurecase\.filtered passes to closurecase\.filterScope → closurecase\.filterScope\.func1`
	}
}

func filtered(db *gorm.DB, c *gin.Context) {
	var os []Order
	db.Scopes(filterScope(&Filter{Ward: c.Query("ward"), Sort: c.Query("sort")})).Find(&os)
}

// Within one function: the closure's free variable carries the input
// itself, and the finding is at the sink in the closure.
func inline(db *gorm.DB, c *gin.Context) {
	var os []Order
	ward := c.Query("ward")
	db.Scopes(func(tx *gorm.DB) *gorm.DB {
		return tx.Where("ward = '" + ward + "'") // want `built with string concatenation from c.Query\("ward"\)`
	}).Find(&os)
}

// Safe look-alikes: a scope that binds its parameter, a factory called
// with a constant or with an allow-listed value, a filter whose captured
// sort field is a constant.

func wardScope(ward string) func(*gorm.DB) *gorm.DB {
	return func(db *gorm.DB) *gorm.DB {
		return db.Where("ward = ?", ward)
	}
}

func safeScopes(db *gorm.DB, c *gin.Context) {
	var os []Order
	db.Scopes(wardScope(c.Query("ward")), statusScope("open")).Find(&os)
	db.Scopes(filterScope(&Filter{Ward: c.Query("ward"), Sort: "id"})).Find(&os)
	_ = db.Transaction(renameTx("night shift"))
	status := c.Query("status")
	if !slices.Contains([]string{"open", "closed"}, status) {
		return
	}
	db.Scopes(statusScope(status)).Find(&os)
}

func mountFixed(mux *http.ServeMux, db *sql.DB) {
	mux.Handle("/list", listHandler(db, "wards"))
}
