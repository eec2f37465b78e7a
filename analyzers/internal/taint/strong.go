package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Strong updates of a slice's elements. Memory only grows in this engine
// (weak updates): a store adds to what a location holds. One shape is
// common enough to need more: a loop over a slice that overwrites every
// element with an escaped or converted copy,
//
//	args := slices.Clone(rawArgs)
//	for i, v := range args {
//		switch v := v.(type) {
//		case int, template.HTML: // left in place: not text, or trusted
//		case string:
//			args[i] = template.HTMLEscapeString(v)
//		default:
//			args[i] = template.HTMLEscapeString(fmt.Sprint(v))
//		}
//	}
//	return args // only escaped text (gitea's htmlutil.HTMLFormat)
//
// After such a loop the elements hold only what the loop stored (and what
// later code stores), not what the slice held before. The loop qualifies
// when it is an index loop over the slice (or over a slice of the same
// length: a slices.Clone of it, or the slice it clones) with the index
// counting up from 0 by 1 to the length, every path through its body from
// the top back to the loop header stores into s[i] with i that index, or
// proves on the way that s[i] is of a type whose values carry nothing (a
// number, nil) or are trusted as escaped (template.HTML), and no path
// leaves the body towards the code after the loop (break). Reads in blocks
// dominated by the loop's exit, which only the loop header enters, see the
// post-loop contents: every store made inside the loop or in code the exit
// reaches, and the element of each type-narrowed path as its type filters
// it. Anything else stays weak: a conditional store, a store at another
// index, a loop with a break.

// killLoop is a loop that overwrites every element of a memory root, or
// one field of every element (path "[].Body": the loop stores into
// s[i].Body, a field of a non-aggregate type).
type killLoop struct {
	path string
	// loop marks the loop's blocks (header and body), after the blocks
	// reachable from its exit, post the blocks dominated by its exit:
	// reads there see only the post-loop contents.
	loop, after, post []bool
	// narrow lists the element values a path asserts to a type and
	// leaves in place, with that type (nil: the element is nil).
	narrow []narrowed
}

type narrowed struct {
	elem ssa.Value
	typ  types.Type
}

// findKills finds the function's loops that overwrite every element of a
// slice, by memory root.
func (s *fnState) findKills() {
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			addr, path := st.Addr, ""
			if fa, ok := addr.(*ssa.FieldAddr); ok && killableField(fa) {
				// s[i].Body = ...: one field of each element.
				addr, path = fa.X, "[]."+fieldName(fa.X.Type(), fa.Field)
			}
			ia, ok := addr.(*ssa.IndexAddr)
			if !ok || path == "" && !killableElem(ia.X.Type()) {
				continue
			}
			root, full := fullView(ia.X)
			if !full {
				continue
			}
			if _, seen := s.kills[root]; seen {
				continue
			}
			k := killFor(s.fn, root, ia, path)
			if s.kills == nil {
				s.kills = map[ssa.Value]*killLoop{}
			}
			s.kills[root] = k // nil: the first indexed store is not in such a loop
		}
	}
}

// killableElem: the elements of a slice of this type are whole values
// (text, interfaces) that a store replaces, not structs or pointers whose
// parts other stores reach.
func killableElem(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	switch sl.Elem().Underlying().(type) {
	case *types.Basic, *types.Interface:
		return true
	}
	return false
}

// killableField: fa is the address of a field of a slice element whose
// type a store replaces whole (text, a number, an interface).
func killableField(fa *ssa.FieldAddr) bool {
	ia, ok := fa.X.(*ssa.IndexAddr)
	if !ok {
		return false
	}
	if _, ok := ia.X.Type().Underlying().(*types.Slice); !ok {
		return false
	}
	switch typesutil.Deref(fa.Type()).Underlying().(type) {
	case *types.Basic, *types.Interface:
		return true
	}
	return false
}

// fullView returns the memory root of a slice value and whether the value
// views all of it (the root itself, or root[:]).
func fullView(v ssa.Value) (ssa.Value, bool) {
	root, path := rootOf(v)
	if path != "" {
		return root, false
	}
	for x := v; x != root; {
		switch y := x.(type) {
		case *ssa.Slice:
			if y.Low != nil || y.High != nil || y.Max != nil {
				return root, false
			}
			x = y.X
		case *ssa.ChangeType:
			x = y.X
		default:
			return root, false
		}
	}
	return root, true
}

