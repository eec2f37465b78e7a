// Package queryrun runs queries package querybuild built.
package queryrun

import (
	"database/sql"
	"net/http"

	"querybuild"
)

func handler(db *sql.DB, r *http.Request) {
	db.Query(querybuild.Build(r)) // want `query passed to \(\*sql.DB\).Query is built with strings.Builder from r.FormValue\("sort"\) \(request input\)`
	db.Query(querybuild.Safe())
	db.Query("SELECT * FROM " + querybuild.Table(r.FormValue("t")))
	db.Query("SELECT * FROM t WHERE " + querybuild.Safe())
}
