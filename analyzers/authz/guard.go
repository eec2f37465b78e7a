package authz

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// guardInfo is the verdict on a middleware: kind "authn" or "authz" for a
// guard, "fail-open" for a guard-named middleware that lets every request
// through, "" for middleware that is not a guard.
type guardInfo struct {
	kind string
	why  string
	pos  token.Pos // where the fail-open happens
	fix  string    // fail-open: the advice, when not the default
	// rejected: fail-open, where the request was rejected before the
	// next call that lets it through.
	rejected token.Pos
	// cond: no guard, but a helper that wraps its handler in these guards
	// on some ways out only (if debug { return h }).
	cond string
	name string
	// off: a modelled guard made to let a request without a credential
	// through (guardOffOptions), named in its routes' findings.
	off string
	// gated: the middleware of a guard factory rejects only when an option
	// field of the factory's argument is set (gitea's
	// verifyAuthWithOptions(&VerifyOptions{SignInRequired: true})); the
	// verdict is made per call site by atSite.
	gated []gatedReject
}

// gatedReject is a rejection that runs only when options hold.
type gatedReject struct {
	kind  string // authn or authz
	conds []gateCond
}

// gateCond: the field of an option struct must be want. fv indexes the
// inner function's free variables; param the factory's parameters once
// mapped (-1 before).
type gateCond struct {
	fv    int
	param int
	field string
	want  bool
}

func (g *guardInfo) isGuard() bool { return g != nil && (g.kind == "authn" || g.kind == "authz") }

// Framework package paths.
const (
	pkgHTTP    = "net/http"
	pkgGin     = "github.com/gin-gonic/gin"
	pkgEcho    = "github.com/labstack/echo/v4"
	pkgChi     = "github.com/go-chi/chi/v5"
	pkgGorilla = "github.com/gorilla/mux"
	// pocketbase's router (v0.23+), which applications built on
	// pocketbase extend with their own routes.
	pkgPB     = "github.com/pocketbase/pocketbase/tools/router"
	pkgPBHook = "github.com/pocketbase/pocketbase/tools/hook"
	pkgPBCore = "github.com/pocketbase/pocketbase/core"
)

