package authz

import (
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Router-like wrappers. Many applications wrap their framework's router in
// a type of their own (gitea's modules/web.Router forwards Get, Post,
// Group, Combo... to chi, taking handlers and middleware as variadic any).
// Rather than model each such type, the analyzer infers from a function's
// body that it forwards its pattern and handler parameters to a modelled
// registration (or to another wrapper), and summarises that as a wrapSpec,
// exported in the function's fact. A call of the wrapper is then a route
// registration in the route model, with the wrapper's group and middleware
// semantics:
//
//   - route: the function registers a route whose pattern comes from one
//     parameter (or a field of its receiver, for a route builder such as
//     gitea's Combo), whose handler chain comes from another (middleware
//     first, handler last), with a constant method or a method parameter;
//   - group: a method of a wrapper router that stores a prefix and
//     middleware parameters in its receiver and calls a callback: routes
//     registered on the router while the callback runs get both;
//   - use: a method of a wrapper router that stores its middleware
//     parameter in the receiver, or passes it to a modelled Use;
//   - builder: a method that returns a struct holding the router, a pattern
//     and handlers, whose own methods are route wrappers (Combo(p).Get(h));
//   - apply: a function that applies a list of middleware to a handler and
//     returns the result (gophish's mid.Use(h, mids...): h = m(h) for each
//     m): its call is the handler wrapped in that list (inferApply).
type wrapSpec struct {
	Kind         string // "route", "group", "use" or "builder"
	Method       string // route: the constant method, "" when MethodParam or any
	MethodParam  int    // route: parameter holding the method, or -1
	PatternParam int    // route, group: parameter holding the pattern, or -1
	PatternField string // route on a builder: field of parameter RouterParam holding the pattern
	ChainParam   int    // route, group, use: parameter holding handlers or middleware, or -1
	ChainField   string // route on a builder: field holding the leading handlers
	RouterParam  int    // route: parameter that is (or holds) the router
	RouterField  string // route on a builder: field of RouterParam holding the router
	Via          string // route, not on a builder: field of RouterParam holding the modelled router (s.mux)
	FuncParam    int    // group: the callback parameter, or -1
	HandlerParam int    // apply: the handler parameter the middleware wrap
	Reverse      bool   // apply: the list is applied last first (its first element is outermost)
	Fields       []string
	// Fields, for a builder: "field=param" for each field of the returned
	// struct set from a parameter.
}

func (s *wrapSpec) String() string {
	if s == nil {
		return ""
	}
	var parts []string
	add := func(k string, i int) {
		if i >= 0 {
			parts = append(parts, k+"="+strconv.Itoa(i))
		}
	}
	if s.Method != "" {
		parts = append(parts, s.Method)
	}
	add("method", s.MethodParam)
	add("pattern", s.PatternParam)
	if s.PatternField != "" {
		parts = append(parts, "pattern=."+s.PatternField)
	}
	if s.RouterField != "" {
		parts = append(parts, "router=."+s.RouterField)
	}
	if s.Via != "" {
		parts = append(parts, "via=."+s.Via)
	}
	if s.ChainField != "" {
		parts = append(parts, "chain=."+s.ChainField)
	}
	add("chain", s.ChainParam)
	add("func", s.FuncParam)
	add("handler", s.HandlerParam)
	if s.Reverse {
		parts = append(parts, "reverse")
	}
	parts = append(parts, s.Fields...)
	return s.Kind + "(" + strings.Join(parts, " ") + ")"
}

func newSpec(kind string) *wrapSpec {
	return &wrapSpec{Kind: kind, MethodParam: -1, PatternParam: -1, ChainParam: -1, FuncParam: -1, HandlerParam: -1}
}

// dep is one input a value is computed from: a parameter, or a field of a
// parameter (p.f).
type dep struct {
	param int
	field string
}

// paramDeps returns the parameters (and fields of parameters) of fn that v
// is computed from. A call's result is taken to depend on all its
// arguments and its receiver.
func paramDeps(fn *ssa.Function, v ssa.Value) map[dep]types.Type {
	out := map[dep]types.Type{}
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if v == nil || depth > 24 || seen[v] {
			return
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.Parameter:
			for i, p := range fn.Params {
				if p == x {
					out[dep{i, ""}] = x.Type()
				}
			}
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				if i := paramOf(fn, fa.X); i >= 0 {
					out[dep{i, fieldName(fa.X.Type(), fa.Field)}] = x.Type()
					return
				}
			}
			if i := paramOf(fn, x); i >= 0 {
				out[dep{i, ""}] = x.Type()
				return
			}
			walk(x.X, depth+1)
		case *ssa.FieldAddr:
			if i := paramOf(fn, x.X); i >= 0 {
				out[dep{i, fieldName(x.X.Type(), x.Field)}] = deref(x.Type())
				return
			}
			walk(x.X, depth+1)
		case *ssa.Field:
			walk(x.X, depth+1)
		case *ssa.BinOp:
			walk(x.X, depth+1)
			walk(x.Y, depth+1)
		case *ssa.Call:
			if !x.Call.IsInvoke() && x.Call.StaticCallee() == nil {
				walk(x.Call.Value, depth+1)
			}
			if x.Call.IsInvoke() {
				walk(x.Call.Value, depth+1)
			}
			for _, a := range x.Call.Args {
				walk(a, depth+1)
			}
		case *ssa.Extract:
			walk(x.Tuple, depth+1)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, depth+1)
			}
		case *ssa.ChangeType:
			walk(x.X, depth+1)
		case *ssa.Convert:
			walk(x.X, depth+1)
		case *ssa.MakeInterface:
			walk(x.X, depth+1)
		case *ssa.ChangeInterface:
			walk(x.X, depth+1)
		case *ssa.TypeAssert:
			walk(x.X, depth+1)
		case *ssa.Slice:
			walk(x.X, depth+1)
		case *ssa.IndexAddr:
			walk(x.X, depth+1)
		case *ssa.Index:
			walk(x.X, depth+1)
		case *ssa.Alloc:
			// A slice literal (a variadic argument): its stored elements;
			// a local captured by a closure: the values stored to it.
			for _, ref := range *x.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == x {
					walk(st.Val, depth+1)
				}
				if ia, ok := ref.(*ssa.IndexAddr); ok {
					for _, r2 := range *ia.Referrers() {
						if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
							walk(st.Val, depth+1)
						}
					}
				}
			}
		}
	}
	walk(v, 0)
	return out
}

