package authz

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// report reports a diagnostic once per rule, position and message: routes
// registered by a function of another package are all reported at its
// call, each with its own message.
func (a *pkgAnalysis) report(d analysis.Diagnostic) {
	key := fmt.Sprintf("%s@%d %s", d.Category, d.Pos, d.Message)
	if a.reports[key] {
		return
	}
	a.reports[key] = true
	a.pass.Report(d)
}

// chain is the middleware that covers a route, and the guards added by a
// Use after the route was registered (gin, echo groups).
func chainOf(rt *route, stop *router) (all, late []mw) {
	all = append(all, rt.own...)
	seq := rt.seq
	for r := rt.r; r != nil; r = r.parent {
		for _, m := range r.mws {
			if rt.skip[m.seq] {
				continue // Used on some paths to the registration only
			}
			if r.ordered && m.seq > seq {
				late = append(late, m)
				continue
			}
			all = append(all, m)
		}
		all = append(all, r.outer...)
		all = append(all, r.cover()...)
		if r.snapshot {
			seq = r.created
		}
		if r == stop {
			break
		}
	}
	return all, late
}

func guards(ms []mw) (authn, authz []mw) {
	for _, m := range ms {
		switch {
		case m.g == nil:
		case m.g.kind == "authz":
			authz = append(authz, m)
		case m.g.kind == "authn":
			authn = append(authn, m)
		}
	}
	return
}

// failOpen returns the middleware in ms that is meant to guard but lets
// requests through (guard kind "fail-open").
func failOpen(ms []mw) []mw {
	var out []mw
	for _, m := range ms {
		if m.g != nil && m.g.kind == "fail-open" {
			out = append(out, m)
		}
	}
	return out
}

func (rt *route) String() string {
	p := rt.r.fullPrefix() + rt.pattern
	if p == "" {
		p = "/"
	}
	if rt.method != "" {
		return rt.method + " " + p
	}
	return p
}

// judge reports the routes of fn's own routers and exports as a fact the
// routes on its router parameters and on a router it returns to other
// packages (see returnedAway).
func (a *pkgAnalysis) judge(fn *ssa.Function, w *walk) {
	var paramRoutes []factRoute
	trees := map[*router][]*route{}
	var roots []*router
	for _, r := range w.routers {
		for _, rt := range r.routes {
			conditionalUses(rt)
		}
	}
	tree := map[*router][]*route{}
	for _, r := range w.routers {
		tree[r.root()] = append(tree[r.root()], r.routes...)
	}
	for _, r := range w.routers {
		root := r.root()
		away := a.returnedAway(fn, root, tree[root])
		for _, rt := range r.routes {
			// A router returned to a caller is judged there: by inlining
			// this function when the caller is in this package, through the
			// fact when it is in another; else here.
			judged := (!root.escapes || !a.calledInPkg[fn]) && !root.elsewhere && !away
			if root.param < 0 && judged {
				if rt.unresolved {
					a.unresolvedAt(rt.pos, rt.why)
				} else {
					a.result.Routes++
				}
			}
			if root.param >= 0 || away {
				param := root.param
				if away {
					param = resultParam
				}
				all, _ := chainOf(rt, root)
				fr := factRoute{Param: param, Method: rt.method, Pattern: r.fullPrefix() + rt.pattern,
					Handler: rt.handler, Touches: rt.acc.String(), Anon: rt.anon.String(), Public: rt.public || a.routePublic(rt),
					Unresolved: rt.unresolved, Pos: typesutil.Position(a.pass.Fset, rt.pos)}
				if rt.remote != "" {
					fr.Pos = rt.remote
				}
				for _, m := range all {
					if m.g.isGuard() {
						fr.Guards = append(fr.Guards, m.g.kind+":"+m.name)
					}
				}
				paramRoutes = append(paramRoutes, fr)
				continue
			}
			if !judged {
				continue // judged where the caller serves it
			}
			if _, ok := trees[root]; !ok {
				roots = append(roots, root)
			}
			trees[root] = append(trees[root], rt)
		}
	}
	if obj, ok := fn.Object().(*types.Func); ok && len(paramRoutes) > 0 {
		f := a.facts[obj]
		if f == nil {
			f = &funcFact{}
			a.facts[obj] = f
		}
		f.Routes = paramRoutes
		a.pass.ExportObjectFact(obj, f)
	}
	for _, root := range roots {
		a.judgeTree(root, trees[root])
	}
}

