package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Rows that hold only for a receiver built in a certain way
// (models.BuiltWith): goldmark's Convert carries its source into its writer
// only for a goldmark.Markdown whose renderer was given html.WithUnsafe.
//
// The receiver is followed back to the values it may be: through
// conversions to interfaces, φ-nodes, package variables and struct fields
// (every value this package stores in them), and calls of this package's
// functions (the values they return). A call of one of the row's
// constructors meets the condition when one of its arguments is built from
// a value one of the row's options returned: directly, in the variadic
// slice, nested in another call's arguments (goldmark.WithRendererOptions(
// html.WithUnsafe()), an html.NewRenderer given to goldmark.WithRenderer),
// or appended to an options slice on some path, or given to a method of
// the value later (md.Renderer().AddOptions(html.WithUnsafe())). Any other
// origin (a parameter, another package's variable or function) does not:
// the library's default holds, which for goldmark is safe. The condition is "may be built
// unsafe": one path that passes the option is enough.

// maxBuiltDepth bounds the calls, φ-nodes and slots the walk back from a
// receiver, and into a constructor's arguments, goes through (conversions,
// slices and their arrays cost nothing: the seen sets end those).
const maxBuiltDepth = 12

type builtKey struct {
	v    ssa.Value
	cond *models.BuiltWith
}

// builtWith reports whether v may be a value built as c says (see above).
func (p *pkgState) builtWith(v ssa.Value, c *models.BuiltWith) bool {
	if v == nil || c == nil {
		return false
	}
	k := builtKey{v, c}
	if r, ok := p.builtCache[k]; ok {
		return r
	}
	if p.builtCache == nil {
		p.builtCache = map[builtKey]bool{}
	}
	p.builtCache[k] = false // cycles
	r := p.madeBy(v, c, map[ssa.Value]bool{}, 0)
	p.builtCache[k] = r
	return r
}

// madeBy walks back from a receiver to its constructors: one that passes
// one of c's options is enough.
func (p *pkgState) madeBy(v ssa.Value, c *models.BuiltWith, seen map[ssa.Value]bool, depth int) bool {
	start := len(p.foreignLoads)
	defer func() { p.foreignLoads = p.foreignLoads[:start] }()
	calls, _ := p.origins(v, seen, depth)
	built := false
	for _, cc := range calls {
		obj := typesutil.Callee(cc)
		if obj != nil && !cc.IsInvoke() && p.builtAbroad(obj, c) {
			return true // another package's function returns one
		}
		if obj != nil && !cc.IsInvoke() && slices.Contains(c.New, obj.Origin().FullName()) {
			built = true
			for _, a := range cc.Args {
				if p.passes(a, c, map[ssa.Value]bool{}, 0) {
					return true
				}
			}
		}
	}
	for _, obj := range p.foreignLoads[start:] {
		if p.builtAbroad(obj, c) {
			return true // another package's variable holds one
		}
	}
	return built && p.optionedLater(seen, c)
}

// madeFact says what an exported package variable holds or an exported
// function returns (its first result): the BuiltWith conditions (by name)
// the value may meet, and, for a function whose result is an interface,
// the concrete types every return converts to it ("*example.com/pw.page",
// see returnedTypes).
type madeFact struct {
	Conds []string
	Types []string
}

// AFact marks madeFact as an analysis fact.
func (*madeFact) AFact() {}

func (f *madeFact) String() string {
	var parts []string
	if len(f.Conds) > 0 {
		parts = append(parts, "built("+strings.Join(f.Conds, ",")+")")
	}
	if len(f.Types) > 0 {
		parts = append(parts, "returns("+strings.Join(f.Types, ",")+")")
	}
	return strings.Join(parts, "; ")
}

// builtAbroad reports whether obj, another package's variable or
// function, holds or returns a value built as c says (its madeFact).
func (p *pkgState) builtAbroad(obj types.Object, c *models.BuiltWith) bool {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return false
	}
	var f madeFact
	return p.pass.ImportObjectFact(obj, &f) && slices.Contains(f.Conds, c.Name)
}

