package taint

import (
	"go/token"
	"go/types"

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
	_, ok := obj.Type().Underlying().(*types.Signature)
	return ok
}

// scanSlots fills p.slots once per package: per slot, the functions stored
// into it, or nothing when any other use makes the set incomplete.
func (p *pkgState) scanSlots() {
	stored := map[types.Object][]*ssa.Function{}
	bad := map[types.Object]bool{}
	addFn := func(obj types.Object, fn *ssa.Function) {
		if !containsFunc(stored[obj], fn) {
			stored[obj] = append(stored[obj], fn)
		}
	}
	for _, fn := range p.funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					if obj := slotOfAddr(st.Addr); p.slotCandidate(obj) {
						switch v := st.Val.(type) {
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
					if !p.slotCandidate(obj) {
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
	for obj, fns := range stored {
		if !bad[obj] && len(fns) <= maxSlotCallees {
			p.slots[obj] = fns
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
