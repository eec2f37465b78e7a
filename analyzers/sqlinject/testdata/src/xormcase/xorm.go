package xormcase

import (
	"net/http"

	"xorm.io/builder"
	"xorm.io/xorm"
)

func handler(e *xorm.Engine, r *http.Request) {
	e.SQL("SELECT * FROM t WHERE a = '" + r.FormValue("a") + "'")     // want `\(\*xorm.Engine\).SQL is built`
	e.Where("a = " + r.FormValue("a")).And("b = " + r.FormValue("b")) // want `\(\*xorm.Engine\).Where is built` `\(\*xorm.Session\).And is built`
	e.Exec("DELETE FROM t WHERE a = " + r.FormValue("a"))             // want `\(\*xorm.Engine\).Exec is built`

	// Safe look-alikes.
	e.SQL("SELECT * FROM t WHERE a = ?", r.FormValue("a"))
	e.Where("a = ?", r.FormValue("a")).And("b = ?", r.FormValue("b"))
	e.Exec("DELETE FROM t WHERE a = ?", r.FormValue("a"))
}

// builder.Expr's text is written into the condition as it is.
func cond(e *xorm.Engine, r *http.Request) {
	e.Where(builder.Expr("a = '" + r.FormValue("a") + "'")) // want `query passed to builder.Expr is built with string concatenation from r.FormValue\("a"\)`
	e.Where(builder.Expr("a = ?", r.FormValue("a")))
	e.Where(builder.Eq{"a": r.FormValue("a")})
}

// Engine is the program's interface over the engine and its sessions (as
// gitea's db.Engine): written against xorm's types, it reaches their rows.
type Engine interface {
	Where(query interface{}, args ...interface{}) *xorm.Session
	SQL(query interface{}, args ...interface{}) *xorm.Session
}

func viaInterface(e Engine, r *http.Request) {
	e.Where("a = " + r.FormValue("a")) // want `query passed to \(\*xorm.Engine\).Where is built with string concatenation from r.FormValue\("a"\)`
	e.SQL("SELECT * FROM t WHERE a = ?", r.FormValue("a"))
}