// isHandlerType: http.Handler, http.HandlerFunc, func(w, r), gin's, echo's
// and fiber's handler functions.
func isHandlerType(t types.Type) bool {
	switch typesutil.NamedPath(t) {
	case "net/http.Handler", "net/http.HandlerFunc", pkgGin + ".HandlerFunc", pkgEcho + ".HandlerFunc",
		"github.com/gofiber/fiber/v2.Handler", "github.com/gofiber/fiber/v3.Handler":
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	p := sig.Params()
	switch p.Len() {
	case 2:
		return typesutil.IsNamed(p.At(0).Type(), pkgHTTP, "ResponseWriter") && typesutil.IsNamed(p.At(1).Type(), pkgHTTP, "Request")
	case 1:
		return isCtxType(p.At(0).Type())
	}
	return false
}

// isCtxType: the request context of gin, echo or fiber handlers.
func isCtxType(t types.Type) bool {
	if typesutil.FrameworkCtx(t) || typesutil.NamedPath(t) == pkgPBCore+".RequestEvent" {
		return true
	}
	return typesutil.RequestContext(t)
}

// isMiddlewareSig: one handler in, a handler out.
func isMiddlewareSig(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !isHandlerType(sig.Results().At(0).Type()) {
		return false
	}
	for i := range sig.Params().Len() {
		if isHandlerType(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

func returnsHandler(fn *ssa.Function) bool {
	r := fn.Signature.Results()
	return r.Len() == 1 && isHandlerType(r.At(0).Type())
}

// funcOf resolves a function-typed value to the function it denotes.
func funcOf(v ssa.Value) *ssa.Function {
	for i := 0; i < 8; i++ {
		switch x := v.(type) {
		case *ssa.Function:
			return boundMethod(x)
		case *ssa.MakeClosure:
			if f, ok := x.Fn.(*ssa.Function); ok {
				return boundMethod(f)
			}
			return nil
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return nil
		}
	}
	return nil
}

// boundMethod maps a method value's wrapper (T.m$bound) to the method.
func boundMethod(f *ssa.Function) *ssa.Function {
	if m := typesutil.BoundMethod(f); m != nil {
		return m
	}
	return f
}

// returnedLeaves are the values a function of one result returns, through
// phis.
func returnedLeaves(fn *ssa.Function) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		out = append(out, phiLeaves(ret.Results[0])...)
	}
	return out
}

// returnedFuncs are the functions fn returns (closures, functions, method
// values), looking through conversions.
func returnedFuncs(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, v := range returnedLeaves(fn) {
		if f := funcOf(v); f != nil {
			out = append(out, f)
		}
	}
	return out
}

// returnedServeHTTP: the ServeHTTP methods, of this package, of the
// handler values fn returns.
func (a *pkgAnalysis) returnedServeHTTP(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, v := range returnedLeaves(fn) {
		mi, ok := v.(*ssa.MakeInterface)
		if !ok {
			continue
		}
		if _, isFunc := mi.X.Type().Underlying().(*types.Signature); isFunc {
			continue
		}
		sel := a.prog.MethodSets.MethodSet(mi.X.Type()).Lookup(nil, "ServeHTTP")
		if sel == nil {
			continue
		}
		if m := a.prog.MethodValue(sel); m != nil && m.Blocks != nil && m.Pkg == a.ssa.Pkg {
			out = append(out, m)
		}
	}
	return out
}

func phiLeaves(v ssa.Value) []ssa.Value {
	if p, ok := v.(*ssa.Phi); ok {
		var out []ssa.Value
		for _, e := range p.Edges {
			if _, nested := e.(*ssa.Phi); !nested {
				out = append(out, e)
			}
		}
		return out
	}
	return []ssa.Value{v}
}

// returnedHandler: for a handler constructor (returns a handler, takes
// none), the handler it returns.
func (a *pkgAnalysis) returnedHandler(fn *ssa.Function, depth int) *ssa.Function {
	if fn == nil || fn.Blocks == nil || depth > 3 || !returnsHandler(fn) || isMiddlewareSig(fn.Signature) {
		return nil
	}
	for _, f := range returnedFuncs(fn) {
		if isHandlerType(f.Signature) {
			return f
		}
	}
	return nil
}

// inferGuard decides whether fn, used as middleware or as a middleware
// constructor, is a guard.
func (a *pkgAnalysis) inferGuard(fn *ssa.Function, depth int) *guardInfo {
	if fn == nil || depth > 4 {
		return nil
	}
	if g, ok := a.guard[fn]; ok {
		return g
	}
	a.guard[fn] = nil
	g := a.inferGuard1(fn, depth)
	if g != nil && g.name == "" {
		g.name = funcName(fn)
	}
	a.guard[fn] = g
	return g
}

func (a *pkgAnalysis) inferGuard1(fn *ssa.Function, depth int) *guardInfo {
	if obj, ok := fn.Object().(*types.Func); ok {
		full := obj.Origin().FullName()
		if k, ok := guardModels[full]; ok {
			return &guardInfo{kind: k, why: "modelled", name: typesutil.ShortFuncName(full)}
		}
		if k, ok := configName(a.guards, obj); ok {
			return &guardInfo{kind: k, why: "configured", name: typesutil.ShortFuncName(full)}
		}
		if fn.Blocks == nil || fn.Pkg != a.ssa.Pkg {
			if f := a.funcFactOf(obj); f != nil && f.Guard != "" {
				return &guardInfo{kind: f.Guard, why: "fact", name: typesutil.ShortFuncName(full)}
			}
			return nil
		}
	}
	if fn.Blocks == nil {
		return nil
	}
	// The bare name: a package called "admin" says nothing of the guard.
	top := fn
	for top.Parent() != nil {
		top = top.Parent()
	}
	name := top.Name()
	switch {
	case isMiddlewareSig(fn.Signature):
		for _, inner := range returnedFuncs(fn) {
			if inner.Blocks != nil && inner.Pkg == a.ssa.Pkg {
				if body := a.delegate(inner); body != nil {
					// func(w, r) { m.serveValidated(w, r, next) }: the
					// helper given next is the middleware's body.
					return a.analyzeInner(body, name)
				}
				return a.analyzeInner(inner, name)
			}
		}
		// A handler type that keeps next in a field (return &gate{next}):
		// its ServeHTTP is the middleware's body.
		if ms := a.returnedServeHTTP(fn); len(ms) > 0 {
			return a.analyzeInner(ms[0], name)
		}
		return a.composedGuard(fn, depth)
	case isHandlerType(fn.Signature):
		return a.analyzeInner(fn, name)
	}
	// A constructor: returns a middleware or a context handler, or a
	// pocketbase *hook.Handler whose Func is one.
	r := fn.Signature.Results()
	var inner []*ssa.Function
	switch {
	case r.Len() == 1 && (isMiddlewareSig(r.At(0).Type()) || isHandlerType(r.At(0).Type())):
		inner = returnedFuncs(fn)
	case r.Len() == 1 && typesutil.NamedPath(r.At(0).Type()) == pkgPBHook+".Handler":
		inner = hookFuncs(fn)
	}
	for _, f := range inner {
		if g := a.inferGuard(f, depth+1); g != nil {
			if len(g.gated) > 0 {
				return mapGates(fn, f, g)
			}
			if g.kind == "authn" && isAuthzName(name) {
				// RequireSuperuserAuth built on a generic requireAuth.
				g = &guardInfo{kind: "authz", why: g.why, name: g.name}
			}
			return g
		}
	}
	return nil
}

// composedGuard judges a middleware that wraps the handler it is given in
// other middleware (admin := func(h http.HandlerFunc) http.Handler {
// return authn(auth.RequireRole("admin")(h)) }). Each value it returns
// must be its handler parameter under a chain of middleware calls, whose
// strongest guard is that way out's; a request may take any way out, so
// the weakest decides. A way out that returns the parameter unwrapped, or
// anything but the wrapped parameter, makes it no guard. The guard is
// named by the helper when it has a name, and by the guards of its
// weakest way out when it is a closure.
func (a *pkgAnalysis) composedGuard(fn *ssa.Function, depth int) *guardInfo {
	leaves := returnedLeaves(fn)
	if len(leaves) == 0 {
		return nil
	}
	var weakest, strongest []*guardInfo
	weak, strong := 3, -1
	for _, v := range leaves {
		gs, ok := a.guardChain(fn, v, depth, 0)
		if !ok {
			return nil
		}
		s := 0
		for _, g := range gs {
			s = max(s, guardStrength(g))
		}
		if s < weak {
			weak, weakest = s, gs
		}
		if s > strong {
			strong, strongest = s, gs
		}
	}
	if weak == 0 {
		if strong == 0 {
			return nil
		}
		// Guards on some ways out only: no guard, but a route it wraps
		// is reported as guarded conditionally.
		var names []string
		for _, m := range strongest {
			names = append(names, m.name)
		}
		return &guardInfo{why: "conditional", cond: strings.Join(names, " and ")}
	}
	g := &guardInfo{kind: "authn", why: "composed"}
	if weak == 2 {
		g.kind = "authz"
	}
	if fn.Parent() != nil {
		var names []string
		for _, m := range weakest {
			names = append(names, m.name)
		}
		g.name = strings.Join(names, " and ")
	}
	return g
}

func guardStrength(g *guardInfo) int {
	switch {
	case !g.isGuard():
		return 0
	case g.kind == "authz":
		return 2
	}
	return 1
}

// guardChain follows v, a value fn returns, through middleware calls down
// to fn's handler parameter, and returns the guards applied on the way;
// ok is false when v is not fn's parameter so wrapped.
func (a *pkgAnalysis) guardChain(fn *ssa.Function, v ssa.Value, depth, n int) ([]*guardInfo, bool) {
	if n > 8 {
		return nil, false
	}
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Parameter:
		return nil, paramIndex(fn, x) >= 0 && isHandlerType(x.Type())
	case *ssa.MakeClosure:
		// A handler written in place around fn's parameter, which it
		// captures (RequireAdmin returning RequireAuth(http.HandlerFunc(
		// func(w, r) { role check; next.ServeHTTP(w, r) }))): its body is
		// middleware, judged as a returned closure is.
		inner, _ := x.Fn.(*ssa.Function)
		if inner == nil || inner.Blocks == nil || !isHandlerType(x.Type()) && !isHandlerType(v.Type()) {
			return nil, false
		}
		wraps := false
		for _, b := range x.Bindings {
			if p, ok := heldValue(b).(*ssa.Parameter); ok && paramIndex(fn, p) >= 0 && isHandlerType(p.Type()) {
				wraps = true
			}
		}
		if !wraps {
			return nil, false
		}
		top := fn
		for top.Parent() != nil {
			top = top.Parent()
		}
		if g := a.analyzeInner(inner, top.Name()); g.isGuard() {
			return []*guardInfo{g}, true
		}
		return nil, true
	case *ssa.Call:
		cc := &x.Call
		if cc.IsInvoke() || !isMiddlewareSig(cc.Value.Type()) {
			return nil, false
		}
		args := cc.Args
		if obj := typesutil.Callee(cc); obj != nil && obj.Signature().Recv() != nil && len(args) == obj.Signature().Params().Len()+1 {
			args = args[1:]
		}
		for _, arg := range args {
			if !isHandlerType(arg.Type()) {
				continue
			}
			gs, ok := a.guardChain(fn, arg, depth, n+1)
			if !ok {
				return nil, false
			}
			if g, _ := a.resolveMW(typesutil.Captured(cc.Value)); g.isGuard() {
				gs = append([]*guardInfo{g}, gs...)
			}
			return gs, true
		}
	}
	return nil, false
}

// hookFuncs are the functions stored into the Func field of the
// pocketbase hook.Handler a constructor builds: a closure, or the result of
// a handler constructor (requireAuth(names...)).
func hookFuncs(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok || typesutil.NamedPath(fa.X.Type()) != pkgPBHook+".Handler" {
				continue
			}
			if s, ok := deref(fa.X.Type()).Underlying().(*types.Struct); !ok || s.Field(fa.Field).Name() != "Func" {
				continue
			}
			if f := funcOf(st.Val); f != nil {
				out = append(out, f)
			} else if c, ok := st.Val.(*ssa.Call); ok {
				if callee := c.Call.StaticCallee(); callee != nil {
					out = append(out, callee)
				}
			}
		}
	}
	return out
}

