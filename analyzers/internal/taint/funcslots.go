package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Calls through function-typed struct fields and package variables.
//
// A call f.quote(s), where quote is an unexported field of a struct type of
// this package, can only reach functions this package stored in that field:
// code elsewhere cannot name the field. The same holds for an unexported
// package variable of function type. Such a slot is resolved to the
// functions and closures stored into it (a bounded set), and the call gets
// the union of their summaries, as an interface call gets its
// implementations'. A slot into which anything else is stored (a
// parameter, a call's result, a function read from elsewhere), or whose
// address escapes, stays unresolved: the call keeps the default of an
// unmodelled call.

// maxSlotCallees bounds the functions one slot resolves to.
const maxSlotCallees = 8

// Calls through interface-typed struct fields and package variables.
//
// For the same reason, an unexported field or package variable of
// interface type holds only what this package stores into it. When every
// value stored is seen to be of a concrete type T (converted to the
// interface where it is stored: Clean: bluemonday.UGCPolicy()), a call of
// a method on a value read from the slot is a call of T's method, and T's
// model rows (a sanitiser, a sink, a propagator), summary or fact apply as
// if the receiver were a T; several types give the union. A store of any
// other value (a parameter, another interface, a call's result of
// interface type), or an escaping address, leaves the slot unresolved:
// the call keeps the default of an interface call.

// maxSlotTypes bounds the concrete types one interface slot resolves to.
const maxSlotTypes = 4

// slotMethods returns the concrete methods an invoke of m on v reaches
// when v is read from a resolvable interface slot (see above), or made
// from a concrete value where it is used (madeTypes), or nil.
func (p *pkgState) slotMethods(v ssa.Value, m *types.Func) []*ssa.Function {
	ts := madeTypes(v, 0)
	if ts == nil {
		key := slotOfValue(v)
		if key == nil {
			return nil
		}
		if p.slots == nil {
			p.scanSlots()
		}
		ts = p.ifaceSlots[key]
	}
	if len(ts) == 0 {
		return nil
	}
	prog := p.ssa.Pkg.Prog
	var out []*ssa.Function
	for _, t := range ts {
		sel := prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name())
		if sel == nil {
			return nil
		}
		// The declared method, not the wrapper a pointer's method set
		// or an embedding has: its summary and rows are the method's.
		obj, _ := sel.Obj().(*types.Func)
		var fn *ssa.Function
		if obj != nil {
			fn = prog.FuncValue(obj.Origin())
		}
		if fn == nil {
			fn = prog.MethodValue(sel)
		}
		if fn == nil {
			return nil
		}
		out = append(out, fn)
	}
	return out
}

// madeTypes returns the concrete types of the values an interface value
// v was made from in this function (var f Formatter = escaped{}), where
// it is such a conversion or a φ-node (two deep) of only such
// conversions: a method called on v is that type's. Nil otherwise.
func madeTypes(v ssa.Value, depth int) []types.Type {
	switch v := v.(type) {
	case *ssa.MakeInterface:
		return []types.Type{v.X.Type()}
	case *ssa.Phi:
		if depth >= 2 {
			return nil
		}
		var out []types.Type
		for _, e := range v.Edges {
			ts := madeTypes(e, depth+1)
			if ts == nil {
				return nil
			}
			for _, t := range ts {
				if !slices.ContainsFunc(out, func(u types.Type) bool { return types.Identical(t, u) }) {
					out = append(out, t)
				}
			}
		}
		if len(out) > maxSlotTypes {
			return nil
		}
		return out
	}
	return nil
}

// forReturned calls each with every value result idx of fn is on its
// returns, through φ-nodes (two deep): false when each refuses one, or
// fn has no return with that result.
func forReturned(fn *ssa.Function, idx int, each func(ssa.Value) bool) bool {
	var visit func(r ssa.Value, depth int) bool
	visit = func(r ssa.Value, depth int) bool {
		if phi, ok := r.(*ssa.Phi); ok {
			if depth > 2 {
				return false
			}
			for _, e := range phi.Edges {
				if !visit(e, depth+1) {
					return false
				}
			}
			return true
		}
		return each(r)
	}
	n := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if idx >= len(ret.Results) || !visit(ret.Results[idx], 0) {
			return false
		}
		n++
	}
	return n > 0
}

// slotCallees returns the functions a dynamic call of v may reach when v
// is read from a resolvable slot (see above), or nil.
func (p *pkgState) slotCallees(v ssa.Value) []*ssa.Function {
	key := slotOfValue(v)
	if key == nil {
		return nil
	}
	if p.slots == nil {
		p.scanSlots()
	}
	return p.slots[key]
}