// paramOf returns the index of the parameter v is: the parameter, or a
// load of the variable a parameter captured by a closure was spilled to.
func paramOf(fn *ssa.Function, v ssa.Value) int {
	switch x := v.(type) {
	case *ssa.Parameter:
		return paramIndex(fn, x)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return -1
		}
		if al, ok := x.X.(*ssa.Alloc); ok {
			if p := boundParam(al); p != nil {
				return paramIndex(fn, p)
			}
		}
	}
	return -1
}

func paramIndex(fn *ssa.Function, p *ssa.Parameter) int {
	for i, q := range fn.Params {
		if q == p {
			return i
		}
	}
	return -1
}

func fieldName(ptr types.Type, i int) string {
	if st, ok := deref(ptr).Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// spine follows a router value back to a parameter: through calls of
// router methods (r.chi.With(mws...) is r.chi), loads and field addresses.
// It returns the parameter and the field of it nearest the parameter.
func spine(fn *ssa.Function, v ssa.Value) (int, string) {
	field := ""
	for i := 0; i < 16 && v != nil; i++ {
		if p := paramOf(fn, v); p >= 0 {
			return p, field
		}
		switch x := v.(type) {
		case *ssa.Call:
			switch {
			case x.Call.IsInvoke():
				v = x.Call.Value
			case len(x.Call.Args) > 0 && x.Call.Signature().Recv() != nil:
				v = x.Call.Args[0]
			default:
				return -1, ""
			}
		case *ssa.UnOp:
			v = x.X
		case *ssa.FieldAddr:
			field = fieldName(x.X.Type(), x.Field)
			v = x.X
		case *ssa.Field:
			field = fieldName(x.X.Type(), x.Field)
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return -1, ""
		}
	}
	return -1, ""
}

// modelledReg describes a registration method of a modelled framework:
// the argument indexes (receiver excluded) of its method (-1: none), its
// pattern and the first of its chain arguments, and a constant method.
func modelledReg(kind, name string) (method string, methodArg, patArg, chainFrom int, ok bool) {
	if m, isM := httpMethods[name]; isM && kind != "http" && kind != "gorilla" {
		return m, -1, 0, 1, true
	}
	switch kind {
	case "http", "gorilla":
		switch name {
		case "Handle", "HandleFunc":
			return "", -1, 0, 1, true
		}
	case "chi":
		switch name {
		case "Handle", "HandleFunc", "Mount":
			return "", -1, 0, 1, true
		case "Method", "MethodFunc":
			return "", 0, 1, 2, true
		}
	case "gin", "echo", "fiber", "pb":
		switch name {
		case "Any", "All":
			return "", -1, 0, 1, true
		case "Handle", "Add", "Route":
			return "", 0, 1, 2, true
		}
	}
	return "", -1, -1, -1, false
}

// wrapOf returns the wrapper summary of a function: inferred for this
// package, from its fact for others.
func (a *pkgAnalysis) wrapOf(obj *types.Func) *wrapSpec {
	return a.wrapOf1(obj, false)
}

// routeWrapOf is wrapOf restricted to route wrappers, which depend on no
// other kind: it is what decides that a type is a wrapper router.
func (a *pkgAnalysis) routeWrapOf(obj *types.Func) *wrapSpec {
	return a.wrapOf1(obj, true)
}

func (a *pkgAnalysis) wrapOf1(obj *types.Func, routeOnly bool) *wrapSpec {
	if obj == nil {
		return nil
	}
	obj = obj.Origin()
	if obj.Pkg() == a.pass.Pkg {
		fn := a.prog.FuncValue(obj)
		if fn == nil || fn.Blocks == nil {
			return nil
		}
		if routeOnly {
			return a.inferRouteWrap(fn)
		}
		return a.inferWrap(fn)
	}
	if f := a.funcFactOf(obj); f != nil && f.Wrap != nil && (!routeOnly || f.Wrap.Kind == "route") {
		return f.Wrap
	}
	return nil
}

// inferRouteWrap summarises fn as a route wrapper, or returns nil.
func (a *pkgAnalysis) inferRouteWrap(fn *ssa.Function) *wrapSpec {
	if s, ok := a.routeWraps[fn]; ok {
		return s
	}
	a.routeWraps[fn] = nil
	var s *wrapSpec
	if fn.Blocks != nil && !a.inTest(fn.Pos()) {
		s = a.inferRoute(fn)
	}
	a.routeWraps[fn] = s
	return s
}

// inferWrap summarises fn as a router wrapper of any kind, or returns nil.
func (a *pkgAnalysis) inferWrap(fn *ssa.Function) *wrapSpec {
	if s := a.inferRouteWrap(fn); s != nil {
		return s
	}
	if s, ok := a.wraps[fn]; ok {
		return s
	}
	a.wraps[fn] = nil
	var s *wrapSpec
	if fn.Blocks != nil && !a.inTest(fn.Pos()) {
		s = a.inferGroupOrUse(fn)
		if s == nil {
			s = a.inferBuilder(fn)
		}
		if s == nil {
			s = inferApply(fn)
		}
	}
	a.wraps[fn] = s
	return s
}

// inferRoute: fn forwards a pattern parameter and a handler parameter to a
// registration.
func (a *pkgAnalysis) inferRoute(fn *ssa.Function) *wrapSpec {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			obj := typesutil.Callee(cc)
			if obj == nil {
				continue
			}
			var recv, methodV, patV ssa.Value
			var chain []ssa.Value
			method, inner := "", false
			args := cc.Args
			if cc.IsInvoke() {
				recv = cc.Value
			} else if obj.Signature().Recv() != nil && len(args) > 0 {
				recv, args = args[0], args[1:]
			}
			if recv != nil && routerKind(recv.Type()) != "" {
				m, mi, pi, ci, ok := modelledReg(routerKind(recv.Type()), obj.Name())
				if !ok || pi >= len(args) || ci > len(args) {
					continue
				}
				method = m
				if mi >= 0 {
					methodV = args[mi]
				}
				patV, chain = args[pi], args[ci:]
			} else if sp := a.routeWrapOf(obj); sp != nil && sp.RouterField == "" && !cc.IsInvoke() &&
				sp.PatternParam >= 0 && sp.ChainParam >= 0 && sp.RouterParam < len(cc.Args) {
				all := cc.Args
				recv, patV, chain = all[sp.RouterParam], all[sp.PatternParam], []ssa.Value{all[sp.ChainParam]}
				method = sp.Method
				if sp.MethodParam >= 0 {
					methodV = all[sp.MethodParam]
				}
				inner = true
			} else {
				continue
			}
			s := newSpec("route")
			rp, rf := spine(fn, recv)
			if rp < 0 {
				continue
			}
			s.RouterParam = rp
			if inner {
				s.RouterField = rf // a builder's router field (c.r), or "" for the router itself
			} else {
				s.Via = rf // the field holding the modelled router (s.mux), or ""
			}
			pd := paramDeps(fn, patV)
			var strParams []int
			var strFields []string
			for d, t := range pd {
				if !isStringType(t) {
					continue
				}
				if d.field == "" && d.param != rp {
					strParams = append(strParams, d.param)
				} else if d.field != "" && d.param == rp && s.RouterField != "" {
					strFields = append(strFields, d.field)
				}
			}
			switch {
			case len(strParams) == 1:
				s.PatternParam = strParams[0]
			case len(strParams) == 0 && len(strFields) == 1:
				s.PatternField = strFields[0]
			default:
				continue
			}
			if methodV != nil {
				if c, ok := methodV.(*ssa.Const); ok {
					method = constString(c)
				} else {
					for d, t := range paramDeps(fn, methodV) {
						if d.field == "" && isStringType(t) && d.param != s.PatternParam {
							s.MethodParam = d.param
						}
					}
				}
			}
			if s.MethodParam < 0 && method != "\x00" {
				s.Method = method
			}
			cd := map[dep]types.Type{}
			for _, v := range chain {
				for d, t := range paramDeps(fn, v) {
					cd[d] = t
				}
			}
			for d, t := range paramDeps(fn, recv) {
				cd[d] = t // chi With(mws...): the middleware of the route
			}
			for d, t := range cd {
				switch {
				case d.param == rp && s.RouterField != "" && d.field != "" && d.field != s.RouterField && d.field != s.PatternField:
					if _, ok := t.Underlying().(*types.Slice); ok {
						s.ChainField = d.field
					}
				case d.param != rp && d.param != s.PatternParam && d.param != s.MethodParam && !isStringType(fn.Params[d.param].Type()):
					if d.param > s.ChainParam {
						s.ChainParam = d.param
					}
				}
			}
			if s.ChainParam < 0 && s.ChainField == "" {
				continue
			}
			return s
		}
	}
	return nil
}