// analyzeInner judges the function that handles the request inside a
// middleware: where it calls next, and where it rejects.
func (a *pkgAnalysis) analyzeInner(fn *ssa.Function, name string) *guardInfo {
	var nexts, rejects, hides []site
	// The request context: the only parameter of a context handler, after
	// the receiver of a method (func (s *Service) requireAdmin(c *gin.Context)).
	// Methods are judged by the chain of their own calls (next), as before,
	// except for gin's abort rule below.
	var ctx *ssa.Parameter
	if fn.Signature.Params().Len() == 1 && len(fn.Params) > 0 && isCtxType(fn.Params[len(fn.Params)-1].Type()) {
		ctx = fn.Params[len(fn.Params)-1]
	}
	ctxStyle := ctx != nil && len(fn.Params) == 1
	returnsErr := fn.Signature.Results().Len() == 1 && typesutil.NamedPath(fn.Signature.Results().At(0).Type()) == "" &&
		fn.Signature.Results().At(0).Type().String() == "error"
	authz, viaHelper := false, false
	codes := map[int64]bool{}
	for _, b := range fn.Blocks {
		for i, instr := range b.Instrs {
			switch x := instr.(type) {
			case ssa.CallInstruction:
				cc := x.Common()
				if a.isNextCall(cc) {
					nexts = append(nexts, site{b, i})
					continue
				}
				if code, ok := rejectCode(cc); ok {
					rejects = append(rejects, site{b, i})
					if obj := typesutil.Callee(cc); obj == nil || obj.Origin().FullName() != "(*"+pkgGin+".Context).Abort" {
						codes[code] = true // c.Abort() says nothing of the answer
					}
				} else if answersNotFound(cc) {
					hides = append(hides, site{b, i})
				} else if ctxStyle && a.helperRejects(cc, ctx, 0) {
					// A helper given the request context that rejects
					// after a failed check (gitea's RepoAssignment calls
					// repoAssignment(ctx, repo)).
					viaHelper = true
				}
			case *ssa.If:
				if a.dependsOnCheck(x.Cond, 0, map[ssa.Value]bool{}) {
					authz = true
				}
			case *ssa.Return:
				if returnsErr && len(x.Results) == 1 && isRejectErr(x.Results[0]) {
					rejects = append(rejects, site{b, i})
				}
			}
		}
	}
	// A 404 that hides the resource from whoever fails an authorisation
	// check (gitea's RequireUnitReader: if !CanRead { NotFound }) rejects
	// too; a 404 for a missing record does not.
	gatedPass := ctxStyle && len(hides) > 0 && a.passesOnlyChecked(fn, hides)
	for _, h := range hides {
		if gatedPass || a.checkControlled(fn, h.b) {
			rejects = append(rejects, h)
			codes[404] = true
		}
	}
	if returnsErr {
		// echo and fiber: returning a non-nil error without calling next
		// rejects the request.
		for _, b := range fn.Blocks {
			if b == fn.Recover {
				continue // the deferred recovery's return, not a rejection
			}
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || len(ret.Results) != 1 {
				continue
			}
			if c, ok := ret.Results[0].(*ssa.Const); ok && c.IsNil() {
				continue
			}
			if c, ok := ret.Results[0].(*ssa.Call); ok && (a.isNextCall(&c.Call) || answersSuccess(&c.Call)) {
				continue // next, or a successful answer (a CORS preflight's 204)
			}
			// Any error rejects the request; only an error returned on a
			// path that depends on a credential check is a guard's.
			if !reachesSite(b, nexts) && len(nexts) > 0 && !containsSite(rejects, b) && credentialControlled(fn, b) {
				rejects = append(rejects, site{b, len(b.Instrs) - 1})
			}
		}
	}
	if !returnsErr && !ctxStyle && len(nexts) > 0 {
		rejects = append(rejects, answeredFailures(fn, nexts, rejects)...)
	}
	isGin := ctx != nil && typesutil.NamedPath(ctx.Type()) == pkgGin+".Context"
	if isGin {
		// gin runs the rest of the chain when a middleware returns unless
		// it aborted: a 403 written with c.JSON and a return lets the
		// request through. With an explicit c.Next() it is middleware that
		// fails open; without one (a handler or a middleware continued
		// implicitly) such a write is no rejection.
		kept := rejects[:0:0]
		for _, r := range rejects {
			if ret, open := a.ginUnaborted(fn, ctx, r); open {
				if _, live := a.ginLiveNext(fn, ctx, r, nexts); live {
					// c.JSON(401, ...) then c.Next(): judged below, as
					// a rejection followed by next.
					kept = append(kept, r)
					continue
				}
				if len(nexts) > 0 {
					code, _ := rejectCode(r.b.Instrs[r.i].(ssa.CallInstruction).Common())
					pos := ret.Pos()
					if !pos.IsValid() {
						pos = r.b.Instrs[r.i].Pos()
					}
					what := "rejects the request"
					if code != 0 {
						what = fmt.Sprintf("answers %d", code)
					}
					return &guardInfo{kind: "fail-open", why: what + " and returns without aborting, and gin runs the rest of the chain after a middleware returns",
						pos: pos, fix: "rejecting in gin requires c.Abort: answer with c.AbortWithStatusJSON(code, ...) or call c.Abort() before returning"}
				}
				continue
			}
			kept = append(kept, r)
		}
		rejects = kept
	}
	if len(nexts) == 0 && !ctxStyle {
		return nil
	}
	after := func(r, n site) bool {
		if r.b == n.b {
			return n.i > r.i
		}
		return reaches(r.b, n.b)
	}
	for _, r := range rejects {
		for _, n := range nexts {
			if !after(r, n) {
				continue
			}
			// Reported at the next call that lets the rejected request
			// through, as the other ways of failing open are.
			if !isGin {
				return &guardInfo{kind: "fail-open", why: "rejects the request but then calls the next handler anyway", pos: n.b.Instrs[n.i].Pos(),
					rejected: r.b.Instrs[r.i].Pos()}
			}
			if !a.ginAbortsBefore(fn, ctx, r, n) {
				// After c.Abort*, c.Next() runs nothing: only a
				// rejection that leaves the chain live fails open.
				return &guardInfo{kind: "fail-open", why: "rejects the request but then calls the next handler anyway", pos: n.b.Instrs[n.i].Pos(),
					rejected: r.b.Instrs[r.i].Pos(),
					fix:      "answer with c.AbortWithStatusJSON(code, ...) and return, and call c.Next() only when the check passes"}
			}
		}
	}
	if n, ok := errDenyList(fn, nexts, rejects); ok {
		return &guardInfo{kind: "fail-open", why: "rejects only some kinds of failure of its check (errors.Is(err, ...), err == ...) and calls the next handler on the others, so an unexpected error lets the request through", pos: n.b.Instrs[n.i].Pos(),
			fix: "reject every failure (err != nil), and call next only when the check passes"}
	}
	if n, ok := nextOnFailedCredential(fn, nexts, rejects); ok && len(rejects) > 0 {
		// if err != nil { log.Printf(...); next.ServeHTTP(w, r); return }:
		// whoever fails the verification goes on, so the rejections on
		// later branches guard nothing. Named like a guard, or for the
		// authentication it performs (AuthSession, JWTAuth), it fails
		// open: its own rejection shows it is meant to keep requests out.
		// Otherwise (LoadUser) it is an optional authentication, no guard.
		if isStrictGuardName(name) || isAuthnName(name) {
			return &guardInfo{kind: "fail-open", why: "calls the next handler when the credential check fails", pos: n.b.Instrs[n.i].Pos(),
				fix: "answer 401 when the check fails, and call next only when it passes"}
		}
		return nil
	}
	pos, open, login := a.absentPass(fn, nexts, rejects)
	if open {
		// got := c.GetHeader("X-Api-Key"); if got != "" && !valid(got) {
		// 401 }; next: a request without the key goes on. Passing
		// nothing on, the check is there only to reject, and fails open;
		// passing on what it found (the claims of a valid token) makes it
		// an optional authentication, no guard, unless named to require.
		if !marksRequestOrContext(fn, ctxValue(ctx), nexts) || isStrictGuardName(name) {
			return &guardInfo{kind: "fail-open", why: "calls the next handler when the request carries no credential, checking the credential only when one is sent", pos: pos,
				fix: "answer 401 when the credential is missing, as when it is wrong"}
		}
		return nil
	}
	if login {
		// It logs in whoever brings the credential and never passes such
		// a request on: no guard of next, which judges the others.
		return nil
	}
	if gated := a.gatedRejects(fn, rejects); len(gated) > 0 {
		return &guardInfo{why: "rejects only when an option of its factory is set", gated: gated}
	}
	if len(rejects) == 0 && viaHelper && len(nexts) == 0 {
		return &guardInfo{kind: "authz", why: "inferred: a helper it calls rejects after a failed check"}
	}
	if len(rejects) == 0 {
		if len(nexts) > 0 && isStrictGuardName(name) && everyPathCalls(fn, nexts[0].b, func(b *ssa.BasicBlock) bool {
			for _, n := range nexts {
				if n.b == b {
					return true
				}
			}
			return false
		}) {
			// Reported where it falls through: the call of next on the
			// branch where the verification failed, or else the first.
			pos := nexts[0].b.Instrs[nexts[0].i].Pos()
			if n, ok := nextOnFailedCredential(fn, nexts, nil); ok {
				pos = n.b.Instrs[n.i].Pos()
			}
			return &guardInfo{kind: "fail-open", why: "calls the next handler on every path and never rejects", pos: pos}
		}
		// Named for its authentication (APIKeyAuth), it calls next when
		// the credential check fails, and the same way when it passes:
		// the check decides nothing. (An optional authentication marks
		// the request it passes on when the check passes.)
		if n, ok := nextOnFailedCredential(fn, nexts, nil); ok && isAuthnName(name) && passesOnUnmarked(fn, ctx, nexts) {
			return &guardInfo{kind: "fail-open", why: "calls the next handler when the credential check fails", pos: n.b.Instrs[n.i].Pos(),
				fix: "answer 401 when the check fails, and call next only when it passes"}
		}
		return nil
	}
	if ctxStyle && len(nexts) == 0 {
		// gin: a middleware that aborts on some path and returns normally
		// on another.
		// Its rejection must depend on a credential: a feature switch that
		// answers 403 is not a guard.
		cred := viaHelper || gatedPass
		for _, r := range rejects {
			if credentialControlled(fn, r.b) || a.checkControlled(fn, r.b) {
				cred = true
			}
		}
		if !cred {
			return nil
		}
		conditional := viaHelper
		for _, b := range fn.Blocks {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); !ok {
				continue
			}
			hit := false
			for _, r := range rejects {
				if r.b == b || r.b.Dominates(b) {
					hit = true
				}
			}
			if !hit {
				conditional = true
			}
		}
		if !conditional {
			return nil
		}
	}
	kind := "authn"
	// A middleware that answers only 403 (never 401 or a redirect to a
	// login page) decides permissions.
	if authz || isAuthzName(name) || codes[403] && len(codes) == 1 || codes[404] {
		kind = "authz"
	}
	return &guardInfo{kind: kind, why: "inferred"}
}

