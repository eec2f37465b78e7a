package xormcase

import (
	"net/http"

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
