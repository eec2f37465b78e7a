package factuse // want package:"analysed"

import (
	"database/sql"
	"net/http"

	"facts"
)

// Summaries compose across packages.
func Twice(db *sql.DB, q string) { // want Twice:`taint\(sink sql \(\*sql.DB\).Exec<-p1 via facts.Wrap,facts.Run\)`
	facts.Wrap(db, q)
}

func FromOther(r *http.Request) string { // want FromOther:`taint\(r0=untrusted\{r.FormValue\("q"\)\}\)`
	return facts.Source(r)
}

func Both(a string) string { // want Both:`taint\(r0=p0/built\)`
	return facts.Concat(a, facts.Const())
}
