// Package echo is a trimmed stub of github.com/labstack/echo/v4 (v4.16.0):
// the routing API only, bodies empty.
package echo

import "net/http"

type Context interface {
	Param(name string) string
	Request() *http.Request
	JSON(code int, i any) error
	NoContent(code int) error
	Get(key string) any
	Set(key string, val any)
}

// context is echo's own implementation of Context.
type context struct{ request *http.Request }

func (c *context) Param(name string) string   { return "" }
func (c *context) Request() *http.Request     { return c.request }
func (c *context) JSON(code int, i any) error { return nil }
func (c *context) NoContent(code int) error   { return nil }
func (c *context) Get(key string) any         { return nil }
func (c *context) Set(key string, val any)    {}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type HTTPError struct{ Code int }

func (he *HTTPError) Error() string { return "" }

func NewHTTPError(code int, message ...any) *HTTPError { return &HTTPError{Code: code} }

var (
	ErrUnauthorized error = NewHTTPError(http.StatusUnauthorized)
	ErrForbidden    error = NewHTTPError(http.StatusForbidden)
)

type Route struct{}

type Echo struct{}

func New() *Echo { return &Echo{} }

func (e *Echo) Use(middleware ...MiddlewareFunc)                              {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                              {}
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)              {}
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group               { return nil }
func (e *Echo) Match(methods []string, path string, h HandlerFunc, m ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Start(address string) error { return nil }

type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                              {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) Group(prefix string, m ...MiddlewareFunc) *Group               { return nil }
func (g *Group) Match(methods []string, path string, h HandlerFunc, m ...MiddlewareFunc) []*Route {
	return nil
}
