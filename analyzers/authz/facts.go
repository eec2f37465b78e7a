package authz

import (
	"fmt"
	"strings"
)

// funcFact is what the analyzer knows about a function of an analysed
// package, so that handlers, guards, checks and route registrations in one
// package are recognised in the packages that use them. One fact type per
// object keeps the gob small; every field is optional.
type funcFact struct {
	// Touches is the first data access the function reaches that no
	// authorisation check inside it dominates, with its call chain:
	// "(*sql.DB).QueryContext via (*store.Store).FindByName". Empty when it
	// reaches none.
	Touches string
	// Check: the function is an authorisation check (by name, or because it
	// always runs one whose failure exits or is returned as an error).
	Check bool
	// CtxRead: the function returns what a read of the request's context
	// store gives (auth.FromContext): zero values when nothing was stored.
	CtxRead bool
	// Anon is, for a handler whose checks protect its data (Touches
	// empty), the data access a request without a principal in its
	// context reaches, as Touches: its checks pass a zero principal.
	Anon string
	// Guard is the function's verdict as middleware (or middleware
	// constructor): "authn", "authz", "fail-open" or "".
	Guard string
	// Returns summarises the handler a handler constructor returns: the
	// data access it reaches without a check, as Touches.
	Returns string
	// Routes are registrations on the function's router parameters, and
	// on a router it makes and returns (Param resultParam).
	Routes []factRoute
	// Wrap summarises the function as a router wrapper (see wrapSpec).
	Wrap *wrapSpec
}

// factRoute is one registration on a router parameter or on the returned
// router, relative to it.
type factRoute struct {
	Param      int    // index of the router parameter, or resultParam
	Method     string // "GET", or "" for any method
	Pattern    string // relative to the parameter router
	Handler    string // the handler's name
	Touches    string // as funcFact.Touches, "" when the handler reaches no data
	Anon       string // as funcFact.Anon
	Guards     []string
	Public     bool
	Unresolved bool
	Pos        string // file:line:col of the registration
}

// resultParam is factRoute.Param of a route on the router the function
// makes and returns (func Routes() http.Handler { r := chi.NewRouter();
// ...; return r }): its caller mounts or serves that router, and the routes
// are judged there, with the caller's guards.
const resultParam = -1

func (*funcFact) AFact() {}

func (f *funcFact) String() string {
	var parts []string
	if f.Touches != "" {
		parts = append(parts, "touches("+f.Touches+")")
	}
	if f.Check {
		parts = append(parts, "check")
	}
	if f.CtxRead {
		parts = append(parts, "ctxread")
	}
	if f.Anon != "" {
		parts = append(parts, "anon("+f.Anon+")")
	}
	if f.Guard != "" {
		parts = append(parts, "guard("+f.Guard+")")
	}
	if f.Returns != "" {
		parts = append(parts, "returns("+f.Returns+")")
	}
	if f.Wrap != nil {
		parts = append(parts, "wrap:"+f.Wrap.String())
	}
	for _, r := range f.Routes {
		param := fmt.Sprint(r.Param)
		if r.Param == resultParam {
			param = "result"
		}
		s := fmt.Sprintf("route(%s %s %s", param, strings.TrimSpace(r.Method+" "+r.Pattern), r.Handler)
		if len(r.Guards) > 0 {
			s += " [" + strings.Join(r.Guards, ",") + "]"
		}
		if r.Unresolved {
			s += " unresolved"
		}
		parts = append(parts, s+")")
	}
	return strings.Join(parts, " ")
}

// routes are f's routes, none when f is nil.
func (f *funcFact) routes() []factRoute {
	if f == nil {
		return nil
	}
	return f.Routes
}

func (f *funcFact) empty() bool {
	return f.Touches == "" && !f.Check && !f.CtxRead && f.Anon == "" && f.Guard == "" && f.Returns == "" && len(f.Routes) == 0 && f.Wrap == nil
}