// killFor returns the loop around the indexed store ia that overwrites
// every element of root (or, for path "[].F", field F of each), or nil.
func killFor(fn *ssa.Function, root ssa.Value, ia *ssa.IndexAddr, path string) *killLoop {
	idx := ia.Index
	h, n := indexLoop(idx)
	if h == nil {
		return nil
	}
	body, exit := h.Succs[0], h.Succs[1]
	if len(exit.Preds) != 1 || !body.Dominates(ia.Block()) {
		return nil
	}
	// The loop runs over root's length.
	lenOf, ok := n.(*ssa.Call)
	if !ok {
		return nil
	}
	if b, isB := lenOf.Call.Value.(*ssa.Builtin); !isB || b.Name() != "len" || len(lenOf.Call.Args) != 1 {
		return nil
	}
	over := lenOf.Call.Args[0]
	if !sameLen(over, ia.X) {
		return nil
	}

	nb := len(fn.Blocks)
	// Blocks of the loop: dominated by the header and reaching it back.
	back := make([]bool, nb)
	work := []*ssa.BasicBlock{h}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, p := range b.Preds {
			if p != h && !back[p.Index] && h.Dominates(p) {
				back[p.Index] = true
				work = append(work, p)
			}
		}
	}
	loop := make([]bool, nb)
	loop[h.Index] = true
	for _, b := range fn.Blocks {
		if back[b.Index] && h.Dominates(b) {
			loop[b.Index] = true
		}
	}
	// Blocks from which the header or the exit can be reached: a path
	// leaving the body into one of them is a break.
	toHE := make([]bool, nb)
	work = []*ssa.BasicBlock{h, exit}
	toHE[h.Index], toHE[exit.Index] = true, true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, p := range b.Preds {
			if !toHE[p.Index] {
				toHE[p.Index] = true
				work = append(work, p)
			}
		}
	}

	k := &killLoop{path: path, loop: loop, after: make([]bool, nb), post: make([]bool, nb)}
	isElem := func(v ssa.Value) bool {
		u, ok := v.(*ssa.UnOp)
		if !ok || u.Op != token.MUL {
			return false
		}
		a, ok := u.X.(*ssa.IndexAddr)
		return ok && a.Index == idx && (a.X == ia.X || a.X == over)
	}
	kills := func(b *ssa.BasicBlock) bool {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			addr := st.Addr
			if path != "" {
				fa, ok := addr.(*ssa.FieldAddr)
				if !ok || "[]."+fieldName(fa.X.Type(), fa.Field) != path {
					continue
				}
				addr = fa.X
			}
			if a, ok := addr.(*ssa.IndexAddr); ok && a.Index == idx {
				if r, full := fullView(a.X); full && r == root {
					return true
				}
			}
		}
		return false
	}
	// narrowing returns the element type that leaving b by successor j
	// proves (nil type for a nil element), if any.
	narrowing := func(b *ssa.BasicBlock, j int) (narrowed, bool) {
		ifb, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || path != "" {
			return narrowed{}, false
		}
		switch c := ifb.Cond.(type) {
		case *ssa.Extract:
			ta, ok := c.Tuple.(*ssa.TypeAssert)
			if j != 0 || c.Index != 1 || !ok || !isElem(ta.X) {
				return narrowed{}, false
			}
			return narrowed{ta.X, ta.AssertedType}, true
		case *ssa.BinOp:
			nilc, ok := c.Y.(*ssa.Const)
			if !ok || !nilc.IsNil() || !isElem(c.X) {
				return narrowed{}, false
			}
			return narrowed{c.X, nil}, c.Op == token.EQL && j == 0 || c.Op == token.NEQ && j == 1
		}
		return narrowed{}, false
	}
	// Walk the body's paths. A path's status: 0 nothing yet, 1 the
	// element was overwritten, 2+n the element was narrowed to narrows[n]
	// and left in place so far.
	var narrows []narrowed
	type state struct {
		b      *ssa.BasicBlock
		status int
	}
	seen := map[state]bool{}
	stack := []state{{body, 0}}
	for len(stack) > 0 {
		st := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[st] {
			continue
		}
		seen[st] = true
		status := st.status
		if status != 1 && kills(st.b) {
			status = 1
		}
		for j, succ := range st.b.Succs {
			ns := status
			if ns != 1 {
				if n, ok := narrowing(st.b, j); ok {
					i := slices.IndexFunc(narrows, func(o narrowed) bool {
						return o.elem == n.elem && (o.typ == nil) == (n.typ == nil) && (o.typ == nil || types.Identical(o.typ, n.typ))
					})
					if i < 0 {
						i = len(narrows)
						narrows = append(narrows, n)
					}
					ns = 2 + i
				}
			}
			switch {
			case succ == h:
				switch {
				case ns == 0:
					return nil
				case ns >= 2 && narrows[ns-2].typ != nil && !slices.Contains(k.narrow, narrows[ns-2]):
					k.narrow = append(k.narrow, narrows[ns-2])
				}
			case loop[succ.Index]:
				stack = append(stack, state{succ, ns})
			case toHE[succ.Index]:
				return nil // leaves the loop towards the code after it
			}
		}
	}
	// After the loop.
	work = []*ssa.BasicBlock{exit}
	k.after[exit.Index] = true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, succ := range b.Succs {
			if !k.after[succ.Index] {
				k.after[succ.Index] = true
				work = append(work, succ)
			}
		}
	}
	for _, b := range fn.Blocks {
		k.post[b.Index] = exit.Dominates(b)
	}
	return k
}