// nextOnFailedCredential returns a call of next that runs only when a
// credential verification failed: a block that an If on the error result
// of a credential call (claims, err := verify(r); err != nil) leads to on
// its failing branch, with no rejection on the way.
func nextOnFailedCredential(fn *ssa.Function, nexts, rejects []site) (site, bool) {
	for _, n := range nexts {
		for _, c := range controlling(fn, n.b) {
			if !failedCredential(c) {
				continue
			}
			rejected := false
			for _, r := range rejects {
				if r.b == n.b && r.i < n.i || r.b != n.b && reaches(r.b, n.b) && reaches(c.ifi.Block(), r.b) {
					rejected = true
				}
			}
			if !rejected {
				return n, true
			}
		}
	}
	return site{}, false
}

// ctxValue is the context parameter as a value: nil, not a nil
// *ssa.Parameter, when there is none.
func ctxValue(ctx *ssa.Parameter) ssa.Value {
	if ctx == nil {
		return nil
	}
	return ctx
}

// passesOnUnmarked reports whether every call of the next handler passes
// on what the middleware was given, unmarked: the same request in
// net/http (sameNextArgs), the same context in echo or gin with nothing
// set on it (an optional authentication sets the user it found).
func passesOnUnmarked(fn *ssa.Function, ctx *ssa.Parameter, nexts []site) bool {
	if ctx == nil {
		return sameNextArgs(fn, nexts)
	}
	return len(nexts) > 0 && nextArgsOnly(nexts, func(a ssa.Value) bool { return a == ssa.Value(ctx) }, nil) &&
		!marksRequestOrContext(fn, ctx, nexts)
}

// sameNextArgs reports whether fn calls a net/http next at each of nexts
// with its own request (next.ServeHTTP(w, r)): nothing a check found is
// passed on. A framework's context (c.Next()) may carry what a check
// stored in it, so it does not count.
func sameNextArgs(fn *ssa.Function, nexts []site) bool {
	own := func(a ssa.Value) bool {
		p, ok := a.(*ssa.Parameter)
		return ok && p.Parent() == fn
	}
	return nextArgsOnly(nexts, own, func(a ssa.Value) bool { return typesutil.IsRequestPtr(a.Type()) }) && !marksRequest(fn)
}

// nextArgsOnly reports whether every call of the next handler at nexts
// passes, besides constants, only values that pass (after conversions),
// and, when need is not nil, one that need accepts.
func nextArgsOnly(nexts []site, pass, need func(ssa.Value) bool) bool {
	for _, n := range nexts {
		call, ok := n.b.Instrs[n.i].(ssa.CallInstruction)
		if !ok {
			return false
		}
		needed := need == nil
		for _, a := range call.Common().Args {
			if _, isConst := a.(*ssa.Const); !isConst && !pass(typesutil.Unconvert(a)) {
				return false
			}
			if need != nil && need(a) {
				needed = true
			}
		}
		if !needed {
			return false
		}
	}
	return true
}

