// Package webrouter is an application's own router wrapping chi, in the
// manner of gitea's modules/web (v1.26.0): Get, Post, Group, Combo, Mount
// and AfterRouting forward to chi, handlers and middleware are passed as
// variadic any, and a group's prefix and middleware live in the router
// while its callback runs. Nothing here is modelled by name: the analyzer
// infers each wrapper from its body and exports it as a fact.
package webrouter

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

// Context is the framework's request context: handlers and middleware
// take it alone.
type Context struct {
	*Base
	IsSigned    bool
	Doer        *User // the principal: who asks
	ContextUser *User // the user whose page is shown: not the principal
	Repo        *Repository
}

type Repository struct{ ID int64 }

// CanRead is a permission check.
func (r *Repository) CanRead(u *User) bool { return u != nil } // want CanRead:"check"

// CanReadUnit is a permission check on one unit of the repository.
func (r *Repository) CanReadUnit(unit int) bool { return unit > 0 } // want CanReadUnit:"check"

type Base struct {
	Resp http.ResponseWriter
	Req  *http.Request
}

type User struct {
	ID      int64
	IsAdmin bool
}

func (c *Context) HTTPError(status int, msg ...string) {}
func (c *Context) Redirect(location string)            {}
func (c *Context) JSON(status int, v any)              {}
func (c *Context) NotFound(err error)                  {}
func (c *Context) Written() bool                       { return false }
func (c *Context) ServerError(name string, err error)  {}

// RedirectLinkUserLogin is the sign-in page to send a user to.
func RedirectLinkUserLogin(r *http.Request) string { return "/user/login" }

type Router struct {
	chiRouter      *chi.Mux
	afterRouting   []any
	curGroupPrefix string
	curMiddlewares []any
}

func NewRouter() *Router { return &Router{chiRouter: chi.NewRouter()} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) { r.chiRouter.ServeHTTP(w, req) }

// AfterRouting adds middleware for the routes registered after it.
func (r *Router) AfterRouting(middlewares ...any) { // want AfterRouting:"wrap:use\\(chain=1\\)"
	r.afterRouting = append(r.afterRouting, middlewares...)
}

// Group registers the routes its callback registers under pattern, with
// middlewares.
func (r *Router) Group(pattern string, fn func(), middlewares ...any) { // want Group:"wrap:group\\(pattern=1 chain=3 func=2\\)"
	prevPrefix, prevMiddlewares := r.curGroupPrefix, r.curMiddlewares
	r.curGroupPrefix += pattern
	r.curMiddlewares = append(r.curMiddlewares, middlewares...)
	fn()
	r.curGroupPrefix, r.curMiddlewares = prevPrefix, prevMiddlewares
}

func (r *Router) getPattern(pattern string) string { return r.curGroupPrefix + pattern }

// toHandlerProvider turns any handler into middleware (by reflection in
// gitea).
func toHandlerProvider(h any) func(http.Handler) http.Handler { return nil }

func wrapMiddlewareAndHandler(use, cur, h []any) ([]func(http.Handler) http.Handler, http.HandlerFunc) {
	var all []func(http.Handler) http.Handler
	for _, m := range use {
		all = append(all, toHandlerProvider(m))
	}
	for _, m := range cur {
		all = append(all, toHandlerProvider(m))
	}
	for _, m := range h {
		all = append(all, toHandlerProvider(m))
	}
	return all[:len(all)-1], all[len(all)-1](nil).ServeHTTP
}

// Methods registers h (middleware first, the handler last) for methods.
func (r *Router) Methods(methods, pattern string, h ...any) { // want Methods:"wrap:route\\(method=1 pattern=2 via=.chiRouter chain=3\\)"
	middlewares, handlerFunc := wrapMiddlewareAndHandler(r.afterRouting, r.curMiddlewares, h)
	r.chiRouter.With(middlewares...).Method(methods, r.getPattern(pattern), handlerFunc)
}

func (r *Router) Get(pattern string, h ...any) { r.Methods("GET", pattern, h...) } // want Get:"wrap:route\\(GET pattern=1 chain=2\\)"

func (r *Router) Post(pattern string, h ...any) { r.Methods("POST", pattern, h...) } // want Post:"wrap:route\\(POST pattern=1 chain=2\\)"

func (r *Router) Delete(pattern string, h ...any) { r.Methods("DELETE", pattern, h...) } // want Delete:"wrap:route\\(DELETE pattern=1 chain=2\\)"

// Mount attaches a sub-router along pattern.
func (r *Router) Mount(pattern string, sub *Router) { // want Mount:"wrap:route\\(pattern=1 via=.chiRouter chain=2\\)"
	r.chiRouter.Mount(r.getPattern(pattern), sub.chiRouter)
}

// Combo is a route builder: several methods on one pattern.
type Combo struct {
	r       *Router
	pattern string
	h       []any
}

func (r *Router) Combo(pattern string, h ...any) *Combo { // want Combo:"wrap:builder\\(r=0 pattern=1 h=2\\)"
	return &Combo{r, pattern, h}
}

func (c *Combo) Get(h ...any) *Combo { // want Get:"wrap:route\\(GET pattern=.pattern router=.r chain=.h chain=1\\)"
	c.r.Get(c.pattern, append(c.h, h...)...)
	return c
}

func (c *Combo) Post(h ...any) *Combo { // want Post:"wrap:route\\(POST pattern=.pattern router=.r chain=.h chain=1\\)"
	c.r.Post(c.pattern, append(c.h, h...)...)
	return c
}

func (c *Combo) Delete(h ...any) *Combo { // want Delete:"wrap:route\\(DELETE pattern=.pattern router=.r chain=.h chain=1\\)"
	c.r.Delete(c.pattern, append(c.h, h...)...)
	return c
}

// SetName stores a string in the router: neither a group nor a Use.
func (r *Router) SetName(name string) { r.curGroupPrefix = name }