// indexLoop recognises idx as the index of a loop counting from 0 by 1
// while idx < n, and returns the loop header and n: the index of a range
// over a slice (phi from -1, idx = phi+1, idx < n) or of a three-clause
// loop (idx = phi from 0, idx+1 on every back edge, idx < n).
func indexLoop(idx ssa.Value) (*ssa.BasicBlock, ssa.Value) {
	var phi *ssa.Phi
	var start int64
	switch x := idx.(type) {
	case *ssa.BinOp: // range: idx = phi + 1
		p, ok := x.X.(*ssa.Phi)
		if x.Op != token.ADD || !ok || !isInt(x.Y, 1) || p.Block() != x.Block() {
			return nil, nil
		}
		phi, start = p, -1
		for i, e := range p.Edges {
			if !backEdge(p.Block(), i) {
				if !isInt(e, start) {
					return nil, nil
				}
			} else if e != idx {
				return nil, nil
			}
		}
	case *ssa.Phi: // for i := 0; i < n; i++
		phi, start = x, 0
		for i, e := range x.Edges {
			if !backEdge(x.Block(), i) {
				if !isInt(e, start) {
					return nil, nil
				}
			} else if inc, ok := e.(*ssa.BinOp); !ok || inc.Op != token.ADD || inc.X != idx || !isInt(inc.Y, 1) {
				return nil, nil
			}
		}
	default:
		return nil, nil
	}
	h := phi.Block()
	ifi, ok := h.Instrs[len(h.Instrs)-1].(*ssa.If)
	if !ok {
		return nil, nil
	}
	cmp, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || cmp.Op != token.LSS || cmp.X != idx {
		return nil, nil
	}
	return h, cmp.Y
}

// backEdge reports whether the i'th predecessor of header h is inside the
// loop (dominated by h).
func backEdge(h *ssa.BasicBlock, i int) bool { return h.Dominates(h.Preds[i]) }

// isInt reports whether v is the integer constant n.
func isInt(v ssa.Value, n int64) bool {
	x, exact := typesutil.ConstInt(v)
	return exact && x == n
}

// sameLen reports whether two slices have the same length: the same
// value, or one a copy of the other (slices.Clone, append to nil).
func sameLen(a, b ssa.Value) bool {
	return a == b || copyOf(a, b) || copyOf(b, a)
}

func copyOf(c, src ssa.Value) bool {
	call, ok := c.(*ssa.Call)
	if !ok {
		return false
	}
	cc := call.Common()
	if bi, ok := cc.Value.(*ssa.Builtin); ok {
		if bi.Name() != "append" || len(cc.Args) != 2 {
			return false
		}
		k, ok := cc.Args[0].(*ssa.Const)
		return ok && k.IsNil() && cc.Args[1] == src
	}
	fn := cc.StaticCallee()
	if fn == nil || len(cc.Args) != 1 || cc.Args[0] != src {
		return false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	obj, _ := fn.Object().(*types.Func)
	return obj != nil && obj.FullName() == "slices.Clone"
}

// postView returns what the elements of root hold after the loop that
// overwrites them all, when the instruction being visited reads them
// after that loop: a read at path (all: every path) under root. A loop
// that overwrites one field answers for reads of that field only.
func (s *fnState) postView(root ssa.Value, path string, all bool) (Taint, bool) {
	k := s.kills[root]
	if k == nil || s.cur == nil || !k.post[s.cur.Index] || s.p.captured[root] != nil {
		return Taint{}, false
	}
	if k.path != "" && (all || len(path) < len(k.path) || !related(path, k.path)) {
		return Taint{}, false
	}
	if a, ok := root.(*ssa.Alloc); ok && s.spills[a] != nil {
		return Taint{}, false
	}
	var t Taint
	if pt := s.post[root]; pt != nil {
		t = *pt
	}
	for _, n := range k.narrow {
		t.join(s.p.filter(s.val(n.elem), n.typ))
	}
	return t, true
}

// storePost records a store into root (at path) made inside or after the
// loop that overwrites root's elements (or the field it overwrites).
func (s *fnState) storePost(root ssa.Value, path string, t Taint) {
	k := s.kills[root]
	if k == nil || s.cur == nil || !k.loop[s.cur.Index] && !k.after[s.cur.Index] {
		return
	}
	if k.path != "" && !related(path, k.path) {
		return
	}
	if s.post == nil {
		s.post = map[ssa.Value]*Taint{}
	}
	pt := s.post[root]
	if pt == nil {
		pt = new(Taint)
		s.post[root] = pt
	}
	if pt.join(t) {
		s.changed = true
	}
}
