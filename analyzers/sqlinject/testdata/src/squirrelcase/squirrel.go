package squirrelcase

import (
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

func handler(r *http.Request) {
	sq.Select("*").From("t").Where("a = '" + r.FormValue("a") + "'") // want `\(squirrel.SelectBuilder\).Where is built`
	sq.Expr("a = " + r.FormValue("a"))                               // want `squirrel.Expr is built`
	sq.Select("*").From("t").OrderBy(r.FormValue("sort"))            // want `\(squirrel.SelectBuilder\).OrderBy comes from`

	// Safe look-alikes: placeholders, Eq maps.
	sq.Select("*").From("t").Where("a = ?", r.FormValue("a"))
	sq.Select("*").From("t").Where(sq.Eq{"a": r.FormValue("a")})
	sq.Expr("a = ?", r.FormValue("a"))
}
