package authz

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// guardInfo is the verdict on a middleware: kind "authn" or "authz" for a
// guard, "fail-open" for a guard-named middleware that lets every request
// through, "" for middleware that is not a guard.
type guardInfo struct {
	kind string
	why  string
	pos  token.Pos // where the fail-open happens
	name string
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
	switch typesutil.NamedPath(t) {
	case pkgGin + ".Context", pkgEcho + ".Context", "github.com/gofiber/fiber/v2.Ctx", "github.com/gofiber/fiber/v3.Ctx",
		pkgPBCore + ".RequestEvent":
		return true
	}
	return false
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

func returnsMiddleware(fn *ssa.Function) bool {
	r := fn.Signature.Results()
	return r.Len() == 1 && isMiddlewareSig(r.At(0).Type())
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
	if f == nil || !strings.HasSuffix(f.Name(), "$bound") {
		return f
	}
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(ssa.CallInstruction); ok {
				if callee := c.Common().StaticCallee(); callee != nil {
					return callee
				}
			}
		}
	}
	if obj, ok := f.Object().(*types.Func); ok {
		return f.Prog.FuncValue(obj)
	}
	return f
}

// returnedFuncs are the functions fn returns (closures, functions, method
// values), looking through conversions.
func returnedFuncs(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		for _, v := range phiLeaves(ret.Results[0]) {
			if f := funcOf(v); f != nil {
				out = append(out, f)
			}
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
				return a.analyzeInner(inner, name)
			}
		}
		return nil
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
			if g.kind == "authn" && isAuthzName(name) {
				// RequireSuperuserAuth built on a generic requireAuth.
				g = &guardInfo{kind: "authz", why: g.why, name: g.name}
			}
			return g
		}
	}
	return nil
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
	var nexts, rejects []site
	ctxStyle := len(fn.Params) == 1 && isCtxType(fn.Params[0].Type())
	returnsErr := fn.Signature.Results().Len() == 1 && typesutil.NamedPath(fn.Signature.Results().At(0).Type()) == "" &&
		fn.Signature.Results().At(0).Type().String() == "error"
	authz := false
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
					codes[code] = true
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
			reachesNext := false
			for _, n := range nexts {
				if reaches(b, n.b) {
					reachesNext = true
				}
			}
			// Any error rejects the request; only an error returned on a
			// path that depends on a credential check is a guard's.
			if !reachesNext && len(nexts) > 0 && !containsSite(rejects, b) && credentialControlled(fn, b) {
				rejects = append(rejects, site{b, len(b.Instrs) - 1})
			}
		}
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
			if after(r, n) {
				return &guardInfo{kind: "fail-open", why: "rejects the request but then calls the next handler anyway", pos: r.b.Instrs[r.i].Pos()}
			}
		}
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
			return &guardInfo{kind: "fail-open", why: "calls the next handler on every path and never rejects", pos: fn.Pos()}
		}
		return nil
	}
	if ctxStyle && len(nexts) == 0 {
		// gin: a middleware that aborts on some path and returns normally
		// on another.
		conditional := false
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
	if authz || isAuthzName(name) || codes[403] && len(codes) == 1 {
		kind = "authz"
	}
	return &guardInfo{kind: kind, why: "inferred"}
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
		if c, ok := arg.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
			if n, ok := constant.Int64Val(c.Value); ok && (n == 401 || n == 403) {
				return n, true
			}
		}
	}
	if obj := calleeObj(cc); obj != nil {
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
		case strings.HasPrefix(full, "(*"+pkgGin+".Context).Abort"):
			return 0, true
		}
	}
	return 0, false
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
	a.report(analysis.Diagnostic{
		Pos:      pos,
		Category: RuleFailOpen,
		Message: "middleware " + funcName(fn) + " fails open: it " + g.why +
			"; return after rejecting, and call next only when the check passes",
	})
}

// credentialControlled reports whether an If on a credential, session,
// token, user, role or policy value decides whether block b runs.
func credentialControlled(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, d := range fn.Blocks {
		if d == b || !d.Dominates(b) || len(d.Instrs) == 0 {
			continue
		}
		ifi, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if mentionsCredential(ifi.Cond, 0, map[ssa.Value]bool{}) {
			return true
		}
	}
	return false
}

var credentialWords = set("auth", "authorization", "authorized", "authenticated", "token", "tokens", "session",
	"user", "login", "credential", "credentials", "jwt", "claims", "principal", "apikey", "password", "cookie",
	"bearer", "identity", "account", "signed", "role", "roles", "admin", "superuser", "permission", "permissions",
	"scope", "scopes", "owner", "acl", "policy", "allowed", "authorize", "authorise", "verify", "verified")

func credentialName(name string) bool {
	for _, w := range words(name) {
		if credentialWords[w] {
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
		if obj := calleeObj(&v.Call); obj != nil && credentialName(obj.Name()) {
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
		if c, ok := arg.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
			if n, ok := constant.Int64Val(c.Value); ok && n >= 200 && n < 400 {
				return true
			}
		}
	}
	return false
}