// exportBuilt exports, for each exported package variable and function
// of this package, the BuiltWith conditions its value (or first result)
// may meet: a shared engine kept in a package (md.Unsafe) is judged where
// it is made; and for an exported function returning an interface, the
// concrete types it returns (a constructor, pagewriter.NewWriter).
func (p *pkgState) exportBuilt() {
	for _, m := range p.ssa.Pkg.Members {
		fn, ok := m.(*ssa.Function)
		if !ok || fn.Blocks == nil || fn.Signature.Results().Len() == 0 {
			continue
		}
		// An interface other than error (a constructor's result, not a
		// function's failure).
		if rt := fn.Signature.Results().At(0).Type(); !types.IsInterface(rt) || types.Identical(rt, types.Universe.Lookup("error").Type()) {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok && obj.Exported() {
			var keys []string
			for _, t := range concreteReturns(fn, 0) {
				k := typeKey(t)
				// The package's own types (a constructor's), not a
				// library's (http.HandlerFunc: its rows say).
				if k == "" || !strings.HasPrefix(strings.TrimPrefix(k, "*"), p.pass.Pkg.Path()+".") {
					keys = nil // a type a fact cannot name
					break
				}
				keys = append(keys, k)
			}
			if len(keys) > 0 {
				p.made(obj).Types = keys
			}
		}
	}
	defer func() {
		for obj, f := range p.madeFacts {
			p.pass.ExportObjectFact(obj, f)
		}
	}()
	p.exportWidenedPolicies()
	var conds []*models.BuiltWith
	for _, c := range models.BuiltWiths() {
		// Only a package that imports the constructor's can make one.
		for _, n := range c.New {
			if p.importedPkg(models.PackageOf(n)) != nil {
				conds = append(conds, c)
				break
			}
		}
	}
	if len(conds) == 0 {
		return
	}
	for _, mv := range p.exportedValues() {
		obj, vals := mv.obj, mv.vals
		for _, c := range conds {
			for _, v := range vals {
				if p.builtWith(v, c) {
					f := p.made(obj)
					f.Conds = append(f.Conds, c.Name)
					break
				}
			}
		}
	}
}

// exportedValue is an exported package variable, or an exported
// function's first result: its object, its type, and the values stored
// in it or returned.
type exportedValue struct {
	obj  types.Object
	typ  types.Type
	vals []ssa.Value
}

// exportedValues lists the package's exported variables and functions
// (with a result and a body), each with the values it may hold or return.
func (p *pkgState) exportedValues() []exportedValue {
	var out []exportedValue
	for _, m := range p.ssa.Pkg.Members {
		switch x := m.(type) {
		case *ssa.Global:
			if x.Object() != nil && x.Object().Exported() {
				if vals := p.slotStores(x); len(vals) > 0 {
					out = append(out, exportedValue{x.Object(), typesutil.Deref(x.Type()), vals})
				}
			}
		case *ssa.Function:
			o, ok := x.Object().(*types.Func)
			if !ok || !o.Exported() || x.Signature.Results().Len() == 0 || x.Blocks == nil {
				continue
			}
			ev := exportedValue{obj: o, typ: x.Signature.Results().At(0).Type()}
			for _, b := range x.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
					ev.vals = append(ev.vals, ret.Results[0])
				}
			}
			if len(ev.vals) > 0 {
				out = append(out, ev)
			}
		}
	}
	return out
}

// widenedCond prefixes a madeFact condition that says why a bluemonday
// policy an exported variable holds or an exported function returns lets
// script through (policyWidened).
const widenedCond = "bluemonday-widened:"

// exportWidenedPolicies notes, for each exported package variable and
// function of this package that holds or returns a bluemonday policy
// that may let script through, why: a policy built in a shared package
// (ui.CommentPolicy()) is judged where it is made.
func (p *pkgState) exportWidenedPolicies() {
	if p.importedPkg(models.PolicyPkg) == nil {
		return
	}
	for _, mv := range p.exportedValues() {
		if !models.IsPolicyType(mv.typ) {
			continue
		}
		obj, vals := mv.obj, mv.vals
		for _, v := range vals {
			if why := p.policyWidened(v); why != "" {
				f := p.made(obj)
				f.Conds = append(f.Conds, widenedCond+why)
				break
			}
		}
	}
}

// widenedAbroad returns why another package's variable or function holds
// or returns a policy that lets script through, naming it, or "" (its
// madeFact).
func (p *pkgState) widenedAbroad(obj types.Object) string {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return ""
	}
	var f madeFact
	if !p.pass.ImportObjectFact(obj, &f) {
		return ""
	}
	for _, c := range f.Conds {
		if why, ok := strings.CutPrefix(c, widenedCond); ok {
			return why + " in " + obj.Pkg().Name() + "." + obj.Name() // where to look
		}
	}
	return ""
}

// made returns the madeFact being built for obj.
func (p *pkgState) made(obj types.Object) *madeFact {
	if p.madeFacts == nil {
		p.madeFacts = map[types.Object]*madeFact{}
	}
	f := p.madeFacts[obj]
	if f == nil {
		f = &madeFact{}
		p.madeFacts[obj] = f
	}
	return f
}