// addrUnder reports whether the address a is a field path under the
// pointer p (&p.Header, &p.URL.Path).
func addrUnder(a, p ssa.Value) bool {
	for range 8 {
		fa, ok := a.(*ssa.FieldAddr)
		if !ok {
			return false
		}
		if fa.X == p {
			return true
		}
		a = fa.X
		if u, ok := a.(*ssa.UnOp); ok && u.Op == token.MUL {
			a = u.X // through a pointer field: *(&p.URL)
		}
	}
	return false
}

// marksRequest reports whether fn writes into the request it was given:
// a store under it, or a Set, Add or Del of its header map (an optional
// authentication that marks the request in place, r.Header.Set("X-User",
// id), passes on what its check found).
func marksRequest(fn *ssa.Function) bool {
	var req ssa.Value
	for _, p := range fn.Params {
		if typesutil.IsRequestPtr(p.Type()) {
			req = p
		}
	}
	if req == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				if addrUnder(in.Addr, req) {
					return true
				}
			case ssa.CallInstruction:
				cc := in.Common()
				obj := typesutil.Callee(cc)
				if obj == nil || len(cc.Args) == 0 || obj.Signature().Recv() == nil || !typesutil.IsNamed(obj.Signature().Recv().Type(), "net/http", "Header") {
					continue
				}
				switch obj.Name() {
				case "Set", "Add", "Del":
					if load, ok := cc.Args[0].(*ssa.UnOp); ok {
						if addrUnder(load.X, req) {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// failedCredential reports a control that holds when a credential check
// failed: a verification's error (failedErr) or a comparison of texts
// (failedCompare) about a credential, or a constant-time comparison,
// which compares secrets whatever they are called.
func failedCredential(c control) bool {
	fail, secret := failedCompare(c)
	if secret {
		return fail
	}
	return (fail || failedErr(c)) && mentionsCredential(c.ifi.Cond, 0, map[ssa.Value]bool{})
}

// failedCompare reports a control that holds when a comparison failed:
// got != key taken true, a comparing function of the model table
// (models.CompareFunc) saying "different": hmac.Equal(a, b) or
// bytes.Equal taken false, subtle.ConstantTimeCompare(a, b) != 1 taken
// true. secret: the comparison is a constant-time one.
func failedCompare(c control) (fail, secret bool) {
	switch cond := c.ifi.Cond.(type) {
	case *ssa.Call:
		if obj := typesutil.Callee(&cond.Call); obj != nil {
			if constTime, ok := models.CompareFunc(obj.FullName()); ok && isBool(cond.Type()) {
				return !c.want, constTime
			}
		}
	case *ssa.BinOp:
		if cond.Op != token.NEQ && cond.Op != token.EQL {
			return false, false
		}
		x, y := cond.X, cond.Y
		if _, ok := x.(*ssa.Const); ok {
			x, y = y, x
		}
		if k, ok := y.(*ssa.Const); ok {
			call, ok := x.(*ssa.Call)
			if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
				return false, false
			}
			obj := typesutil.Callee(&call.Call)
			if obj == nil {
				return false, false
			}
			constTime, isCompare := models.CompareFunc(obj.FullName())
			eq, isInt := models.CompareEqualInt(obj.FullName())
			n, exact := constant.Int64Val(k.Value)
			if !isCompare || !isInt || !exact {
				return false, false
			}
			var equal bool // whether the condition holds when they are equal
			switch {
			case n == eq:
				equal = cond.Op == token.EQL
			case constTime && (n == 0 || n == 1):
				equal = cond.Op == token.NEQ // ConstantTimeCompare answers only 1 or 0
			default:
				return false, false // strings.Compare(a, b) == 1: an order, not a check
			}
			return c.want != equal, constTime
		}
		if b, ok := x.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return c.want == (cond.Op == token.NEQ), false
		}
	}
	return false, false
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// failedErr reports a control that holds when an error result is non-nil:
// err != nil taken true, err == nil taken false.
func failedErr(c control) bool {
	bin, ok := c.ifi.Cond.(*ssa.BinOp)
	if !ok || bin.Op != token.NEQ && bin.Op != token.EQL {
		return false
	}
	x, y := bin.X, bin.Y
	if k, ok := x.(*ssa.Const); ok && k.IsNil() {
		x, y = y, x
	}
	if k, ok := y.(*ssa.Const); !ok || !k.IsNil() {
		return false
	}
	if !types.Identical(x.Type(), types.Universe.Lookup("error").Type()) {
		return false
	}
	// The error of a call: its only result (err := verify(tok)) or one
	// of several.
	switch x := x.(type) {
	case *ssa.Extract:
		if _, ok := x.Tuple.(*ssa.Call); !ok {
			return false
		}
	case *ssa.Call:
	default:
		return false
	}
	return c.want == (bin.Op == token.NEQ)
}

// site is an instruction by block and index.
type site struct {
	b *ssa.BasicBlock
	i int
}

func containsSite(sites []site, b *ssa.BasicBlock) bool {
	for _, s := range sites {
		if s.b == b {
			return true
		}
	}
	return false
}

// everyPathCalls: no return is reachable from the entry without passing a
// block where isNext holds.
func everyPathCalls(fn *ssa.Function, _ *ssa.BasicBlock, isNext func(*ssa.BasicBlock) bool) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || isNext(b) {
			continue
		}
		seen[b] = true
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return false
		}
		stack = append(stack, b.Succs...)
	}
	return true
}

// isNextCall: a call of the next handler: next.ServeHTTP, next(w, r),
// next(c) (echo), c.Next() (gin, fiber).
func (a *pkgAnalysis) isNextCall(cc *ssa.CallCommon) bool {
	if cc.IsInvoke() {
		return cc.Method.Name() == "ServeHTTP" || cc.Method.Name() == "Next" && isCtxType(cc.Value.Type())
	}
	if callee := cc.StaticCallee(); callee != nil {
		obj, _ := callee.Object().(*types.Func)
		if obj == nil {
			return false
		}
		full := obj.Origin().FullName()
		return full == "(net/http.HandlerFunc).ServeHTTP" || full == "(*"+pkgGin+".Context).Next" ||
			full == "(github.com/gofiber/fiber/v3.Ctx).Next" ||
			full == "(*"+pkgPBHook+".Event).Next" ||
			strings.HasPrefix(full, "(*github.com/gofiber/fiber/v2.Ctx).Next")
	}
	// A call of a function value: the next handler when it has a handler's
	// type and is not defined in the function.
	switch v := cc.Value.(type) {
	case *ssa.FreeVar, *ssa.Parameter:
		return isHandlerType(v.Type())
	case *ssa.UnOp:
		switch v.X.(type) {
		case *ssa.FreeVar, *ssa.Alloc, *ssa.FieldAddr:
			return isHandlerType(v.Type())
		}
	case *ssa.Field:
		return isHandlerType(v.Type())
	}
	return false
}

