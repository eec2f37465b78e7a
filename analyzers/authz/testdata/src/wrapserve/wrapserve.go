// Package wrapserve serves routers another package returns wrapped.
package wrapserve

import (
	"net/http"

	"wrapreturn"
)

func Main(s *wrapreturn.S) error {
	go http.ListenAndServe(":8080", s.Guarded())
	srv := &http.Server{Addr: ":8443", Handler: s.Chi()}
	return srv.ListenAndServe()
}