// concreteReturns returns the concrete types result idx of fn converts to
// its interface type on every return (a nil interface aside), at most
// maxSlotTypes of them; nil when some return is anything else (a call's
// interface result, a parameter).
func concreteReturns(fn *ssa.Function, idx int) []types.Type {
	var out []types.Type
	ok := forReturned(fn, idx, func(r ssa.Value) bool {
		switch x := r.(type) {
		case *ssa.MakeInterface:
			if types.IsInterface(x.X.Type()) {
				return false
			}
			if !slices.ContainsFunc(out, func(t types.Type) bool { return types.Identical(t, x.X.Type()) }) {
				out = append(out, x.X.Type())
			}
			return len(out) <= maxSlotTypes
		case *ssa.Const:
			return x.IsNil()
		}
		return false
	})
	if !ok {
		return nil
	}
	return out
}

// typeKey names a named type, or a pointer to one, for a fact:
// "*example.com/pw.page".
func typeKey(t types.Type) string {
	star := ""
	if ptr, ok := t.(*types.Pointer); ok {
		star, t = "*", ptr.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.TypeArgs().Len() > 0 {
		return ""
	}
	return star + n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// keyType is typeKey's inverse, for a package this one imports.
func (p *pkgState) keyType(key string) types.Type {
	name, ptr := strings.CutPrefix(key, "*")
	i := strings.LastIndex(name, ".")
	if i < 0 {
		return nil
	}
	pkg := p.importedPkg(name[:i])
	if pkg == nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup(name[i+1:]).(*types.TypeName)
	if !ok {
		return nil
	}
	if ptr {
		return types.NewPointer(tn.Type())
	}
	return tn.Type()
}

// returnedTypes returns the concrete types a call's interface result v
// may hold: what the callee's returns convert (from its body in this
// package, from its madeFact for another's); nil when not known.
func (p *pkgState) returnedTypes(v ssa.Value) []types.Type {
	idx := 0
	if x, ok := v.(*ssa.Extract); ok {
		v, idx = x.Tuple, x.Index
	}
	c, ok := v.(*ssa.Call)
	if !ok || c.Call.IsInvoke() {
		return nil
	}
	g := staticOrigin(&c.Call)
	if g == nil {
		return nil
	}
	if g.Pkg == p.ssa.Pkg {
		if g.Blocks == nil {
			return nil
		}
		return concreteReturns(g, idx)
	}
	obj, _ := g.Object().(*types.Func)
	var f madeFact
	if idx != 0 || obj == nil || obj.Pkg() == nil || models.ModelledPackage(obj.Pkg().Path()) || !p.pass.ImportObjectFact(obj, &f) || len(f.Types) == 0 {
		return nil // a modelled library's values are what its rows say
	}
	var out []types.Type
	for _, k := range f.Types {
		t := p.keyType(k)
		if t == nil {
			return nil
		}
		out = append(out, t)
	}
	return out
}

// optionedLater reports whether one of c's options is passed to a method
// of a value the walk back from a receiver went through (seen), or of
// what such a method without arguments returns: a goldmark.Markdown made
// safe and then changed, md.Renderer().AddOptions(html.WithUnsafe()).
// The uses of a value kept in a package variable are its loads anywhere
// in this package (an init function that adds the option).
func (p *pkgState) optionedLater(seen map[ssa.Value]bool, c *models.BuiltWith) bool {
	if p.globalLoads == nil {
		p.indexGlobals()
	}
	var vals []ssa.Value
	for v := range seen {
		vals = append(vals, v)
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			if g, ok := u.X.(*ssa.Global); ok {
				for _, ld := range p.globalLoads[g] {
					vals = append(vals, ld)
				}
			}
		}
	}
	var given func(v ssa.Value, depth int) bool
	given = func(v ssa.Value, depth int) bool {
		refs := v.Referrers()
		if refs == nil {
			return false
		}
		for _, r := range *refs {
			call, ok := r.(ssa.CallInstruction)
			if !ok {
				if x, ok := r.(ssa.Value); ok && depth < 2 && typesutil.Unconvert(x) == v {
					if given(x, depth+1) {
						return true // an interface conversion of it
					}
				}
				continue
			}
			args := typesutil.CallArgs(call.Common())
			if len(args) == 0 || typesutil.Unconvert(args[0]) != v {
				continue
			}
			for _, a := range args[1:] {
				if p.passes(a, c, map[ssa.Value]bool{}, 0) {
					return true
				}
			}
			if res := call.Value(); res != nil && len(args) == 1 && depth < 2 && given(res, depth+1) {
				return true // md.Renderer().AddOptions(...)
			}
		}
		return false
	}
	for _, v := range vals {
		if given(v, 0) {
			return true
		}
	}
	return false
}

// origins returns the calls of other packages' functions v may be the
// result of (its constructors), walking back through conversions,
// φ-nodes, the package variables and struct fields this package stores it
// in, and the results of this package's functions. complete is false when
// some origin is neither (a parameter, another package's variable, a
// walk cut at maxBuiltDepth).
func (p *pkgState) origins(v ssa.Value, seen map[ssa.Value]bool, depth int) (calls []*ssa.CallCommon, complete bool) {
	complete = true
	var walk func(v ssa.Value, depth int)
	walk = func(v ssa.Value, depth int) {
		if v == nil || depth > maxBuiltDepth {
			complete = false
			return
		}
		if seen[v] {
			return
		}
		seen[v] = true
		returns := func(fn *ssa.Function, i int) {
			n := 0
			for _, b := range fn.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
					walk(ret.Results[i], depth+1)
					n++
				}
			}
			if n == 0 {
				complete = false
			}
		}
		switch x := v.(type) {
		case *ssa.Call:
			cc := typesutil.Unbind(&x.Call)
			if fn := staticOrigin(cc); fn != nil && fn.Pkg == p.ssa.Pkg && fn.Blocks != nil {
				returns(fn, 0) // a function of this package: what it returns
				return
			}
			calls = append(calls, cc)
		case *ssa.Extract:
			call, ok := x.Tuple.(*ssa.Call)
			if !ok {
				complete = false
				return
			}
			if fn := staticOrigin(typesutil.Unbind(&call.Call)); fn != nil && fn.Pkg == p.ssa.Pkg && fn.Blocks != nil {
				returns(fn, x.Index)
				return
			}
			calls = append(calls, typesutil.Unbind(&call.Call))
		case *ssa.MakeInterface:
			walk(x.X, depth)
		case *ssa.ChangeInterface:
			walk(x.X, depth)
		case *ssa.ChangeType:
			walk(x.X, depth)
		case *ssa.TypeAssert:
			walk(x.X, depth)
		case *ssa.Phi:
			for _, e := range x.Edges {
				walk(e, depth+1)
			}
		case *ssa.UnOp:
			if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && g.Pkg != p.ssa.Pkg && g.Object() != nil {
				p.foreignLoads = append(p.foreignLoads, g.Object())
				complete = false
				return
			}
			stores := p.slotStores(x.X)
			if x.Op != token.MUL || len(stores) == 0 {
				complete = false
				return
			}
			for _, sv := range stores {
				walk(sv, depth+1)
			}
		case *ssa.Field:
			var stores []ssa.Value
			if obj := fieldVar(x.X.Type(), x.Field); obj != nil {
				stores = p.fieldStores(obj)
			}
			if len(stores) == 0 {
				complete = false
				return
			}
			for _, sv := range stores {
				walk(sv, depth+1)
			}
		default:
			complete = false
		}
	}
	walk(v, depth)
	return calls, complete
}

