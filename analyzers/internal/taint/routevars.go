package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Route variables a pattern constrains. A chi or gorilla/mux route
// "/appointments/{id:[0-9]+}" matches only when the segment matches the
// variable's regular expression, so the handler registered there reads
// digits from mux.Vars(r)["id"] or chi.URLParam(r, "id"): request input,
// but checked against an allow-list as surely as a regexp match in the
// handler would check it (models.SafeRouteRegexp). The handler must be
// registered in this package, with a constant pattern (gorilla/mux's
// r.Path(p).HandlerFunc(h) and PathPrefix too), and every registration
// of it must constrain the variable so: one route without the regexp
// and the variable is any segment again. So must every use of it: a
// handler also called by another function, or also used as a value (in a
// middleware, a map), may run under a route that does not. A handler
// registered in another package as well is not seen there.

// routeVars returns the variables the routes of handler fn all constrain
// to safe text (see above), or nil.
func (p *pkgState) routeVars(fn *ssa.Function) map[string]bool {
	if p.routeSafe == nil {
		p.scanRoutes()
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	return p.routeSafe[fn]
}

// scanRoutes fills p.routeSafe from the package's route registrations.
func (p *pkgState) scanRoutes() {
	type regs struct {
		n    int            // registrations seen
		safe map[string]int // per variable, the registrations that constrain it
	}
	seen := map[*ssa.Function]*regs{}
	typesutil.EachCall(p.funcs(), func(_ ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func) {
		for _, row := range models.RouterCallsFor(obj.FullName()) {
			if row.Kind != models.RouteRegister {
				continue
			}
			h := handlerFunc(routerArg(cc, row.Arg))
			if h == nil {
				continue
			}
			r := seen[h]
			if r == nil {
				r = &regs{safe: map[string]int{}}
				seen[h] = r
			}
			r.n++
			for name, re := range routeVarsAt(cc, obj.FullName(), 0) {
				if models.SafeRouteRegexp(re) {
					r.safe[name]++
				}
			}
		}
	})
	p.routeSafe = map[*ssa.Function]map[string]bool{}
	for fn, r := range seen {
		// Each registration is one use of the function as a value (the
		// call's operand, its conversion or its closure).
		if p.calledDirectly(fn) || len(p.funcUses()[fn]) > r.n {
			continue
		}
		for name, n := range r.safe {
			if n == r.n {
				if p.routeSafe[fn] == nil {
					p.routeSafe[fn] = map[string]bool{}
				}
				p.routeSafe[fn][name] = true
			}
		}
	}
}

// maxRouteChain bounds the walk back over a route's derivations.
const maxRouteChain = 8

// routeVarsAt returns the variables of the constant patterns a router call
// and the routes it derives from give (r.PathPrefix("/p/{id:[0-9]+}")
// .Subrouter().HandleFunc("/notes", h)), with their regexps.
func routeVarsAt(cc *ssa.CallCommon, name string, depth int) map[string]string {
	out := map[string]string{}
	if depth > maxRouteChain {
		return out
	}
	for _, row := range models.RouterCallsFor(name) {
		if row.Pattern == models.None {
			continue
		}
		if pat, ok := typesutil.ConstString(routerArg(cc, row.Pattern)); ok {
			if vars, ok := models.RouteVarRegexps(pat); ok {
				for k, v := range vars {
					out[k] = v
				}
			}
		}
		break
	}
	// The receiver, when a derivation made it.
	call, ok := routerRecv(cc).(*ssa.Call)
	if !ok {
		return out
	}
	rc := typesutil.Unbind(&call.Call)
	obj := typesutil.Callee(rc)
	if obj == nil {
		return out
	}
	for _, row := range models.RouterCallsFor(obj.FullName()) {
		if row.Kind == models.RouteDerive {
			for k, v := range routeVarsAt(rc, obj.FullName(), depth+1) {
				if _, dup := out[k]; !dup {
					out[k] = v
				}
			}
			break
		}
	}
	return out
}

// handlerFunc returns the function a handler value registered on a route
// runs: a declared function, a closure, a method value's method, also
// converted to http.HandlerFunc; nil for anything else.
func handlerFunc(v ssa.Value) *ssa.Function {
	if v == nil {
		return nil
	}
	var fn *ssa.Function
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
		if m := boundMethod(fn); m != nil {
			fn = m
		}
	}
	if fn != nil && fn.Origin() != nil {
		fn = fn.Origin()
	}
	return fn
}

// routeVarChecked reports whether a route variable read by name in this
// function (the handler) is constrained by its routes to safe text.
func (s *fnState) routeVarChecked(key ssa.Value) bool {
	name, ok := typesutil.ConstString(key)
	return ok && s.p.routeVars(s.fn)[name]
}

// routeVarsMap reports whether v is the map of a request's route
// variables (gorilla/mux's Vars(r)).
func routeVarsMap(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	obj := typesutil.Callee(&call.Call)
	return obj != nil && models.RouteVarsMap(obj.FullName())
}
