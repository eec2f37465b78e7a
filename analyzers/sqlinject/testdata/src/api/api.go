// Package api builds WHERE fragments from query parameters.
package api

import (
	"net/http"

	"store"
)

func List(s *store.Store, w http.ResponseWriter, r *http.Request) {
	where := "ward = '" + r.URL.Query().Get("ward") + "'"
	s.Find(where)                                               // want `query passed to \(\*sql.DB\).Query via \(\*store.Store\).Find \(store.go:10:19\) is built with string concatenation from r.URL.Query\(\).Get\("ward"\) \(request input\)`
	s.Run("DELETE FROM visits WHERE id = " + r.FormValue("id")) // want `via \(\*store.Store\).Run`
	s.ByID(r.FormValue("id"))
	s.Find("ward = 'A'")
}
