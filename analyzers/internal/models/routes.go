package models

import (
	"regexp/syntax"
	"strings"
)

// Routers that run net/http middleware (func(http.Handler) http.Handler) in
// front of the handlers registered on them: chi's Use, With, Group and
// Route, gorilla/mux's Use and subrouters. The xss checks read these rows
// to learn which middleware serves a handler, and so which Content-Type
// its response carries (a route behind a middleware that sets text/plain
// serves no markup). Indexes follow the convention of this package.

// RouterKind is what a router method does with middleware and handlers.
type RouterKind uint8

// The router kinds.
const (
	// RouteRegister registers the handler at Arg: it runs behind the
	// receiver's middleware.
	RouteRegister RouterKind = iota
	// RouteUse adds the middleware at Arg (variadic) in front of every
	// route of the receiver (chi panics on a Use after the first route;
	// gorilla/mux applies its middleware to each matched route).
	RouteUse
	// RouteDerive returns a router (or a route) whose handlers run behind
	// the receiver's middleware and then those at Arg (variadic; None when
	// the call adds none): chi's With, gorilla/mux's Subrouter.
	RouteDerive
	// RouteCallback calls the function at Arg with a router whose
	// handlers run behind the receiver's middleware: chi's Group (an
	// inline router) and Route (a new router mounted on the receiver).
	RouteCallback
)

// RouterCall is a router method that registers a handler, adds middleware
// or makes a router whose routes run behind the receiver's middleware.
type RouterCall struct {
	Func string
	Kind RouterKind
	Arg  int
	// Pattern is the index of the route pattern the call takes (a
	// registration's own, or a path a derived route matches: gorilla/mux's
	// r.Path("/p/{id:[0-9]+}").HandlerFunc(h)), or None.
	Pattern int
}

var routerCalls []RouterCall

func init() {
	row := func(fn string, kind RouterKind, arg, pattern int) RouterCall {
		return RouterCall{Func: fn, Kind: kind, Arg: arg, Pattern: pattern}
	}
	// chi v5 and v1.5 (the same API); the Mux and its Router interface.
	for _, recv := range []string{
		"(*github.com/go-chi/chi/v5.Mux).", "(github.com/go-chi/chi/v5.Router).",
		"(*github.com/go-chi/chi.Mux).", "(github.com/go-chi/chi.Router).",
	} {
		for _, m := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Trace", "Handle", "HandleFunc"} {
			routerCalls = append(routerCalls, row(recv+m, RouteRegister, 1, 0))
		}
		routerCalls = append(routerCalls,
			// A mounted router's pattern constrains the routes below it,
			// which are not followed there.
			row(recv+"Mount", RouteRegister, 1, None),
			row(recv+"Method", RouteRegister, 2, 1),
			row(recv+"MethodFunc", RouteRegister, 2, 1),
			row(recv+"NotFound", RouteRegister, 0, None),
			row(recv+"MethodNotAllowed", RouteRegister, 0, None),
			row(recv+"Use", RouteUse, 0, None),
			row(recv+"With", RouteDerive, 0, None),
			row(recv+"Group", RouteDerive, None, None),
			row(recv+"Group", RouteCallback, 0, None),
			row(recv+"Route", RouteDerive, None, None),
			row(recv+"Route", RouteCallback, 1, None),
		)
	}
	// gorilla/mux: a route made by the router (r.Methods("GET"),
	// r.PathPrefix("/x").Subrouter()) is matched through it, so the
	// router's middleware wraps the route's handler.
	const gRouter, gRoute = "(*github.com/gorilla/mux.Router).", "(*github.com/gorilla/mux.Route)."
	routerCalls = append(routerCalls,
		row(gRouter+"Handle", RouteRegister, 1, 0),
		row(gRouter+"HandleFunc", RouteRegister, 1, 0),
		row(gRouter+"Use", RouteUse, 0, None),
		row(gRoute+"Handler", RouteRegister, 0, None),
		row(gRoute+"HandlerFunc", RouteRegister, 0, None),
	)
	for _, m := range []string{"NewRoute", "Path", "PathPrefix", "Host", "Methods", "Headers", "HeadersRegexp", "Queries", "Schemes", "MatcherFunc", "Name"} {
		pattern := None
		if m == "Path" || m == "PathPrefix" {
			pattern = 0
		}
		routerCalls = append(routerCalls, row(gRouter+m, RouteDerive, None, pattern))
		if m != "NewRoute" {
			routerCalls = append(routerCalls, row(gRoute+m, RouteDerive, None, pattern))
		}
	}
	routerCalls = append(routerCalls, row(gRoute+"Subrouter", RouteDerive, None, None))

	for i := range routerCalls {
		r := &routerCalls[i]
		routerCallByFunc[r.Func] = append(routerCallByFunc[r.Func], r)
	}
}

var routerCallByFunc = map[string][]*RouterCall{}

// RouterCallsFor returns the router rows of a call (chi's Group both
// derives a router and calls back with it).
func RouterCallsFor(fullName string) []*RouterCall { return routerCallByFunc[fullName] }

// RouteVarRegexps returns, for each variable of a chi or gorilla/mux route
// pattern ("/patients/{id:[0-9]+}/notes/{note}"), the regular expression
// its value must match ("" when the pattern gives none: any segment).
// ok is false when the braces do not balance.
func RouteVarRegexps(pattern string) (vars map[string]string, ok bool) {
	vars = map[string]string{}
	for {
		i := strings.IndexByte(pattern, '{')
		if i < 0 {
			return vars, !strings.Contains(pattern, "}")
		}
		depth, j := 0, i
		for ; j < len(pattern); j++ {
			if pattern[j] == '{' {
				depth++
			} else if pattern[j] == '}' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		if j == len(pattern) {
			return nil, false
		}
		name, re, _ := strings.Cut(pattern[i+1:j], ":")
		vars[strings.TrimSpace(name)] = re
		pattern = pattern[j+1:]
	}
}

// SafeRouteRegexp reports whether a route variable's regular expression
// admits only characters safe in an identifier (see AllowListPattern):
// the router anchors it between the pattern's other parts, so its value
// is exactly a match ({id:[0-9]+}, {slug:[a-z0-9-]+}).
func SafeRouteRegexp(re string) bool {
	if re == "" {
		return false
	}
	parsed, err := syntax.Parse(re, syntax.Perl)
	if err != nil {
		return false
	}
	return safeRunes(parsed)
}

// HeaderMiddleware is a library function that returns a middleware
// setting a response header (the header named by the argument Key to the
// argument Val) before it calls the handler it wraps.
type HeaderMiddleware struct {
	Func     string
	Key, Val int
}

var headerMiddleware = map[string]*HeaderMiddleware{}

func init() {
	for _, h := range []HeaderMiddleware{
		{Func: "github.com/go-chi/chi/v5/middleware.SetHeader", Key: 0, Val: 1},
		{Func: "github.com/go-chi/chi/middleware.SetHeader", Key: 0, Val: 1},
	} {
		headerMiddleware[h.Func] = &h
	}
}

// HeaderMiddlewareFor returns the row of a function that makes a
// header-setting middleware, or nil.
func HeaderMiddlewareFor(fullName string) *HeaderMiddleware { return headerMiddleware[fullName] }