// slotOfValue returns the field or package variable a function value was
// read from, or nil.
func slotOfValue(v ssa.Value) types.Object {
	switch x := v.(type) {
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return slotOfAddr(x.X)
		}
	case *ssa.Field:
		return fieldVar(x.X.Type(), x.Field)
	}
	return nil
}

// slotOfAddr returns the field or package variable an address denotes, or
// nil.
func slotOfAddr(a ssa.Value) types.Object {
	switch x := a.(type) {
	case *ssa.FieldAddr:
		return fieldVar(x.X.Type(), x.Field)
	case *ssa.Global:
		return x.Object()
	}
	return nil
}

func fieldVar(t types.Type, i int) types.Object {
	st, ok := typesutil.Deref(t).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	return st.Field(i).Origin()
}

// slotCandidate reports whether obj is a slot this package alone can
// store into: an unexported field or package variable of function type
// declared in this package.
func (p *pkgState) slotCandidate(obj types.Object) bool {
	if obj == nil || obj.Exported() || obj.Pkg() != p.pass.Pkg {
		return false
	}
	switch obj.Type().Underlying().(type) {
	case *types.Signature, *types.Interface:
		return true
	}
	return false
}

// exportedFuncSlot reports whether obj is an exported field or package
// variable of function type declared in this package: other packages may
// store into it too, so calls here are not resolved through it, but what
// every function this package stores into it has in common is exported
// for the calls in packages that import this one (slotFact).
func (p *pkgState) exportedFuncSlot(obj types.Object) bool {
	if obj == nil || !obj.Exported() || obj.Pkg() != p.pass.Pkg {
		return false
	}
	_, ok := obj.Type().Underlying().(*types.Signature)
	return ok
}

// scanSlots fills p.slots once per package: per slot, the functions stored
// into it, or nothing when any other use makes the set incomplete; and
// p.exportedSlots the same for exported function slots.
func (p *pkgState) scanSlots() {
	stored := map[types.Object][]*ssa.Function{}
	storedTypes := map[types.Object][]types.Type{}
	bad := map[types.Object]bool{}
	addType := func(obj types.Object, t types.Type) {
		for _, u := range storedTypes[obj] {
			if types.Identical(u, t) {
				return
			}
		}
		storedTypes[obj] = append(storedTypes[obj], t)
	}
	addFn := func(obj types.Object, fn *ssa.Function) {
		if !containsFunc(stored[obj], fn) {
			stored[obj] = append(stored[obj], fn)
		}
	}
	for _, fn := range p.funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					if obj := slotOfAddr(st.Addr); p.slotCandidate(obj) || p.exportedFuncSlot(obj) {
						switch v := st.Val.(type) {
						case *ssa.MakeInterface:
							if types.IsInterface(v.X.Type()) {
								bad[obj] = true
							} else {
								addType(obj, v.X.Type())
							}
						case *ssa.Call, *ssa.Extract:
							// A constructor's interface result: the
							// types it returns (pw := pagewriter.New()).
							ts := p.returnedTypes(v)
							if ts == nil {
								bad[obj] = true
							}
							for _, t := range ts {
								addType(obj, t)
							}
						case *ssa.Function:
							addFn(obj, v)
						case *ssa.MakeClosure:
							addFn(obj, v.Fn.(*ssa.Function))
						case *ssa.Const: // nil
						default:
							bad[obj] = true
						}
					}
				}
				// An address of a slot used other than to store into it or
				// load from it (passed on, stored elsewhere): stores through
				// it are not seen.
				var ops [8]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					if op == nil || *op == nil {
						continue
					}
					var obj types.Object
					switch a := (*op).(type) {
					case *ssa.FieldAddr:
						obj = slotOfAddr(a)
					case *ssa.Global:
						obj = a.Object()
					default:
						continue
					}
					if !p.slotCandidate(obj) && !p.exportedFuncSlot(obj) {
						continue
					}
					switch u := instr.(type) {
					case *ssa.Store:
						if u.Addr == *op {
							continue
						}
					case *ssa.UnOp:
						if u.Op == token.MUL {
							continue
						}
					case *ssa.DebugRef:
						continue
					}
					bad[obj] = true
				}
			}
		}
	}
	p.slots = map[types.Object][]*ssa.Function{}
	p.exportedSlots = map[types.Object][]*ssa.Function{}
	for obj, fns := range stored {
		if bad[obj] || len(fns) > maxSlotCallees {
			continue
		}
		if obj.Exported() {
			p.exportedSlots[obj] = fns
		} else {
			p.slots[obj] = fns
		}
	}
	p.ifaceSlots = map[types.Object][]types.Type{}
	for obj, ts := range storedTypes {
		if !bad[obj] && len(ts) <= maxSlotTypes {
			p.ifaceSlots[obj] = ts
		}
	}
}