// rejectCode: a call that answers 401 or 403 (the code), aborts a gin
// chain or redirects to a login page (code 0).
func rejectCode(cc *ssa.CallCommon) (int64, bool) {
	for _, arg := range cc.Args {
		if n, ok := typesutil.ConstInt(arg); ok && (n == 401 || n == 403) {
			return n, true
		}
	}
	if obj := typesutil.Callee(cc); obj != nil {
		full := obj.Origin().FullName()
		for _, w := range words(obj.Name()) {
			switch w {
			case "unauthorized", "unauthenticated", "unauthorised":
				return 401, true
			case "forbidden":
				return 403, true
			}
		}
		switch {
		case full == "net/http.Redirect":
			return 0, true
		case hasWord(obj.Name(), "redirect") && redirectsToLogin(cc.Args):
			return 0, true
		case strings.HasPrefix(full, "(*"+pkgGin+".Context).Abort"):
			return 0, true
		}
	}
	return 0, false
}

// answeredFailures returns the answers of a net/http middleware's handler
// that reject without a status of their own: a block entered only when a
// credential check failed, which writes a response (through a helper:
// response.JSON(w, r, authFailure)) and returns without reaching next, as
// Fever's protocol answers 200 with "auth": 0. A block that sets another
// status (429, 400, 500) is no rejection of the credential.
func answeredFailures(fn *ssa.Function, nexts, rejects []site) []site {
	var w *ssa.Parameter
	for _, p := range fn.Params {
		if typesutil.IsNamed(p.Type(), "net/http", "ResponseWriter") {
			w = p
		}
	}
	if w == nil {
		return nil
	}
	var out []site
	for _, b := range fn.Blocks {
		if b == fn.Recover || containsSite(rejects, b) || !credentialControlled(fn, b) {
			continue
		}
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); !ok {
			continue
		}
		if reachesSite(b, nexts) {
			continue
		}
		write, other := -1, false
		for i, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			for _, a := range cc.Args {
				if n, ok := typesutil.ConstInt(a); ok && n >= 100 && n < 600 && n != 200 {
					other = true // an answer of its own kind
				}
			}
			if cc.IsInvoke() && typesutil.Unconvert(cc.Value) == ssa.Value(w) && cc.Method.Name() == "Header" {
				continue
			}
			for _, a := range typesutil.CallArgs(cc) {
				if typesutil.Unconvert(a) == ssa.Value(w) && write < 0 {
					write = i
				}
			}
		}
		if write >= 0 && !other {
			out = append(out, site{b, write})
		}
	}
	return out
}

// reachesSite reports whether a path from b (b included) reaches one of
// the sites.
func reachesSite(b *ssa.BasicBlock, sites []site) bool {
	for _, n := range sites {
		if reaches(b, n.b) {
			return true
		}
	}
	return false
}

// isRejectErr: echo.ErrUnauthorized, fiber.ErrForbidden and the like.
func isRejectErr(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if u, ok := v.(*ssa.UnOp); ok {
		if g, ok := u.X.(*ssa.Global); ok {
			n := strings.ToLower(g.Name())
			return strings.Contains(n, "unauthorized") || strings.Contains(n, "forbidden") || strings.Contains(n, "unauthenticated")
		}
	}
	return false
}

// reportFailOpen reports a guard that lets requests through.
func (a *pkgAnalysis) reportFailOpen(fn *ssa.Function, g *guardInfo) {
	pos := g.pos
	if !pos.IsValid() {
		pos = fn.Pos()
	}
	fix := g.fix
	if fix == "" {
		fix = "return after rejecting, and call next only when the check passes"
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: RuleFailOpen,
		Message:  "middleware " + funcName(fn) + " fails open: it " + g.why + "; " + fix,
	}
	if g.rejected.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: g.rejected, Message: "rejected here, without returning"}}
	}
	a.report(d)
}

// credentialControlled reports whether an If on a credential, session,
// token, user, role or policy value decides whether block b runs.
func credentialControlled(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, c := range controlling(fn, b) {
		if mentionsCredential(c.ifi.Cond, 0, map[ssa.Value]bool{}) {
			return true
		}
	}
	return false
}

// control is an If that decides whether a block runs: the block runs only
// when the condition is want.
type control struct {
	ifi  *ssa.If
	want bool
}

// controlling returns the Ifs in blocks dominating b one of whose branches
// leads to b and the other cannot reach it.
func controlling(fn *ssa.Function, b *ssa.BasicBlock) []control {
	var out []control
	for _, d := range fn.Blocks {
		if d == b || !d.Dominates(b) {
			continue
		}
		if c, ok := decides(d, b); ok {
			out = append(out, c)
		}
	}
	return out
}

// delegate returns the function of this package to which a middleware's
// handler hands its whole work, next included (func(w, r) {
// m.serveValidated(w, r, next) }), when the handler calls next nowhere
// itself: that function is the middleware's body. Else nil.
func (a *pkgAnalysis) delegate(inner *ssa.Function) *ssa.Function {
	var body *ssa.Function
	for _, b := range inner.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			if a.isNextCall(cc) {
				return nil
			}
			g := cc.StaticCallee()
			if g == nil || g.Pkg != a.ssa.Pkg || g.Blocks == nil {
				continue
			}
			for _, arg := range cc.Args {
				if u, ok := arg.(*ssa.UnOp); ok && u.Op == token.MUL {
					arg = u.X // a captured variable, read
				}
				switch arg.(type) {
				case *ssa.FreeVar, *ssa.Parameter:
					if isHandlerType(typesutil.Deref(arg.Type())) {
						if body != nil && body != g {
							return nil
						}
						body = g
					}
				}
			}
		}
	}
	return body
}

// decides returns the If that ends block d when one of its branches
// leads to b and the other cannot reach it.
func decides(d, b *ssa.BasicBlock) (control, bool) {
	if len(d.Instrs) == 0 || len(d.Succs) != 2 {
		return control{}, false
	}
	ifi, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
	if !ok {
		return control{}, false
	}
	t, f := reaches(d.Succs[0], b), reaches(d.Succs[1], b)
	return control{ifi, t}, t != f
}

// gatedRejects returns the credential rejections of fn that run only when
// a field of an option struct captured from its factory is set (true):
// the option turns the guard on. Rejections that run whenever an option is
// unset are the factory's defaults, not what makes it a guard.
func (a *pkgAnalysis) gatedRejects(fn *ssa.Function, rejects []site) []gatedReject {
	if len(fn.FreeVars) == 0 {
		return nil
	}
	var out []gatedReject
	for _, r := range rejects {
		var conds []gateCond
		on, cred, authz := false, false, false
		for _, c := range controlling(fn, r.b) {
			if fv, field, neg, ok := optionField(fn, c.ifi.Cond); ok {
				want := c.want != neg
				conds = append(conds, gateCond{fv: fv, param: -1, field: field, want: want})
				on = on || want
				continue
			}
			if mentionsCredential(c.ifi.Cond, 0, map[ssa.Value]bool{}) {
				cred = true
			}
			if a.dependsOnCheck(c.ifi.Cond, 0, map[ssa.Value]bool{}) {
				authz = true
			}
		}
		if !on || !cred {
			continue
		}
		kind := "authn"
		if authz {
			kind = "authz"
		}
		out = append(out, gatedReject{kind: kind, conds: conds})
	}
	return out
}