// passes reports whether a constructor's argument a is, or is built from,
// a value one of c's options returned.
func (p *pkgState) passes(a ssa.Value, c *models.BuiltWith, seen map[ssa.Value]bool, depth int) bool {
	if a == nil || depth > maxBuiltDepth || seen[a] {
		return false
	}
	seen[a] = true
	switch x := a.(type) {
	case *ssa.Call:
		cc := typesutil.Unbind(&x.Call)
		if obj := typesutil.Callee(cc); obj != nil && !cc.IsInvoke() && slices.Contains(c.Options, obj.Origin().FullName()) {
			return true
		}
		// An option built from options (goldmark.WithRendererOptions),
		// an options slice appended to, or an option returned by a
		// function of this package.
		for _, arg := range cc.Args {
			if p.passes(arg, c, seen, depth+1) {
				return true
			}
		}
		if fn := staticOrigin(cc); fn != nil && fn.Pkg == p.ssa.Pkg && fn.Blocks != nil {
			for _, b := range fn.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
					for _, r := range ret.Results {
						if p.passes(r, c, seen, depth+1) {
							return true
						}
					}
				}
			}
		}
	case *ssa.MakeInterface:
		return p.passes(x.X, c, seen, depth)
	case *ssa.ChangeInterface:
		return p.passes(x.X, c, seen, depth)
	case *ssa.ChangeType:
		return p.passes(x.X, c, seen, depth)
	case *ssa.Convert:
		return p.passes(x.X, c, seen, depth)
	case *ssa.Slice:
		return p.passes(x.X, c, seen, depth)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if p.passes(e, c, seen, depth+1) {
				return true
			}
		}
	case *ssa.Alloc:
		// The array of a variadic call or a slice literal: its elements.
		for _, ref := range *x.Referrers() {
			ia, ok := ref.(*ssa.IndexAddr)
			if !ok {
				continue
			}
			for _, r2 := range *ia.Referrers() {
				if st, ok := r2.(*ssa.Store); ok && st.Addr == ia && p.passes(st.Val, c, seen, depth) {
					return true
				}
			}
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			// Options kept in a package variable or a field.
			for _, sv := range p.slotStores(x.X) {
				if p.passes(sv, c, seen, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// slotStores returns the values this package stores at an address that
// denotes a package variable or a struct field, or nil.
func (p *pkgState) slotStores(addr ssa.Value) []ssa.Value {
	switch a := addr.(type) {
	case *ssa.Global:
		p.storedOnce(a) // fills globalStores
		return p.globalStores[a]
	case *ssa.FieldAddr:
		if obj := fieldVar(a.X.Type(), a.Field); obj != nil {
			return p.fieldStores(obj)
		}
	}
	return nil
}

// fieldStores returns the values this package stores in a struct field, in
// any value of its struct type (a composite literal is such a store).
func (p *pkgState) fieldStores(field types.Object) []ssa.Value {
	if p.fieldStoreIdx == nil {
		p.fieldStoreIdx = map[types.Object][]ssa.Value{}
		for _, fn := range p.funcs() {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if st, ok := instr.(*ssa.Store); ok {
						if fa, ok := st.Addr.(*ssa.FieldAddr); ok {
							if o := fieldVar(fa.X.Type(), fa.Field); o != nil {
								p.fieldStoreIdx[o] = append(p.fieldStoreIdx[o], st.Val)
							}
						}
					}
				}
			}
		}
	}
	return p.fieldStoreIdx[field]
}

// withStep adds a step (a renderer the text went through) to the related
// locations of t's origin.
func withStep(t Taint, pos token.Pos, desc string) Taint {
	if t.Source == nil || t.Kinds == 0 {
		return t
	}
	o := *t.Source
	o.Hops = append([]Step{{Pos: pos, Desc: desc}}, o.Hops...)
	t.Source = &o
	return t
}

// madeSafe reports whether v was surely made as c says (models.MadeSafe):
// every value it may be is a call of one of c.New with safe options.
func (p *pkgState) madeSafe(v ssa.Value, c *models.MadeSafe) bool {
	calls, complete := p.origins(v, map[ssa.Value]bool{}, 0)
	if !complete || len(calls) == 0 {
		return false
	}
	for _, cc := range calls {
		obj := typesutil.Callee(cc)
		if obj == nil || cc.IsInvoke() || !slices.Contains(c.New, obj.Origin().FullName()) || len(cc.Args) != 1 || !safeOptions(cc.Args[0], obj.Pkg(), c) {
			return false
		}
	}
	return true
}

// safeOptions reports whether opts, a struct passed by value, is a
// literal (the load of a local the function stores its fields into) that
// sets c.Field to a constant with every flag of c.Flags (constants of
// package pkg) and none of c.Unsafe.
func safeOptions(opts ssa.Value, pkg *types.Package, c *models.MadeSafe) bool {
	ld, ok := opts.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return false
	}
	alloc, ok := ld.X.(*ssa.Alloc)
	if !ok || pkg == nil {
		return false
	}
	var want uint64
	for _, name := range c.Flags {
		k, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok {
			return false
		}
		v, exact := constant.Uint64Val(constant.ToInt(k.Val()))
		if !exact {
			return false
		}
		want |= v
	}
	flagsOK := false
	for _, r := range *alloc.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok {
			switch r.(type) {
			case *ssa.UnOp, *ssa.DebugRef:
				continue
			}
			return false // its address passed on: it may be changed
		}
		name := fieldName(fa.X.Type(), fa.Field)
		for _, fr := range *fa.Referrers() {
			st, ok := fr.(*ssa.Store)
			if !ok || st.Addr != fa {
				continue
			}
			if slices.Contains(c.Unsafe, name) {
				if k, isConst := st.Val.(*ssa.Const); !isConst || !k.IsNil() {
					return false
				}
			}
			if name != c.Field {
				continue
			}
			k, isConst := st.Val.(*ssa.Const)
			if !isConst || k.Value == nil {
				return false
			}
			v, exact := constant.Uint64Val(constant.ToInt(k.Value))
			if !exact || v&want != want {
				return false
			}
			flagsOK = true
		}
	}
	return flagsOK
}