func containsFunc(fs []*ssa.Function, f *ssa.Function) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}

// returnedFuncs returns the functions a function value may be when it is
// the result of a call of a function of this package that returns only
// function literals or declared functions (a helper that makes a
// closure: reject := rejecter(logger); reject(msg, token)), at most
// maxSlotCallees of them; nil otherwise.
func (p *pkgState) returnedFuncs(v ssa.Value) []*ssa.Function {
	idx := 0
	if x, ok := v.(*ssa.Extract); ok {
		v, idx = x.Tuple, x.Index
	}
	c, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	g := staticOrigin(&c.Call)
	if g == nil || g.Pkg != p.ssa.Pkg || g.Blocks == nil {
		return nil
	}
	var out []*ssa.Function
	ok = forReturned(g, idx, func(r ssa.Value) bool {
		if mc, ok := r.(*ssa.MakeClosure); ok {
			r = mc.Fn
		}
		fn, ok := r.(*ssa.Function)
		if !ok {
			return false
		}
		if !slices.Contains(out, fn) {
			out = append(out, fn)
		}
		return len(out) <= maxSlotCallees
	})
	if !ok {
		return nil
	}
	return out
}

// Methods of function types. A handler adapter
//
//	type appHandler func(http.ResponseWriter, *http.Request) error
//
//	func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
//		if err := fn(w, r); err != nil { ... }
//	}
//
// calls its receiver, which is one of the functions the package converts
// to appHandler (http.Handle("/visit", appHandler(visit))): the call of
// the receiver is a call of each, as a slot's is. A conversion of any
// other value (a parameter, a function read from elsewhere) leaves the
// receiver unresolved: a callback, as a function parameter is. So does
// an exported type of an importable package, which other packages may
// convert their own functions to.

// receiverFuncs returns the functions a call of v may reach when v is the
// receiver of fn, a method of a function type of this package, and every
// conversion to that type in the package is of a declared function or a
// closure (at most maxSlotCallees); nil otherwise.
func (p *pkgState) receiverFuncs(fn *ssa.Function, v ssa.Value) []ssa.Value {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 || v != fn.Params[0] {
		return nil
	}
	named, ok := fn.Params[0].Type().(*types.Named)
	if !ok || named.Obj().Pkg() != p.pass.Pkg {
		return nil
	}
	if _, isSig := named.Underlying().(*types.Signature); !isSig {
		return nil
	}
	if named.Obj().Exported() && p.pass.Pkg.Name() != "main" {
		return nil // converted in other packages too
	}
	if p.converted == nil {
		p.scanConversions()
	}
	return p.converted[named.Obj()]
}

// scanConversions fills p.converted: per function type of the package,
// the functions converted to it, or nothing when any conversion is of
// another value.
func (p *pkgState) scanConversions() {
	p.converted = map[*types.TypeName][]ssa.Value{}
	bad := map[*types.TypeName]bool{}
	for _, f := range p.funcs() {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				ct, ok := instr.(*ssa.ChangeType)
				if !ok {
					continue
				}
				named, ok := ct.Type().(*types.Named)
				if !ok || named.Obj().Pkg() != p.pass.Pkg {
					continue
				}
				if _, isSig := named.Underlying().(*types.Signature); !isSig {
					continue
				}
				tn := named.Obj()
				var g *ssa.Function
				switch x := ct.X.(type) {
				case *ssa.Function:
					g = x
				case *ssa.MakeClosure:
					// Its function, as a slot keeps it: what the
					// closure captures is not bound at the call.
					g, _ = x.Fn.(*ssa.Function)
				}
				if g == nil {
					bad[tn] = true
				} else if !slices.Contains(p.converted[tn], ssa.Value(g)) {
					p.converted[tn] = append(p.converted[tn], g)
				}
			}
		}
	}
	for tn, fs := range p.converted {
		if bad[tn] || len(fs) > maxSlotCallees {
			delete(p.converted, tn)
		}
	}
}