// optionField matches a condition that is a boolean field of a struct
// captured by fn (opts.SignInRequired, possibly negated).
func optionField(fn *ssa.Function, v ssa.Value) (fv int, field string, neg bool, ok bool) {
	for {
		u, isNot := v.(*ssa.UnOp)
		if !isNot || u.Op != token.NOT {
			break
		}
		neg = !neg
		v = u.X
	}
	var x ssa.Value
	switch l := v.(type) {
	case *ssa.UnOp:
		fa, isFA := l.X.(*ssa.FieldAddr)
		if l.Op != token.MUL || !isFA {
			return 0, "", false, false
		}
		field, x = fieldName(fa.X.Type(), fa.Field), fa.X
	case *ssa.Field:
		field, x = fieldName(l.X.Type(), l.Field), l.X
	default:
		return 0, "", false, false
	}
	if u, isLoad := x.(*ssa.UnOp); isLoad && u.Op == token.MUL {
		x = u.X
	}
	f, isFV := x.(*ssa.FreeVar)
	if !isFV {
		return 0, "", false, false
	}
	for i, q := range fn.FreeVars {
		if q == f {
			return i, field, neg, true
		}
	}
	return 0, "", false, false
}

// mapGates maps the gates of inner, a closure made by the factory fn, from
// inner's free variables to fn's parameters.
func mapGates(fn, inner *ssa.Function, g *guardInfo) *guardInfo {
	var mc *ssa.MakeClosure
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if m, ok := instr.(*ssa.MakeClosure); ok && m.Fn == inner {
				mc = m
			}
		}
	}
	if mc == nil {
		return nil
	}
	out := &guardInfo{why: g.why}
	for _, gr := range g.gated {
		ng := gatedReject{kind: gr.kind}
		for _, c := range gr.conds {
			if c.fv < len(mc.Bindings) {
				if p := boundParam(mc.Bindings[c.fv]); p != nil {
					c.param = paramIndex(fn, p)
				}
			}
			ng.conds = append(ng.conds, c)
		}
		out.gated = append(out.gated, ng)
	}
	return out
}

// atSite judges a guard factory's middleware made by a call with args: a
// guard when some option-gated rejection is enabled by the options the call
// passes (&Options{SignInRequired: true}). An option set from a
// non-constant value (&Options{SignInRequired: setting.RequireSignIn})
// leaves the decision to the deployment: the route's access is declared,
// in configuration, so the rejection counts, and the guard's name says
// which option the configuration decides.
func atSite(g *guardInfo, name string, args []ssa.Value) *guardInfo {
	kind, configured := "", ""
	for _, gr := range g.gated {
		enabled := true
		var cfg []string
		for _, c := range gr.conds {
			if c.param < 0 || c.param >= len(args) {
				enabled = false
				break
			}
			switch optionValue(args[c.param], c.field) {
			case optTrue:
				enabled = c.want
			case optFalse:
				enabled = !c.want
			case optConfigured:
				cfg = append(cfg, c.field)
			default:
				enabled = false
			}
			if !enabled {
				break
			}
		}
		if enabled && (kind == "" || gr.kind == "authz") {
			kind = gr.kind
			configured = strings.Join(cfg, ", ")
		}
	}
	if kind != "" && configured != "" {
		name += " (" + configured + " set by configuration)"
	}
	return &guardInfo{kind: kind, why: "inferred with the options it is made with", name: name}
}

// optValue is what a call passes for a boolean option field.
type optValue int

const (
	optUnknown    optValue = iota // not a composite literal: not known
	optFalse                      // constant false, or unset
	optTrue                       // constant true
	optConfigured                 // set from a non-constant value
)

// optionValue evaluates a boolean field of a composite literal argument
// (&Options{F: true}): unset fields are false; a field set to a
// non-constant value is configured; an argument that is not a literal is
// unknown.
func optionValue(v ssa.Value, field string) optValue {
	alloc, ok := typesutil.Unconvert(v).(*ssa.Alloc)
	if !ok {
		return optUnknown
	}
	for _, ref := range *alloc.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fieldName(alloc.Type(), fa.Field) != field {
			continue
		}
		for _, r2 := range *fa.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == fa {
				if c, ok := st.Val.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Bool {
					if constant.BoolVal(c.Value) {
						return optTrue
					}
					return optFalse
				}
				return optConfigured
			}
		}
	}
	return optFalse
}

var credentialWords = set("auth", "authenticate", "authorization", "authorized", "authenticated", "token", "tokens", "session",
	"user", "login", "credential", "credentials", "jwt", "claims", "principal", "apikey", "password", "cookie",
	"bearer", "identity", "account", "signed", "role", "roles", "admin", "superuser", "permission", "permissions",
	"scope", "scopes", "owner", "acl", "policy", "allowed", "authorize", "authorise", "verify", "verified", "signature")

func credentialName(name string) bool { return hasWordIn(credentialWords, name) }

// hasWordIn reports whether one of name's words is in set, also a word
// split in two (api_key, APIKey).
func hasWordIn(set map[string]bool, name string) bool {
	ws := words(name)
	for i, w := range ws {
		if set[w] || i > 0 && set[ws[i-1]+w] {
			return true
		}
	}
	return false
}

// mentionsCredential walks back from a condition through its operands,
// looking for a call, field or header name about credentials.
func mentionsCredential(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > 8 || seen[v] {
		return false
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return credentialName(constant.StringVal(v.Value))
		}
	case *ssa.Call:
		if obj := typesutil.Callee(&v.Call); obj != nil && credentialName(obj.Name()) {
			return true
		}
		for _, a := range v.Call.Args {
			if mentionsCredential(a, depth+1, seen) {
				return true
			}
		}
	case *ssa.FieldAddr:
		if st, ok := deref(v.X.Type()).Underlying().(*types.Struct); ok && credentialName(st.Field(v.Field).Name()) {
			return true
		}
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.Field:
		if st, ok := v.X.Type().Underlying().(*types.Struct); ok && credentialName(st.Field(v.Field).Name()) {
			return true
		}
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.Extract:
		return mentionsCredential(v.Tuple, depth+1, seen)
	case *ssa.UnOp:
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.BinOp:
		return mentionsCredential(v.X, depth+1, seen) || mentionsCredential(v.Y, depth+1, seen)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if mentionsCredential(e, depth+1, seen) {
				return true
			}
		}
	case *ssa.ChangeType:
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.MakeInterface:
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.TypeAssert:
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.Convert:
		return mentionsCredential(v.X, depth+1, seen)
	case *ssa.Parameter, *ssa.FreeVar:
		return credentialName(v.Name())
	}
	return false
}

// answersSuccess: a call with a 2xx or 3xx status constant among its
// arguments (c.NoContent(http.StatusNoContent)).
func answersSuccess(cc *ssa.CallCommon) bool {
	for _, arg := range cc.Args {
		if n, ok := typesutil.ConstInt(arg); ok && n >= 200 && n < 400 {
			return true
		}
	}
	return false
}

