package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Middleware stacks: a handler served behind a list of middleware rather
// than handed to one directly (headers.go, handedToPlainWrapper). Two
// forms: a route registered on a router whose middleware the package adds
// (models.RouterCall: r.With(plainText).Get("/p", h), r.Use(plainText)
// before r.Get, a Group or Route callback that calls Use), and a helper
// of the program that applies a list of middleware to a handler
// (chain(h, plainText)). The stack serves h as plain when one of its
// middleware sets a non-HTML Content-Type before calling the handler it
// wraps on every path (plainWrapper), and none of the package's other
// middleware in it may set a Content-Type at all: the innermost one that
// sets a type decides, and the order of a stack is not followed.
// Middleware of other analysed packages count by their facts
// (funcFact.MW); a library's leave the type alone unless a row says
// otherwise.

// servedBehindPlain reports whether the call u serves the handler value v
// behind a plain middleware stack: a route registration of v on a router
// whose stack is plain, or a call of a chain helper that applies a plain
// list to v.
func (p *pkgState) servedBehindPlain(v ssa.Value, u ssa.CallInstruction) bool {
	cc := typesutil.Unbind(u.Common())
	if obj := typesutil.Callee(cc); obj != nil {
		for _, row := range models.RouterCallsFor(obj.FullName()) {
			if row.Kind != models.RouteRegister || routerArg(cc, row.Arg) != v {
				continue
			}
			plain, clean := p.routerStack(routerRecv(cc), u, 0)
			return plain && clean
		}
	}
	callee := cc.StaticCallee()
	if cc.IsInvoke() || callee == nil || callee.Pkg != p.ssa.Pkg {
		return false
	}
	for i, a := range cc.Args {
		if a != v || i >= len(callee.Params) {
			continue
		}
		j := p.chainList(callee, i)
		if j < 0 {
			return false
		}
		els, ok := typesutil.InPlaceElems(cc.Args[j])
		if !ok {
			return false
		}
		plain, clean := p.listPlain(els)
		return plain && clean
	}
	return false
}

// routerRecv and routerArg read a router method call's receiver and its
// argument i (models' convention: i counts without the receiver).
func routerRecv(cc *ssa.CallCommon) ssa.Value {
	if cc.IsInvoke() {
		return cc.Value
	}
	if len(cc.Args) == 0 {
		return nil
	}
	return cc.Args[0]
}

func routerArg(cc *ssa.CallCommon, i int) ssa.Value {
	if i < 0 {
		return nil
	}
	if !cc.IsInvoke() {
		i++
	}
	if i >= len(cc.Args) {
		return nil
	}
	return cc.Args[i]
}

// routerStack reports, for the routes registered on router r at the
// instruction at, whether a plain middleware is in front of them on every
// path to at (plain), and whether no middleware of the package in their
// stack may set another Content-Type (clean). The stack is what Use calls
// on r add (one that dominates at counts as plain), what a derived
// router's call adds (r.With(mw)), and the stack of the router it was
// derived from; a callback's router parameter (r.Group(func(r
// chi.Router){...})) has the stack of each router it is called back with.
func (p *pkgState) routerStack(r ssa.Value, at ssa.Instruction, depth int) (plain, clean bool) {
	if r == nil || depth > 8 {
		return false, false
	}
	r = typesutil.Unconvert(r)
	clean = true
	for _, ref := range routerCallsOn(r) {
		cc := typesutil.Unbind(ref.Common())
		for _, row := range routerRows(cc) {
			if row.Kind != models.RouteUse {
				continue
			}
			els, ok := typesutil.InPlaceElems(routerArg(cc, row.Arg))
			if !ok {
				clean = false // a list the walk does not see
				continue
			}
			pl, cl := p.listPlain(els)
			clean = clean && cl
			if pl && dominates(ref, at) {
				plain = true
			}
		}
	}
	switch x := r.(type) {
	case *ssa.Call:
		cc := typesutil.Unbind(&x.Call)
		derived := false
		for _, row := range routerRows(cc) {
			if row.Kind != models.RouteDerive {
				continue
			}
			derived = true
			if row.Arg >= 0 {
				els, ok := typesutil.InPlaceElems(routerArg(cc, row.Arg))
				if !ok {
					return false, false
				}
				pl, cl := p.listPlain(els)
				plain, clean = plain || pl, clean && cl
			}
		}
		if derived {
			pl, cl := p.routerStack(routerRecv(cc), x, depth+1)
			plain, clean = plain || pl, clean && cl
		}
	case *ssa.Parameter:
		pl, cl := p.callbackStack(x, depth)
		plain, clean = plain || pl, clean && cl
	}
	return plain, clean
}