// returnedAway reports a router that fn makes and returns, unwrapped or
// wrapped in middleware that is no guard (return cors(r)), to callers in
// other packages only (func Routes() http.Handler { r := chi.NewRouter();
// ...; return r }) and that has no say of its own on
// authentication: it is not a server of this package but a sub-router,
// whose guards are decided where a caller mounts or serves it
// (r.Group(func(r chi.Router) { r.Use(auth); r.Mount("/fhir",
// fhir.Routes()) })). Its routes go into fn's fact instead of being judged
// here. A router whose routes carry guards decides its own authentication
// and stays judged here, where its findings point at its registrations; so
// do a router this package also serves, and one returned by a function no
// other package can call.
func (a *pkgAnalysis) returnedAway(fn *ssa.Function, root *router, routes []*route) bool {
	if root.param >= 0 || !root.escapes && !root.wrappedOut || root.elsewhere || root.served.IsValid() || a.calledInPkg[fn] || fn.Parent() != nil {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || !obj.Exported() || obj.Pkg() == nil || obj.Pkg().Name() == "main" {
		return false
	}
	guarding := func(ms []mw) bool {
		for _, m := range ms {
			if m.g.isGuard() || m.g != nil && m.g.kind == "fail-open" {
				return true // a guard, or middleware meant to be one
			}
		}
		return false
	}
	for _, e := range root.exits {
		if guarding(e.ws) {
			return false // returned guarded on another path (if debug { return mux })
		}
	}
	for _, rt := range routes {
		all, late := chainOf(rt, nil)
		if guarding(slices.Concat(all, late, rt.after)) || rt.cond != "" || rt.hfn != nil && a.hasCheckCall(rt.hfn) {
			return false // guarded, on some branches, or in the handler
		}
	}
	return true
}

func (a *pkgAnalysis) routePublic(rt *route) bool {
	full := rt.r.fullPrefix() + rt.pattern
	return rt.public || a.configuredPublic(rt.method, full) || isPublicPattern(full)
}

// judgeTree applies the rules to the routes served by one root router.
func (a *pkgAnalysis) judgeTree(root *router, routes []*route) {
	anyGuard := false
	var data, anon []*route
	for _, rt := range routes {
		all, late := chainOf(rt, nil)
		an, az := guards(all)
		if len(an)+len(az) > 0 {
			anyGuard = true
		}
		if rt.hfn != nil && rt.acc == nil && a.hasCheckCall(rt.hfn) {
			anyGuard = true
		}
		if rt.unresolved || a.routePublic(rt) {
			continue
		}
		if rt.acc == nil && rt.anon != nil && rt.cond == "" && len(an)+len(az) == 0 && len(late) == 0 {
			anon = append(anon, rt)
		}
		if rt.acc == nil {
			continue
		}
		data = append(data, rt)
	}
	if anyGuard {
		// Where no route has a guard, authentication happens where the
		// analysis cannot see it, and may have put the principal there.
		for _, rt := range anon {
			a.reportAnon(rt)
		}
	}
	var missing []*route
	for _, rt := range data {
		all, late := chainOf(rt, nil)
		an, az := guards(all)
		_, lateAz := guards(late)
		lateAn, _ := guards(late)
		lateG := slices.Concat(lateAn, lateAz)
		lateFO := failOpen(late)
		afterAn, afterAz := guards(rt.after)
		switch {
		case len(afterAz) > 0 && len(az) == 0 || len(afterAn) > 0 && len(an)+len(az) == 0:
			m := slices.Concat(afterAz, afterAn)[0]
			a.reportRoute(rt, RuleRouteOrder, fmt.Sprintf("%s has %s after the handler in its chain, and the chain runs in order, so the check runs only once the handler has served the request; put the guard before the handler",
				a.describe(rt), m.name), token.NoPos, "")
		case len(an)+len(az) == 0 && len(lateG) > 0:
			a.reportRoute(rt, RuleRouteOrder, fmt.Sprintf("%s is registered before %s is added with Use, so the guard does not cover it; register the route after Use, or add the guard to its chain",
				a.describe(rt), lateG[0].name), lateG[0].pos, "guard added here")
		case len(an)+len(az) == 0 && len(lateFO) > 0:
			// The middleware meant to guard the group fails open
			// (reported under authz-fail-open); the route registered
			// before its Use would stay outside it once it is fixed.
			a.reportRoute(rt, RuleRouteOrder, fmt.Sprintf("%s is registered before %s is added with Use, so the middleware meant to guard it does not cover it (and it fails open itself); register the route after Use, and make the middleware reject",
				a.describe(rt), lateFO[0].name), lateFO[0].pos, "middleware added here")
		case len(an)+len(az) == 0:
			missing = append(missing, rt)
		case len(az) == 0:
			if a.inconsistent(rt) != "" {
				a.reportRoute(rt, RuleInconsistent, fmt.Sprintf("%s lacks the authorisation guard %s that most routes of its group have; add it, or check permissions in the handler",
					a.describe(rt), a.inconsistent(rt)), token.NoPos, "")
				continue
			}
			if g, p := subtreeGuard(rt, routes); g != "" {
				a.reportRoute(rt, RuleInconsistent, fmt.Sprintf("%s lies under %s, whose router adds the authorisation guard %s, but is registered outside that router and lacks it; register it on that router, or add the guard",
					a.describe(rt), p, g), token.NoPos, "")
				continue
			}
			a.reportRoute(rt, RuleAuthzMissing, fmt.Sprintf("%s is authenticated by %s but nothing checks that the user may do this; add a role or permission guard, check ownership in the handler, or scope the query to the principal",
				a.describe(rt), an[0].name), an[0].pos, "authenticated here")
		}
	}
	if len(missing) == 0 {
		return
	}
	if !anyGuard {
		pos := root.served
		if !pos.IsValid() {
			pos = root.pos
		}
		rt := missing[0]
		a.report(analysis.Diagnostic{
			Pos:      pos,
			Category: RuleAuthnMissing,
			Message: fmt.Sprintf("no authentication or authorisation on any route of this server; %d route(s) reach data, e.g. %s: declare where it happens (settings.authz.authn-guards), add guards, or mark public routes",
				len(missing), a.describe(rt)),
			Related: a.related(rt),
		})
		return
	}
	for _, rt := range missing {
		if rt.hfn != nil && a.partialCheck(rt.hfn) {
			// The handler decides who may do this, but not on every path
			// to the access: the other paths may be scoped by the query
			// (principal scoping, not modelled yet) or open.
			a.reportRoute(rt, RuleAuthzMissing, fmt.Sprintf("%s, and the handler checks authorisation only on some paths to it; check before the access on every path, or scope the query to the principal",
				a.describe(rt)), token.NoPos, "")
			continue
		}
		if a.inconsistent(rt) != "" {
			a.reportRoute(rt, RuleInconsistent, fmt.Sprintf("%s lacks the authorisation guard %s that most routes of its group have; add it, or check permissions in the handler",
				a.describe(rt), a.inconsistent(rt)), token.NoPos, "")
			continue
		}
		if rt.cond != "" {
			a.reportRoute(rt, RuleAuthnMissing, fmt.Sprintf("%s is guarded by %s only on some branches: the guard is conditional on a configuration branch, and the other branches serve it with no authentication or authorisation; guard it on every path",
				a.describe(rt), rt.cond), token.NoPos, "")
			continue
		}
		if m, ok := optionalGuard(rt); ok {
			a.reportRoute(rt, RuleAuthnMissing, fmt.Sprintf("%s has no authentication or authorisation on its path: %s is made with %s, so it lets a request without a credential through; require the credential (drop the option), or add a guard or a check in the handler",
				a.describe(rt), m.name, m.g.off), m.pos, "the guard made optional, applied here")
			continue
		}
		a.reportRoute(rt, RuleAuthnMissing, fmt.Sprintf("%s has no authentication or authorisation on its path; add a guard to its group or chain, check permissions in the handler before the access, or declare it public",
			a.describe(rt)), token.NoPos, "")
	}
}

// optionalGuard returns the modelled guard on rt's chain that was made to
// let a request without a credential through (guardInfo.off), if any.
func optionalGuard(rt *route) (mw, bool) {
	all, _ := chainOf(rt, nil)
	for _, m := range all {
		if m.g != nil && m.g.off != "" {
			return m, true
		}
	}
	return mw{}, false
}

// reportAnon reports a route with no guard whose handler's checks pass a
// request without a principal in its context (see anonTouches).
func (a *pkgAnalysis) reportAnon(rt *route) {
	acc := rt.acc
	rt.acc = rt.anon
	defer func() { rt.acc = acc }()
	a.reportRoute(rt, RuleAuthnMissing, fmt.Sprintf("%s, and a request without credentials gets there: no guard authenticates the route, and the handler's check lets through the zero-valued principal its context lookup returns when none was stored; reject a request without a principal (test the lookup's ok) or add an authentication guard",
		a.describe(rt)), token.NoPos, "")
}

// inconsistent returns the authorisation guard that at least 3 and 75% of
// rt's sibling routes carry on their own chain, when rt lacks it.
func (a *pkgAnalysis) inconsistent(rt *route) string {
	count := map[string]int{}
	n := 0
	for _, s := range rt.r.routes {
		if s.unresolved {
			continue
		}
		n++
		seen := map[string]bool{}
		// A guard misplaced after the handler shows the intent too.
		for _, m := range slices.Concat(s.own, s.after) {
			if m.g != nil && m.g.kind == "authz" && !seen[m.name] {
				seen[m.name] = true
				count[m.name]++
			}
		}
	}
	for _, m := range rt.own {
		if m.g != nil && m.g.kind == "authz" {
			return ""
		}
	}
	best, bestN := "", 0
	for name, c := range count {
		if c >= 3 && 4*c >= 3*n && (c > bestN || c == bestN && name < best) {
			best, bestN = name, c
		}
	}
	return best
}

// describe names a route, its handler and the data access it reaches.
func (a *pkgAnalysis) describe(rt *route) string {
	s := fmt.Sprintf("route %s (handler %s) reaches %s", rt.String(), rt.handler, rt.acc.desc)
	if len(rt.acc.chain) > 0 {
		s += " via " + strings.Join(rt.acc.chain, " → ")
	}
	if rt.remote != "" {
		s += " (registered at " + rt.remote + ")"
	}
	return s
}

func (a *pkgAnalysis) related(rt *route) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if rt.hfn != nil && rt.hfn.Pos().IsValid() && rt.hfn.Pkg == a.ssa.Pkg {
		rel = append(rel, analysis.RelatedInformation{Pos: rt.hfn.Pos(), Message: "handler " + rt.handler})
		if p := a.accessPos(rt.hfn); p.IsValid() {
			rel = append(rel, analysis.RelatedInformation{Pos: p, Message: "data reached here: " + rt.acc.String()})
		}
	}
	return rel
}