// isWrapRouter reports whether t (or *t) is a type of analysed code with a
// method that is a route wrapper.
func (a *pkgAnalysis) isWrapRouter(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || routerKind(t) != "" {
		return false
	}
	if v, ok := a.wrapTypes[n.Origin()]; ok {
		return v
	}
	a.wrapTypes[n.Origin()] = false
	res := false
	for i := range n.Origin().NumMethods() {
		if s := a.routeWrapOf(n.Origin().Method(i)); s != nil && s.RouterField == "" {
			res = true
			break
		}
	}
	a.wrapTypes[n.Origin()] = res
	return res
}

// isBuilderType reports a type whose methods are route wrappers on a
// router held in a field (gitea's Combo).
func (a *pkgAnalysis) isBuilderType(t types.Type) bool {
	n, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	for i := range n.Origin().NumMethods() {
		if s := a.routeWrapOf(n.Origin().Method(i)); s != nil && s.RouterField != "" {
			return true
		}
	}
	return false
}

// inferGroupOrUse: a method of a wrapper router that stores middleware
// (and a prefix) in its receiver and calls a callback (group), or that
// stores or Uses middleware (use).
func (a *pkgAnalysis) inferGroupOrUse(fn *ssa.Function) *wrapSpec {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || !a.isWrapRouter(fn.Params[0].Type()) {
		return nil
	}
	s := newSpec("group")
	for i, p := range fn.Params[1:] {
		if _, ok := p.Type().Underlying().(*types.Signature); ok {
			if calls(fn, p) {
				s.FuncParam = i + 1
			}
		}
	}
	hasString := false
	for _, p := range fn.Params[1:] {
		if isStringType(p.Type()) {
			hasString = true
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			var vals []ssa.Value
			switch x := instr.(type) {
			case *ssa.Store:
				fa, ok := x.Addr.(*ssa.FieldAddr)
				if !ok || fa.X != fn.Params[0] {
					continue
				}
				vals = []ssa.Value{x.Val}
			case ssa.CallInstruction:
				// A modelled Use on the wrapped router.
				cc := x.Common()
				obj := typesutil.Callee(cc)
				if obj == nil || obj.Name() != "Use" {
					continue
				}
				recv := cc.Value
				args := cc.Args
				if !cc.IsInvoke() && len(args) > 0 {
					recv, args = args[0], args[1:]
				}
				if routerKind(recv.Type()) == "" {
					continue
				}
				vals = args
			default:
				continue
			}
			for _, v := range vals {
				for d, t := range paramDeps(fn, v) {
					if d.field != "" || d.param == 0 {
						continue
					}
					switch {
					case isStringType(t):
						s.PatternParam = d.param
					case d.param != s.FuncParam:
						if _, ok := t.Underlying().(*types.Signature); !ok || !calls(fn, fn.Params[d.param]) {
							s.ChainParam = d.param
						}
					}
				}
			}
		}
	}
	switch {
	case s.FuncParam >= 0 && (s.PatternParam >= 0 || s.ChainParam >= 0):
		return s
	case s.FuncParam < 0 && !hasString && s.ChainParam >= 0:
		s.Kind, s.PatternParam = "use", -1
		return s
	}
	return nil
}