// callbackStack is routerStack for the router parameter of a function of
// the package that only the package can call: each call of it
// (routes(r.With(plainText))) and each router call the package passes it
// to that calls it back with a router (chi's Group and Route) must serve
// it behind a plain stack.
func (p *pkgState) callbackStack(param *ssa.Parameter, depth int) (plain, clean bool) {
	fn := param.Parent()
	if fn.Parent() == nil && (fn.Object() == nil || fn.Object().Exported()) {
		return false, false
	}
	k := slices.Index(fn.Params, param)
	calls := p.directCalls(fn)
	uses := p.funcUses()[fn]
	if len(uses) == 0 && len(calls) == 0 {
		return false, false
	}
	plain, clean = true, true
	for _, call := range calls {
		cc := call.Common()
		if k >= len(cc.Args) {
			return false, false
		}
		pl, cl := p.routerStack(cc.Args[k], call, depth+1)
		plain, clean = plain && pl, clean && cl
	}
	// Called back with a router: the router is the one parameter besides
	// the receiver a method value binds.
	if fn.Signature.Params().Len() != 1 || k != len(fn.Params)-1 {
		if len(uses) > 0 {
			return false, false
		}
	}
	for _, u := range uses {
		val := ssa.Value(fn)
		if mc, ok := u.(*ssa.MakeClosure); ok {
			val = mc
			refs := *mc.Referrers()
			if len(refs) != 1 {
				return false, false
			}
			u = refs[0]
		}
		call, ok := u.(ssa.CallInstruction)
		if !ok {
			return false, false
		}
		cc := typesutil.Unbind(call.Common())
		found := false
		for _, row := range routerRows(cc) {
			if row.Kind == models.RouteCallback && typesutil.Unconvert(routerArg(cc, row.Arg)) == val {
				found = true
				pl, cl := p.routerStack(routerRecv(cc), call, depth+1)
				plain, clean = plain && pl, clean && cl
			}
		}
		if !found {
			return false, false // handed to a call that may pass any router
		}
	}
	return plain, clean
}

// directCalls lists the package's calls of fn (funcUses lists its uses
// as a value only).
func (p *pkgState) directCalls(fn *ssa.Function) []ssa.CallInstruction {
	if p.staticCallers == nil {
		p.staticCallers = map[*ssa.Function][]ssa.CallInstruction{}
		for _, f := range p.funcs() {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					if c, ok := in.(ssa.CallInstruction); ok {
						if callee := c.Common().StaticCallee(); callee != nil {
							p.staticCallers[callee] = append(p.staticCallers[callee], c)
						}
					}
				}
			}
		}
	}
	return p.staticCallers[fn]
}

// calledDirectly reports whether a function of the package calls fn.
func (p *pkgState) calledDirectly(fn *ssa.Function) bool { return len(p.directCalls(fn)) > 0 }

// routerCallsOn lists the calls that take r, or a conversion of it, as
// their receiver.
func routerCallsOn(r ssa.Value) []ssa.CallInstruction {
	var out []ssa.CallInstruction
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if depth > 3 || v.Referrers() == nil {
			return
		}
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case ssa.CallInstruction:
				if routerRecv(x.Common()) == v {
					out = append(out, x)
				}
			case *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType:
				walk(x.(ssa.Value), depth+1)
			}
		}
	}
	walk(r, 0)
	return out
}

