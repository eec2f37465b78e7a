// Package wrapserve serves routers another package returns wrapped.
package wrapserve

import (
	"net/http"

	"wrapreturn"
)

func Main(s *wrapreturn.S) error {
	go http.ListenAndServe(":8080", s.Guarded())
	// Routers returned behind wrappers that are no guards: unguarded here.
	go http.ListenAndServe(":8081", s.Traced())      // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /traced/\{id\}`
	go http.ListenAndServe(":8082", s.Logged())      // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /logged/\{id\}`
	go http.ListenAndServe(":8083", s.AliceLogged()) // want `no authentication or authorisation on any route of this server; 1 route\(s\) reach data, e.g. route GET /alicelogged/\{id\}`
	srv := &http.Server{Addr: ":8443", Handler: s.Chi()}
	return srv.ListenAndServe()
}