// calls reports whether fn calls the function value v.
func calls(fn *ssa.Function, v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		if c, ok := ref.(ssa.CallInstruction); ok && c.Common().Value == v && c.Parent() == fn {
			return true
		}
	}
	return false
}

// inferBuilder: fn returns a new struct, some of whose fields it sets from
// its parameters, of a type whose methods are route wrappers on a field.
func (a *pkgAnalysis) inferBuilder(fn *ssa.Function) *wrapSpec {
	r := fn.Signature.Results()
	if r.Len() != 1 || !a.isBuilderType(r.At(0).Type()) {
		return nil
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		alloc, ok := ret.Results[0].(*ssa.Alloc)
		if !ok {
			continue
		}
		s := newSpec("builder")
		for _, ref := range *alloc.Referrers() {
			fa, ok := ref.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			for _, r2 := range *fa.Referrers() {
				st, ok := r2.(*ssa.Store)
				if !ok || st.Addr != fa {
					continue
				}
				if p, ok := st.Val.(*ssa.Parameter); ok {
					s.Fields = append(s.Fields, fieldName(alloc.Type(), fa.Field)+"="+strconv.Itoa(paramIndex(fn, p)))
				}
			}
		}
		if len(s.Fields) > 0 {
			return s
		}
	}
	return nil
}

