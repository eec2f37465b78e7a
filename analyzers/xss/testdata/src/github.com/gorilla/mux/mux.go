// Package mux is a trimmed stub of github.com/gorilla/mux v1.8.1: the routing
// API only, bodies empty.
package mux

import "net/http"

type MiddlewareFunc func(http.Handler) http.Handler

type Router struct{}

type Route struct{}

func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) Handle(path string, handler http.Handler) *Route    { return nil }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return nil
}
func (r *Router) PathPrefix(tpl string) *Route                                 { return nil }
func (r *Router) Path(tpl string) *Route                                       { return nil }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) Subrouter() *Router                                            { return nil }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func Vars(r *http.Request) map[string]string                                   { return nil }