func (a *pkgAnalysis) reportRoute(rt *route, rule, msg string, pos token.Pos, what string) {
	rel := a.related(rt)
	if pos.IsValid() && pos != rt.pos {
		rel = append(rel, analysis.RelatedInformation{Pos: pos, Message: what})
	}
	a.report(analysis.Diagnostic{Pos: rt.pos, Category: rule, Message: msg, Related: rel})
}

// accessPos is the position of the first unchecked data access call in fn.
func (a *pkgAnalysis) accessPos(fn *ssa.Function) token.Pos {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if a.callAccess(call.Common()) != nil && !a.checkedBefore(fn, b) && !principalScoped(call.Common()) && !a.checkedAfter(b) {
				return call.Pos()
			}
		}
	}
	return token.NoPos
}

// hasCheckCall reports whether fn calls an authorisation check anywhere.
func (a *pkgAnalysis) hasCheckCall(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && a.isCheckObj(typesutil.Callee(call.Common())) {
				return true
			}
		}
	}
	return false
}

// partialCheck reports whether fn makes an authorisation decision somewhere
// (a check call, or a 401/403 exit on a credential condition) that does not
// protect its data access.
func (a *pkgAnalysis) partialCheck(fn *ssa.Function) bool {
	if a.openChecks[fn] {
		return false // its check lets a request without the credential through
	}
	if a.hasCheckCall(fn) {
		return true
	}
	for _, b := range fn.Blocks {
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || !mentionsCredential(ifi.Cond, 0, map[ssa.Value]bool{}) {
			continue
		}
		for _, s := range b.Succs {
			if a.deniesIn(s) && leaves(s) {
				return true
			}
		}
	}
	return false
}

// leaves reports whether the path from block b returns before it joins
// another: a denial that falls through to the rest of the handler (a 401
// with no return, authz-fail-open's) decides nothing.
func leaves(b *ssa.BasicBlock) bool {
	for i := 0; i < 8 && b != nil; i++ {
		if i > 0 && len(b.Preds) > 1 {
			return false
		}
		switch b.Instrs[len(b.Instrs)-1].(type) {
		case *ssa.Return, *ssa.Panic:
			return true
		}
		if len(b.Succs) != 1 {
			return false
		}
		b = b.Succs[0]
	}
	return false
}