// builderVal is a route builder in the route model: its fields' values.
type builderVal struct {
	fr     *frame
	fields map[string]ssa.Value
}

// wrapCall interprets a call of a router wrapper; false when the call is
// not one the model can apply.
func (w *walk) wrapCall(fr *frame, sp *wrapSpec, all []ssa.Value, val ssa.Value, pos token.Pos, inLoop bool) bool {
	arg := func(i int) ssa.Value {
		if i >= 0 && i < len(all) {
			return all[i]
		}
		return nil
	}
	switch sp.Kind {
	case "builder":
		r := w.cur(fr.lookup(arg(0)))
		if r == nil {
			return false
		}
		bv := &builderVal{fr: fr, fields: map[string]ssa.Value{}}
		for _, f := range sp.Fields {
			name, idx, _ := strings.Cut(f, "=")
			if i, err := strconv.Atoi(idx); err == nil && arg(i) != nil {
				bv.fields[name] = arg(i)
			}
		}
		if val != nil {
			fr.builders[val] = bv
		}
		return true
	case "route":
		var r *router
		var patV ssa.Value
		var chain []ssa.Value
		if sp.RouterField != "" {
			bv := fr.builders[arg(sp.RouterParam)]
			if bv == nil {
				w.a.unresolvedAt(pos, "route builder not followed")
				return true
			}
			r = w.cur(bv.fr.lookup(bv.fields[sp.RouterField]))
			patV = bv.fields[sp.PatternField]
			if sp.ChainField != "" {
				chain = append(chain, w.chainElems(bv.fields[sp.ChainField])...)
			}
			if val != nil {
				fr.builders[val] = bv
			}
		} else {
			if sp.Via != "" {
				// The router held in the field the wrapper registers on,
				// when this walk saw it assigned (s.mux = NewServeMux()).
				r = w.cur(fr.field(arg(sp.RouterParam), sp.Via))
			}
			if r == nil {
				r = w.cur(fr.lookup(arg(sp.RouterParam)))
			}
			patV = arg(sp.PatternParam)
		}
		if r == nil {
			w.a.unresolvedAt(pos, "router value not followed")
			return true
		}
		if sp.PatternParam >= 0 {
			patV = arg(sp.PatternParam)
		}
		method := sp.Method
		if sp.MethodParam >= 0 {
			method = strings.ToUpper(constString(arg(sp.MethodParam)))
			if method == "\x00" {
				method = ""
			}
		}
		chain = append(chain, w.chainElems(arg(sp.ChainParam))...)
		// What the wrapper forwards to is not kept: a router given to it
		// is taken as mounted (gitea's Mount calls chi's).
		if rt := w.mount(fr, r, method, patV, chain, pos, inLoop); rt != nil && len(chain) == 0 {
			rt.why = "handlers passed as a computed slice"
		}
		return true
	case "group":
		r := w.cur(fr.lookup(arg(0)))
		if r == nil {
			return false
		}
		c := w.newRouter(r.kind, r, pos)
		if sp.PatternParam >= 0 {
			c.prefix = constString(arg(sp.PatternParam))
		}
		w.use(fr, c, w.chainElems(arg(sp.ChainParam)), pos)
		v, vfr := w.origin(fr, arg(sp.FuncParam))
		fn := funcOf(v)
		if fn == nil || fn.Blocks == nil || fn.Pkg != w.a.ssa.Pkg {
			w.a.unresolvedAt(pos, "group callback is not a known function")
			return true
		}
		prev := w.redirect[r]
		w.redirect[r] = c
		var bind map[int]*router
		if len(fn.Params) > 0 && fr.lookup(arg(0)) != nil {
			bind = map[int]*router{0: c}
		}
		mc, _ := v.(*ssa.MakeClosure)
		w.inlineClosure(fr, fn, nil, bind, nil, mc, vfr)
		w.redirect[r] = prev
		return true
	case "use":
		r := w.cur(fr.lookup(arg(0)))
		if r == nil {
			return false
		}
		w.use(fr, r, w.chainElems(arg(sp.ChainParam)), pos)
		return true
	}
	return false
}

