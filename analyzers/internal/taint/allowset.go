package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// setMember returns the key a lookup tests when the lookup reads a set of
// constants: a map[K]bool whose every entry maps a constant key to true
// and which nothing changes after it is built (a map literal in this
// function, or in an unexported package variable of this package that is
// only indexed). allowed[k] is then true exactly for the listed keys, the
// same check as the comma-ok form's ok. Otherwise nil: a map that may hold
// false, or that code may modify, says nothing about the key.
func (p *pkgState) setMember(lk *ssa.Lookup) ssa.Value {
	if lk.CommaOk {
		return nil
	}
	m, ok := lk.X.Type().Underlying().(*types.Map)
	if !ok || !types.Identical(m.Elem().Underlying(), types.Typ[types.Bool]) {
		return nil
	}
	switch x := lk.X.(type) {
	case *ssa.MakeMap:
		if constSet(x, nil) {
			return lk.Index
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && p.constSetVar(g) {
			return lk.Index
		}
	}
	return nil
}

// constSetVar reports whether a package variable holds a set of constants
// (see setMember): unexported, of this package, stored once with a map
// literal of constant keys mapped to true, and only indexed, ranged over
// or measured where it is read.
func (p *pkgState) constSetVar(g *ssa.Global) bool {
	if v, ok := p.constSets[g]; ok {
		return v
	}
	if p.constSets == nil {
		p.constSets = map[*ssa.Global]bool{}
	}
	p.constSets[g] = false
	if g.Pkg != p.ssa.Pkg || g.Object() == nil || g.Object().Exported() {
		return false
	}
	mm, ok := p.storedOnce(g).(*ssa.MakeMap)
	if !ok || !constSet(mm, g) {
		return false
	}
	// Globals have no referrers in SSA: every use of g, in every function.
	for _, fn := range p.funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var ops [4]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					if *op != g {
						continue
					}
					switch r := instr.(type) {
					case *ssa.Store:
						if r.Val != mm {
							return false
						}
					case *ssa.UnOp:
						if r.Op != token.MUL || !readOnly(r) {
							return false
						}
					case *ssa.DebugRef:
					default:
						return false // its address escapes
					}
				}
			}
		}
	}
	p.constSets[g] = true
	return true
}

// constSet reports whether a map literal maps constant keys to true only,
// and is otherwise only read or stored in the package variable g.
func constSet(mm *ssa.MakeMap, g *ssa.Global) bool {
	for _, ref := range *mm.Referrers() {
		switch r := ref.(type) {
		case *ssa.MapUpdate:
			k, kok := r.Key.(*ssa.Const)
			v, vok := r.Value.(*ssa.Const)
			if r.Map != mm || !kok || !vok || k.Value == nil || v.Value == nil ||
				v.Value.Kind() != constant.Bool || !constant.BoolVal(v.Value) {
				return false
			}
		case *ssa.Store:
			if g == nil || r.Addr != g || r.Val != mm {
				return false
			}
		case *ssa.DebugRef:
		default:
			if !readsMap(ref, mm) {
				return false
			}
		}
	}
	return true
}

// readOnly reports whether a map value is only indexed, ranged over or
// measured.
func readOnly(v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		if _, ok := ref.(*ssa.DebugRef); !ok && !readsMap(ref, v) {
			return false
		}
	}
	return true
}

// readsMap reports whether an instruction only reads the map m: a lookup
// in it, a range over it, len(m).
func readsMap(instr ssa.Instruction, m ssa.Value) bool {
	switch r := instr.(type) {
	case *ssa.Lookup:
		return r.X == m
	case *ssa.Range:
		return r.X == m
	case *ssa.Call:
		b, ok := r.Call.Value.(*ssa.Builtin)
		return ok && b.Name() == "len"
	}
	return false
}

// foundFlag returns the value a "found" flag records a match of: ok in
//
//	ok := false
//	for _, c := range allowed {
//		if c == col {
//			ok = true // or ok = true; break
//		}
//	}
//
// where every path that sets ok to true comes straight from the success
// edge of a comparison of one value (col) with an element of the ranged
// slice or array, and every other value ok takes is false. if !ok { ... }
// is then a check of col against that list, as slices.Contains(allowed,
// col) is. Nil for any other boolean.
func (p *pkgState) foundFlag(flag *ssa.Phi) ssa.Value {
	if !types.Identical(flag.Type().Underlying(), types.Typ[types.Bool]) {
		return nil
	}
	var checked ssa.Value
	seen := map[*ssa.Phi]bool{}
	var walk func(phi *ssa.Phi) bool
	walk = func(phi *ssa.Phi) bool {
		if seen[phi] {
			return true
		}
		if len(seen) > 8 {
			return false
		}
		seen[phi] = true
		for i, e := range phi.Edges {
			switch x := e.(type) {
			case *ssa.Phi:
				if !walk(x) {
					return false
				}
			case *ssa.Const:
				if x.Value == nil || x.Value.Kind() != constant.Bool {
					return false
				}
				if !constant.BoolVal(x.Value) {
					continue
				}
				if i >= len(phi.Block().Preds) {
					return false
				}
				v := p.elementMatch(phi.Block().Preds[i])
				if v == nil || checked != nil && v != checked {
					return false
				}
				checked = v
			default:
				return false
			}
		}
		return true
	}
	if !walk(flag) {
		return nil
	}
	return checked
}