func hasWord(name, w string) bool {
	for _, x := range words(name) {
		if x == w {
			return true
		}
	}
	return false
}

// redirectsToLogin: an argument names a sign-in page (a path constant with
// "login" or "signin", or a call such as RedirectLinkUserLogin).
func redirectsToLogin(args []ssa.Value) bool {
	var find func(v ssa.Value, depth int) bool
	find = func(v ssa.Value, depth int) bool {
		if depth > 3 {
			return false
		}
		switch x := v.(type) {
		case *ssa.Const:
			if x.Value != nil && x.Value.Kind() == constant.String {
				s := strings.ToLower(constant.StringVal(x.Value))
				return strings.Contains(s, "login") || strings.Contains(s, "signin") || strings.Contains(s, "sign_in")
			}
		case *ssa.Call:
			if obj := typesutil.Callee(&x.Call); obj != nil {
				ws := strings.Join(words(obj.Name()), " ")
				if strings.Contains(ws, "login") || strings.Contains(ws, "signin") || strings.Contains(ws, "sign in") {
					return true
				}
			}
			for _, a := range x.Call.Args {
				if find(a, depth+1) {
					return true
				}
			}
		case *ssa.BinOp:
			return find(x.X, depth+1) || find(x.Y, depth+1)
		case *ssa.MakeInterface:
			return find(x.X, depth+1)
		}
		return false
	}
	for _, a := range args {
		if find(a, 0) {
			return true
		}
	}
	return false
}

// boundParam is the parameter a closure binding holds: the parameter
// itself, or the variable a captured parameter was spilled to.
func boundParam(v ssa.Value) *ssa.Parameter {
	switch x := v.(type) {
	case *ssa.Parameter:
		return x
	case *ssa.Alloc:
		var p *ssa.Parameter
		for _, ref := range *x.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
				q, ok := st.Val.(*ssa.Parameter)
				if !ok || p != nil {
					return nil
				}
				p = q
			}
		}
		return p
	}
	return nil
}

// checkControlled reports whether an If on an authorisation check's result
// decides whether block b runs.
func (a *pkgAnalysis) checkControlled(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, c := range controlling(fn, b) {
		if a.dependsOnCheck(c.ifi.Cond, 0, map[ssa.Value]bool{}) {
			return true
		}
	}
	return false
}

// answersNotFound: a call that answers 404 (a status constant, or a
// method named NotFound).
func answersNotFound(cc *ssa.CallCommon) bool {
	for _, arg := range cc.Args {
		if n, ok := typesutil.ConstInt(arg); ok && n == 404 {
			return true
		}
	}
	if obj := typesutil.Callee(cc); obj != nil {
		ws := strings.Join(words(obj.Name()), " ")
		return strings.Contains(ws, "not found") || strings.Contains(ws, "notfound")
	}
	return false
}

// passesOnlyChecked: every block of fn that returns without answering
// (none of the hides in or above it) is entered through the passing
// branch of an authorisation check (for _, u := range units { if
// ctx.Repo.CanRead(u) { return } }; ctx.NotFound(nil)).
func (a *pkgAnalysis) passesOnlyChecked(fn *ssa.Function, hides []site) bool {
	found := false
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); !ok || b == fn.Recover {
			continue
		}
		hidden := false
		for _, h := range hides {
			if h.b == b || h.b.Dominates(b) {
				hidden = true
			}
		}
		if hidden {
			continue
		}
		if !a.checkGated(fn, b) {
			return false
		}
		found = true
	}
	return found
}

// checkGated: some If on a check's result has a branch that dominates b.
func (a *pkgAnalysis) checkGated(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, d := range fn.Blocks {
		if len(d.Succs) != 2 || !d.Dominates(b) {
			continue
		}
		ifi, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok || !d.Succs[0].Dominates(b) && !d.Succs[1].Dominates(b) {
			continue
		}
		if a.dependsOnCheck(ifi.Cond, 0, map[ssa.Value]bool{}) {
			return true
		}
	}
	return false
}

// helperRejects reports whether a call passes the request context ctx to a
// function of this package that answers 401/403 or hides the resource
// (404) after a failed authorisation check.
func (a *pkgAnalysis) helperRejects(cc *ssa.CallCommon, ctx ssa.Value, depth int) bool {
	g := cc.StaticCallee()
	if g == nil || g.Blocks == nil || g.Pkg != a.ssa.Pkg || depth > 2 {
		return false
	}
	passes := false
	for _, arg := range cc.Args {
		if arg == ctx {
			passes = true
		}
	}
	if !passes {
		return false
	}
	if v, ok := a.helpers[g]; ok {
		return v
	}
	a.helpers[g] = false
	res := false
	for _, b := range g.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := call.Common()
			if _, ok := rejectCode(c); ok || answersNotFound(c) {
				if a.checkControlled(g, b) {
					res = true
				}
			}
		}
	}
	a.helpers[g] = res
	return res
}

// heldValue returns what a closure binding holds: the value itself, or
// for a variable captured by reference (a parameter the enclosing function
// spilled to the heap) the one value stored into it.
func heldValue(b ssa.Value) ssa.Value {
	if alloc, ok := b.(*ssa.Alloc); ok {
		if b = typesutil.StoredOnce(alloc); b == nil {
			return nil
		}
	}
	return typesutil.Unconvert(b)
}

// ginUnaborted reports a rejection r of a gin handler after which the
// function can return without aborting the chain: no call on the path from
// r (nor before it in its block, nor in a block dominating it) aborts.
// The return reached is returned.
func (a *pkgAnalysis) ginUnaborted(fn *ssa.Function, ctx ssa.Value, r site) (*ssa.Return, bool) {
	aborts := func(b *ssa.BasicBlock) bool {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && a.mayAbort(call.Common(), ctx, 0) {
				return true
			}
		}
		return false
	}
	for _, b := range fn.Blocks {
		if b.Dominates(r.b) && aborts(b) {
			return nil, false
		}
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{r.b}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || b != r.b && aborts(b) {
			continue
		}
		seen[b] = true
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			return ret, true
		}
		stack = append(stack, b.Succs...)
	}
	return nil, false
}

// mayAbort reports a call that may abort a gin chain given the handler's
// context ctx: a c.Abort* method, or a call that passes ctx to a function
// that may (unknown functions are assumed to).
func (a *pkgAnalysis) mayAbort(cc *ssa.CallCommon, ctx ssa.Value, depth int) bool {
	if obj := typesutil.Callee(cc); obj != nil {
		if full := obj.Origin().FullName(); strings.HasPrefix(full, "(*"+pkgGin+".Context).") {
			return strings.HasPrefix(full, "(*"+pkgGin+".Context).Abort")
		}
	}
	g := cc.StaticCallee()
	for i, arg := range cc.Args {
		if arg != ctx {
			continue
		}
		if g == nil || g.Blocks == nil || depth > 2 || i >= len(g.Params) {
			return true
		}
		for _, b := range g.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok && a.mayAbort(call.Common(), g.Params[i], depth+1) {
					return true
				}
			}
		}
	}
	return false
}