// cur follows group redirections: while a group's callback runs, routes
// registered on the router belong to the group.
func (w *walk) cur(r *router) *router {
	for i := 0; r != nil && i < 64; i++ {
		n := w.redirect[r]
		if n == nil {
			break
		}
		r = n
	}
	return r
}

// chainElems are the handler values of a chain argument: the elements of
// a variadic slice, or the value itself.
func (w *walk) chainElems(v ssa.Value) []ssa.Value {
	if v == nil {
		return nil
	}
	if _, ok := v.Type().Underlying().(*types.Slice); ok {
		return w.elems(v)
	}
	return []ssa.Value{v}
}

// origin resolves a value captured by a closure to its value in the
// enclosing frame that bound it, and a load of a variable assigned once
// (a captured local) to the value stored; it returns the value's frame.
func (w *walk) origin(fr *frame, v ssa.Value) (ssa.Value, *frame) {
	return origin(fr, v)
}

func origin(fr *frame, v ssa.Value) (ssa.Value, *frame) {
	for i := 0; i < 16 && fr != nil; i++ {
		switch x := v.(type) {
		case *ssa.FreeVar:
			b, ok := fr.free[x]
			if !ok {
				return v, fr
			}
			v, fr = b, fr.parent
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v, fr
			}
			addr, afr := origin(fr, x.X)
			alloc, ok := addr.(*ssa.Alloc)
			if !ok {
				return v, fr
			}
			var val ssa.Value
			for _, ref := range *alloc.Referrers() {
				if st, ok := ref.(*ssa.Store); ok && st.Addr == alloc {
					if val != nil {
						return v, fr // assigned more than once
					}
					val = st.Val
				}
			}
			if val == nil {
				return v, fr
			}
			v, fr = val, afr
		default:
			return v, fr
		}
	}
	return v, fr
}

