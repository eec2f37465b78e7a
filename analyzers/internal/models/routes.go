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
}

var routerCalls []RouterCall

func init() {
	// chi v5 and v1.5 (the same API); the Mux and its Router interface.
	for _, recv := range []string{
		"(*github.com/go-chi/chi/v5.Mux).", "(github.com/go-chi/chi/v5.Router).",
		"(*github.com/go-chi/chi.Mux).", "(github.com/go-chi/chi.Router).",
	} {
		for _, m := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Trace", "Handle", "HandleFunc", "Mount"} {
			routerCalls = append(routerCalls, RouterCall{Func: recv + m, Kind: RouteRegister, Arg: 1})
		}
		routerCalls = append(routerCalls,
			RouterCall{Func: recv + "Method", Kind: RouteRegister, Arg: 2},
			RouterCall{Func: recv + "MethodFunc", Kind: RouteRegister, Arg: 2},
			RouterCall{Func: recv + "NotFound", Kind: RouteRegister, Arg: 0},
			RouterCall{Func: recv + "MethodNotAllowed", Kind: RouteRegister, Arg: 0},
			RouterCall{Func: recv + "Use", Kind: RouteUse, Arg: 0},
			RouterCall{Func: recv + "With", Kind: RouteDerive, Arg: 0},
			RouterCall{Func: recv + "Group", Kind: RouteDerive, Arg: None},
			RouterCall{Func: recv + "Group", Kind: RouteCallback, Arg: 0},
			RouterCall{Func: recv + "Route", Kind: RouteDerive, Arg: None},
			RouterCall{Func: recv + "Route", Kind: RouteCallback, Arg: 1},
		)
	}
	// gorilla/mux: a route made by the router (r.Methods("GET"),
	// r.PathPrefix("/x").Subrouter()) is matched through it, so the
	// router's middleware wraps the route's handler.
	const gRouter, gRoute = "(*github.com/gorilla/mux.Router).", "(*github.com/gorilla/mux.Route)."
	routerCalls = append(routerCalls,
		RouterCall{Func: gRouter + "Handle", Kind: RouteRegister, Arg: 1},
		RouterCall{Func: gRouter + "HandleFunc", Kind: RouteRegister, Arg: 1},
		RouterCall{Func: gRouter + "Use", Kind: RouteUse, Arg: 0},
		RouterCall{Func: gRoute + "Handler", Kind: RouteRegister, Arg: 0},
		RouterCall{Func: gRoute + "HandlerFunc", Kind: RouteRegister, Arg: 0},
	)
	for _, m := range []string{"NewRoute", "Path", "PathPrefix", "Host", "Methods", "Headers", "HeadersRegexp", "Queries", "Schemes", "MatcherFunc", "Name"} {
		routerCalls = append(routerCalls, RouterCall{Func: gRouter + m, Kind: RouteDerive, Arg: None})
		if m != "NewRoute" {
			routerCalls = append(routerCalls, RouterCall{Func: gRoute + m, Kind: RouteDerive, Arg: None})
		}
	}
	routerCalls = append(routerCalls, RouterCall{Func: gRoute + "Subrouter", Kind: RouteDerive, Arg: None})

	for i := range routerCalls {
		r := &routerCalls[i]
		routerCallByFunc[r.Func] = append(routerCallByFunc[r.Func], r)
	}
}

var routerCallByFunc = map[string][]*RouterCall{}

// RouterCallsFor returns the router rows of a call (chi's Group both
// derives a router and calls back with it).
func RouterCallsFor(fullName string) []*RouterCall { return routerCallByFunc[fullName] }

// routePatterns: the router methods that take a route pattern, by the
// index of the pattern among their arguments (the receiver not counted):
// a registration's own pattern, or a path a derived route matches
// (gorilla/mux's r.Path("/p/{id:[0-9]+}").HandlerFunc(h)).
var routePatterns = map[string]int{}

func init() {
	for _, recv := range []string{
		"(*github.com/go-chi/chi/v5.Mux).", "(github.com/go-chi/chi/v5.Router).",
		"(*github.com/go-chi/chi.Mux).", "(github.com/go-chi/chi.Router).",
	} {
		for _, m := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Trace", "Handle", "HandleFunc"} {
			routePatterns[recv+m] = 0
		}
		routePatterns[recv+"Method"] = 1
		routePatterns[recv+"MethodFunc"] = 1
	}
	const gRouter, gRoute = "(*github.com/gorilla/mux.Router).", "(*github.com/gorilla/mux.Route)."
	for _, f := range []string{gRouter + "Handle", gRouter + "HandleFunc", gRouter + "Path", gRouter + "PathPrefix", gRoute + "Path", gRoute + "PathPrefix"} {
		routePatterns[f] = 0
	}
}

// RoutePatternArg returns the index of the route pattern a router method
// takes (see routePatterns).
func RoutePatternArg(fullName string) (int, bool) {
	i, ok := routePatterns[fullName]
	return i, ok
}

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