func routerRows(cc *ssa.CallCommon) []*models.RouterCall {
	obj := typesutil.Callee(cc)
	if obj == nil {
		return nil
	}
	return models.RouterCallsFor(obj.FullName())
}

// dominates reports whether a runs before b on every path to b in their
// function.
func dominates(a, b ssa.Instruction) bool {
	if a.Parent() != b.Parent() || a.Block() == nil || b.Block() == nil {
		return false
	}
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, in := range a.Block().Instrs {
		switch in {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// listPlain classifies a list of middleware: plain when one of them sets
// a non-HTML Content-Type before calling the handler it wraps on every
// path; clean when none of them is a middleware of the package that may
// set another type.
func (p *pkgState) listPlain(els []typesutil.Elem) (plain, clean bool) {
	clean = true
	for _, e := range els {
		switch p.middlewareClass(e.Val) {
		case mwPlain:
			plain = true
		case mwTyped:
			clean = false
		}
	}
	return plain, clean
}

const (
	mwNeutral uint8 = iota // sets no Content-Type the walk knows of
	mwPlain                // a plainWrapper
	mwTyped                // may set a Content-Type that is not plain
)

// middlewareClass classifies one middleware value: a function of the
// package (a method value, a closure) by its body, the result of a call
// of a function of the package (a middleware factory) by the factory's
// body and the closures in it.
func (p *pkgState) middlewareClass(v ssa.Value) uint8 {
	v = typesutil.Unconvert(v)
	var fn *ssa.Function
	switch x := v.(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn = x.Fn.(*ssa.Function)
		if m := typesutil.BoundMethod(fn); m != nil {
			fn = m
		}
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil {
			if row := models.HeaderMiddlewareFor(obj.FullName()); row != nil {
				return headerMiddlewareClass(&x.Call, row)
			}
		}
		if f := x.Call.StaticCallee(); f != nil && f.Pkg == p.ssa.Pkg && p.mayType(f, 0) {
			return mwTyped
		}
		return mwNeutral
	default:
		return mwNeutral
	}
	if fn.Pkg != p.ssa.Pkg {
		return p.importedMiddlewareClass(fn)
	}
	if fn.Signature.Params().Len() == 1 && len(fn.Params) > 0 && p.plainWrapper(fn, len(fn.Params)-1) {
		return mwPlain
	}
	if p.mayType(fn, 0) {
		return mwTyped
	}
	return mwNeutral
}

// ownMiddlewareClass classifies a middleware function of this package by
// its body, for its fact: mwPlain when it sets a non-HTML type before
// calling the handler it wraps (its one parameter, of a handler's type),
// mwTyped when it may set another.
func (p *pkgState) ownMiddlewareClass(fn *ssa.Function) uint8 {
	if fn.Pkg != p.ssa.Pkg || fn.Blocks == nil || fn.Signature.Params().Len() != 1 || len(fn.Params) == 0 || !isHandlerType(fn.Signature.Params().At(0).Type()) {
		return mwNeutral
	}
	if p.plainWrapper(fn, len(fn.Params)-1) {
		return mwPlain
	}
	if p.mayType(fn, 0) {
		return mwTyped
	}
	return mwNeutral
}

// importedMiddlewareClass is another package's middleware's class, from
// its fact: shared middleware (a web package's PlainText) counts as the
// package's own.
func (p *pkgState) importedMiddlewareClass(fn *ssa.Function) uint8 {
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return mwNeutral
	}
	var f funcFact
	if !p.pass.ImportObjectFact(obj, &f) {
		return mwNeutral
	}
	return f.MW
}

// isHandlerType: an http.Handler or a function of a handler's shape.
func isHandlerType(t types.Type) bool {
	if typesutil.IsNamed(t, "net/http", "Handler") || typesutil.IsNamed(t, "net/http", "HandlerFunc") {
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 2 && typesutil.IsNamed(sig.Params().At(0).Type(), "net/http", "ResponseWriter")
}

// headerMiddlewareClass classifies a library middleware that sets the
// header its arguments name (chi's middleware.SetHeader("Content-Type",
// "text/plain")).
func headerMiddlewareClass(cc *ssa.CallCommon, row *models.HeaderMiddleware) uint8 {
	if row.Key >= len(cc.Args) || row.Val >= len(cc.Args) {
		return mwTyped
	}
	key, ok := typesutil.ConstString(cc.Args[row.Key])
	if !ok {
		return mwTyped // a header of the program's choosing: it may be the type
	}
	switch {
	case strings.EqualFold(key, "Content-Type"):
		if ContentTypeClass(cc.Args[row.Val]) == TypePlain {
			return mwPlain
		}
		return mwTyped
	case strings.EqualFold(key, "Content-Security-Policy"):
		if v, ok := typesutil.ConstString(cc.Args[row.Val]); ok && cspNoScript(v) {
			return mwPlain
		}
	}
	return mwNeutral
}

// mayType reports whether fn or a closure in it may set a Content-Type
// other than a plain one: a Header().Set or map store of it, a callee
// that sets one, or a call handed the header map.
func (p *pkgState) mayType(fn *ssa.Function, depth int) bool {
	if depth > 4 {
		return true
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if h, slots := p.instrHeaders(in); slots&typeBits != 0 && h&typeBits != TypePlain {
				return true
			}
			call, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			if _, slot := setsHeader(cc); slot != 0 {
				continue // decided by instrHeaders
			}
			if obj := typesutil.Callee(cc); obj != nil && obj.Signature().Recv() != nil && typesutil.IsNamed(obj.Signature().Recv().Type(), "net/http", "Header") {
				if obj.Name() != "Get" && obj.Name() != "Values" && !isOtherKey(cc) {
					return true
				}
				continue
			}
			for _, a := range cc.Args {
				if typesutil.IsNamed(a.Type(), "net/http", "Header") {
					return true
				}
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if p.mayType(anon, depth+1) {
			return true
		}
	}
	return false
}

// chainList returns the index of the middleware list parameter of a
// helper of the package that applies that list to its handler parameter
// i and returns the result, or -1: each of its results is a call of an
// element of the list (mws[k](h)) whose argument is the handler or such a
// call, or a choice (a loop's phi) among those and the handler that
// includes such a call. Whether every element is applied is not checked.
func (p *pkgState) chainList(fn *ssa.Function, i int) int {
	if fn.Signature.Results().Len() != 1 || len(fn.Blocks) == 0 {
		return -1
	}
	h := fn.Params[i]
	for j, list := range fn.Params {
		if j == i || !isMiddlewareList(list.Type()) {
			continue
		}
		if appliesList(fn, h, list) {
			return j
		}
	}
	return -1
}

// isMiddlewareList: a slice of functions of one parameter and one result.
func isMiddlewareList(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	sig, ok := sl.Elem().Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && sig.Results().Len() == 1
}

func appliesList(fn *ssa.Function, h *ssa.Parameter, list *ssa.Parameter) bool {
	// wrapped: h and the values derived from it by applying elements of
	// the list, the largest such set (a loop's phi and the call in the
	// loop depend on each other); applied: those that applied at least
	// one element.
	isElem := func(v ssa.Value) bool {
		v = typesutil.Unconvert(v)
		if ld, ok := v.(*ssa.UnOp); ok && ld.Op == token.MUL {
			ia, ok := ld.X.(*ssa.IndexAddr)
			return ok && ia.X == list
		}
		ix, ok := v.(*ssa.Index)
		return ok && ix.X == list
	}
	wrapped := map[ssa.Value]bool{h: true}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch x := in.(type) {
			case *ssa.Call:
				if !x.Call.IsInvoke() && len(x.Call.Args) == 1 && isElem(x.Call.Value) {
					wrapped[x] = true
				}
			case *ssa.Phi:
				wrapped[x] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for v := range wrapped {
			ok := true
			switch x := v.(type) {
			case *ssa.Call:
				ok = wrapped[typesutil.Unconvert(x.Call.Args[0])]
			case *ssa.Phi:
				for _, e := range x.Edges {
					ok = ok && wrapped[typesutil.Unconvert(e)]
				}
			}
			if !ok {
				delete(wrapped, v)
				changed = true
			}
		}
	}
	applied := map[ssa.Value]bool{}
	for changed := true; changed; {
		changed = false
		for v := range wrapped {
			if applied[v] {
				continue
			}
			switch x := v.(type) {
			case *ssa.Call:
				applied[v], changed = true, true
			case *ssa.Phi:
				for _, e := range x.Edges {
					if applied[typesutil.Unconvert(e)] {
						applied[v], changed = true, true
						break
					}
				}
			}
		}
	}
	found := false
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if len(ret.Results) != 1 || !applied[typesutil.Unconvert(ret.Results[0])] {
			return false
		}
		found = true
	}
	return found
}

// servedTyped reports whether some use of the handler fn serves it behind
// a middleware that may set a Content-Type other than a plain one (one
// that sets text/html before calling it): handed to it directly, or
// registered on a router whose Use or With lists hold one. Content
// sniffing then does not decide what its body is served as.
func (p *pkgState) servedTyped(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	if v, ok := p.typedServed[fn]; ok {
		return v
	}
	if p.typedServed == nil {
		p.typedServed = map[*ssa.Function]bool{}
	}
	p.typedServed[fn] = false
	v := false
	for _, u := range p.funcUses()[fn] {
		if p.handedToTyped(fn, u, 0) {
			v = true
			break
		}
	}
	p.typedServed[fn] = v
	return v
}

func (p *pkgState) handedToTyped(v ssa.Value, u ssa.Instruction, depth int) bool {
	if depth > 3 {
		return false
	}
	switch x := u.(type) {
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.MakeClosure:
		conv := x.(ssa.Value)
		for _, r := range *conv.Referrers() {
			if p.handedToTyped(conv, r, depth+1) {
				return true
			}
		}
	case ssa.CallInstruction:
		cc := typesutil.Unbind(x.Common())
		for _, row := range routerRows(cc) {
			if row.Kind == models.RouteRegister && routerArg(cc, row.Arg) == v && p.stackTyped(routerRecv(cc), 0) {
				return true
			}
		}
		if callee := cc.StaticCallee(); callee != nil && !cc.IsInvoke() && len(cc.Args) == 1 && cc.Args[0] == v {
			return p.middlewareClass(callee) == mwTyped
		}
	}
	return false
}

// stackTyped reports whether a middleware list the routes of router r are
// served behind (its Use calls, a derived router's With, the router it was
// derived from) holds a middleware that may set a non-plain type.
func (p *pkgState) stackTyped(r ssa.Value, depth int) bool {
	if r == nil || depth > 8 {
		return false
	}
	r = typesutil.Unconvert(r)
	typedList := func(a ssa.Value) bool {
		els, _ := typesutil.InPlaceElems(a)
		for _, e := range els {
			if p.middlewareClass(e.Val) == mwTyped {
				return true
			}
		}
		return false
	}
	for _, ref := range routerCallsOn(r) {
		cc := typesutil.Unbind(ref.Common())
		for _, row := range routerRows(cc) {
			if row.Kind == models.RouteUse && typedList(routerArg(cc, row.Arg)) {
				return true
			}
		}
	}
	if x, ok := r.(*ssa.Call); ok {
		cc := typesutil.Unbind(&x.Call)
		for _, row := range routerRows(cc) {
			if row.Kind != models.RouteDerive {
				continue
			}
			if row.Arg >= 0 && typedList(routerArg(cc, row.Arg)) {
				return true
			}
			return p.stackTyped(routerRecv(cc), depth+1)
		}
	}
	return false
}