// elementMatch returns x when block b is entered only from the true edge
// of a comparison x == elem, elem an element read from a slice or array
// (a range loop's value), or nil.
func (p *pkgState) elementMatch(b *ssa.BasicBlock) ssa.Value {
	if len(b.Preds) != 1 {
		return nil
	}
	q := b.Preds[0]
	if len(q.Instrs) == 0 {
		return nil
	}
	ifi, ok := q.Instrs[len(q.Instrs)-1].(*ssa.If)
	if !ok || q.Succs[0] != b {
		return nil
	}
	cmp, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.EQL {
		return nil
	}
	switch {
	case p.isElement(cmp.Y):
		return cmp.X
	case p.isElement(cmp.X):
		return cmp.Y
	}
	return nil
}

// isElement reports whether v is an element read from a list of
// constants the program wrote: a slice literal of constants, local or held
// by a package variable stored once (not a parameter, a call's result or a
// literal with an input in it, which a caller or the request may fill).
func (p *pkgState) isElement(v ssa.Value) bool {
	var list ssa.Value
	switch x := v.(type) {
	case *ssa.UnOp:
		ia, ok := x.X.(*ssa.IndexAddr)
		if !ok || x.Op != token.MUL {
			return false
		}
		list = ia.X
	default:
		return false
	}
	if ld, ok := list.(*ssa.UnOp); ok && ld.Op == token.MUL {
		if g, ok := ld.X.(*ssa.Global); ok {
			list = p.storedOnce(g)
		}
	}
	elems, ok := typesutil.InPlaceElems(list)
	if !ok || len(elems) == 0 {
		return false
	}
	for _, e := range elems {
		if _, isConst := e.Val.(*ssa.Const); !isConst {
			return false
		}
	}
	return true
}

// rangeChecked extends a check of each element of a slice to the slice:
// when x is an element a range loop reads (for _, x := range xs, or
// xs[i] with i the loop's index) and every edge back to the loop's header
// leaves a block clean for x or is a passing edge of its check (pass): the
// check passed on every path through the body that goes on to the next
// element, a failing one leaving the loop by returning, the loop's exit edge (i reached len(xs)) passes a check of
// every element, and xs is returned with that edge. A break out of the
// body enters the exit block by another edge, which is no passing edge.
// Nil when xs may be written (a store into an element of it).
func (s *fnState) rangeChecked(x ssa.Value, clean []bool, pass map[blockEdge]bool) (ssa.Value, blockEdge, bool) {
	u, ok := x.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil, blockEdge{}, false
	}
	ia, ok := u.X.(*ssa.IndexAddr)
	if !ok {
		return nil, blockEdge{}, false
	}
	xs := ia.X
	if _, isSlice := xs.Type().Underlying().(*types.Slice); !isSlice {
		return nil, blockEdge{}, false
	}
	// i = phi(-1, i+1) + 1 in the loop's header, which leaves when
	// i < len(xs) is false.
	next, ok := ia.Index.(*ssa.BinOp)
	if !ok || next.Op != token.ADD || !isInt(next.Y, 1) {
		return nil, blockEdge{}, false
	}
	phi, ok := next.X.(*ssa.Phi)
	if !ok || next.Block() != phi.Block() {
		return nil, blockEdge{}, false
	}
	head := phi.Block()
	ifi, ok := head.Instrs[len(head.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, blockEdge{}, false
	}
	cmp, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.LSS || cmp.X != next || !isLen(cmp.Y, xs) {
		return nil, blockEdge{}, false
	}
	entered := false
	for i, e := range phi.Edges {
		if i >= len(head.Preds) {
			return nil, blockEdge{}, false
		}
		switch {
		case isInt(e, -1) && !entered:
			entered = true
		case e == next:
			if from := head.Preds[i].Index; !clean[from] && !pass[blockEdge{from, head.Index}] {
				return nil, blockEdge{}, false // a path back skips the check
			}
		default:
			return nil, blockEdge{}, false
		}
	}
	if !entered {
		return nil, blockEdge{}, false
	}
	for _, ref := range *xs.Referrers() {
		if a, ok := ref.(*ssa.IndexAddr); ok {
			for _, r := range *a.Referrers() {
				if st, ok := r.(*ssa.Store); ok && st.Addr == a {
					return nil, blockEdge{}, false
				}
			}
		}
	}
	return xs, blockEdge{head.Index, head.Succs[1].Index}, true
}

// isLen reports whether v is len(xs).
func isLen(v, xs ssa.Value) bool {
	c, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	b, ok := c.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "len" && len(c.Call.Args) == 1 && c.Call.Args[0] == xs
}
