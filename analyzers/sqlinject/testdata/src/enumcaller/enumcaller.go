// Package enumcaller passes request input converted to another package's
// enumeration: the flow across packages is still reported.
package enumcaller

import (
	"net/http"

	"enumcase"
)

func List(s *enumcase.Store, r *http.Request) {
	s.Search(&enumcase.Options{Order: enumcase.SortOrder(r.FormValue("order"))}) // want `via \(\*enumcase.Store\).Search .* from r.FormValue\("order"\) \(request input\)`
	s.Search(&enumcase.Options{Order: enumcase.ByNewest})
	s.Sorted(enumcase.ByName)
}