// unreached lists wrapper registrations the route model never reached
// (their enclosing code was not walked from a root): counted, not guessed.
func (a *pkgAnalysis) unreached() {
	for _, s := range a.wrapSites {
		if !a.resolvedPos[s] {
			a.unresolvedAt(s, "registration through a router wrapper not reached from a router the model follows")
		}
	}
}

// wrapSite records a call of a route wrapper for the unreached count.
func (a *pkgAnalysis) wrapSite(cc *ssa.CallCommon, pos token.Pos) bool {
	obj := typesutil.Callee(cc)
	if obj == nil || cc.IsInvoke() {
		return false
	}
	if recv := obj.Signature().Recv(); recv != nil && routerKind(recv.Type()) != "" {
		return false // a modelled framework's method: counted by its model
	}
	if a.routeWrapOf(obj) == nil {
		return false
	}
	a.wrapSites = append(a.wrapSites, pos)
	return true
}

// inferApply summarises fn as a middleware applier: a function of a handler
// parameter and a list of middleware that returns the handler wrapped in
// each element in turn,
//
//	func Use(h http.HandlerFunc, mids ...func(http.Handler) http.HandlerFunc) http.HandlerFunc {
//		for _, m := range mids {
//			h = m(h)
//		}
//		return h
//	}
//
// or the same loop run from the last element down (Reverse). Nil for
// other functions.
func inferApply(fn *ssa.Function) *wrapSpec {
	sig := fn.Signature
	if sig.Recv() != nil || !returnsHandler(fn) || len(fn.Params) != 2 {
		return nil
	}
	hi, mi := -1, -1
	for i, p := range fn.Params {
		if isHandlerType(p.Type()) {
			hi = i
		} else if sl, ok := p.Type().Underlying().(*types.Slice); ok && isMiddlewareSig(sl.Elem()) {
			mi = i
		}
	}
	if hi < 0 || mi < 0 {
		return nil
	}
	h, mids := fn.Params[hi], fn.Params[mi]
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			c, ok := instr.(*ssa.Call)
			if !ok || c.Call.IsInvoke() || len(c.Call.Args) != 1 {
				continue
			}
			ld, ok := c.Call.Value.(*ssa.UnOp)
			if !ok || ld.Op != token.MUL {
				continue
			}
			ia, ok := ld.X.(*ssa.IndexAddr)
			if !ok || ia.X != ssa.Value(mids) {
				continue
			}
			// The handler passed is a phi of the parameter and of the
			// call's own result (the loop's variable), and that phi is
			// what fn returns.
			phi, ok := typesutil.Unconvert(c.Call.Args[0]).(*ssa.Phi)
			if !ok || !phiOf(phi, h, c) || !returnsValue(fn, phi) {
				continue
			}
			s := newSpec("apply")
			s.HandlerParam, s.ChainParam = hi, mi
			s.Reverse = countsDown(ia.Index)
			return s
		}
	}
	return nil
}

// phiOf reports whether the edges of phi are the parameter h and the
// call c, converted or not.
func phiOf(phi *ssa.Phi, h *ssa.Parameter, c *ssa.Call) bool {
	seenH, seenC := false, false
	for _, e := range phi.Edges {
		switch typesutil.Unconvert(e) {
		case ssa.Value(h):
			seenH = true
		case ssa.Value(c):
			seenC = true
		default:
			return false
		}
	}
	return seenH && seenC
}

// returnsValue reports whether every return of fn returns v (converted or
// not).
func returnsValue(fn *ssa.Function, v ssa.Value) bool {
	n := 0
	for _, b := range fn.Blocks {
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			if len(r.Results) != 1 || typesutil.Unconvert(r.Results[0]) != v {
				return false
			}
			n++
		}
	}
	return n > 0
}

// countsDown reports whether a loop's index steps down (i--).
func countsDown(idx ssa.Value) bool {
	phi, ok := idx.(*ssa.Phi)
	if !ok {
		return false
	}
	for _, e := range phi.Edges {
		if bin, ok := e.(*ssa.BinOp); ok && bin.X == ssa.Value(phi) {
			return bin.Op == token.SUB
		}
	}
	return false
}
