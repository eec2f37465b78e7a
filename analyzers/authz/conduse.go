package authz

import (
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// conditionalUses finds the middleware Used on rt's routers before rt was
// registered but not on every path to the registration (if !cfg.Debug {
// r.Use(auth) }; r.Get(p, h)): a request on the other paths reaches the
// route without it. Such middleware is dropped from rt's chain and, when
// it is a guard, named in rt.cond. Uses on different branches count
// together when each path passes one that is a guard (if sso { r.Use(a) }
// else { r.Use(b) }), also one walked after the registration (the walk
// follows block order, which puts the else branch after the join).
func conditionalUses(rt *route) {
	reg := rt.at
	if len(reg) == 0 {
		return
	}
	type group struct {
		fn    *ssa.Function
		at    *ssa.BasicBlock // the registration's block in fn
		cands []mw
	}
	var groups []*group
	var all []mw
	for x := rt.r; x != nil; x = x.parent {
		all = append(all, x.mws...)
		for _, m := range x.mws {
			if m.seq > rt.seq || len(m.at) == 0 {
				continue
			}
			fn, u, r, found, always := commonPoint(m.at, reg)
			if !found || always && (u == r || u.Dominates(r)) {
				continue
			}
			var g *group
			for _, gg := range groups {
				if gg.fn == fn && gg.at == r {
					g = gg
				}
			}
			if g == nil {
				g = &group{fn: fn, at: r}
				groups = append(groups, g)
			}
			g.cands = append(g.cands, m)
		}
	}
	for _, g := range groups {
		var guarded []*ssa.BasicBlock
		for _, m := range all {
			if len(m.at) == 0 || !m.g.isGuard() {
				continue
			}
			if fn, u, r, found, always := commonPoint(m.at, reg); found && always && fn == g.fn && r == g.at {
				guarded = append(guarded, u)
			}
		}
		if !reachableAvoiding(g.fn, g.at, guarded) {
			continue // a guard on every path
		}
		var names []string
		for _, m := range g.cands {
			if rt.skip == nil {
				rt.skip = map[int]bool{}
			}
			rt.skip[m.seq] = true
			if m.g.isGuard() && !slices.Contains(names, m.name) {
				names = append(names, m.name)
			}
		}
		if len(names) > 0 {
			if rt.cond != "" {
				names = append([]string{rt.cond}, names...)
			}
			rt.cond = strings.Join(names, " and ")
		}
	}
}

// commonPoint finds the innermost frame that both a Use (at) and a
// registration (reg) were walked in (found), and returns its function with
// the block each was in there. A Use in a function that had returned by
// then runs at its call only if it runs on every path through that
// function and the calls leading to it (always).
func commonPoint(at, reg []point) (fn *ssa.Function, u, r *ssa.BasicBlock, found, always bool) {
	for _, p := range reg {
		for j, q := range at {
			if q.fr != p.fr {
				continue
			}
			if p.b == nil || q.b == nil {
				return nil, nil, nil, false, false
			}
			for _, inner := range at[:j] {
				if inner.b != nil && !onEveryPath(inner.fr.fn, inner.b) {
					return p.fr.fn, q.b, p.b, true, false
				}
			}
			return p.fr.fn, q.b, p.b, true, true
		}
	}
	return nil, nil, nil, false, false
}

// onEveryPath: no return of fn is reachable from its entry without passing
// b.
func onEveryPath(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, x := range fn.Blocks {
		if _, ok := x.Instrs[len(x.Instrs)-1].(*ssa.Return); ok && reachableAvoiding(fn, x, []*ssa.BasicBlock{b}) {
			return false
		}
	}
	return true
}

// reachableAvoiding reports whether to is reachable from fn's entry on a
// path through none of the blocks in avoid, nor through a block that never
// returns (log.Fatal, os.Exit, panic).
func reachableAvoiding(fn *ssa.Function, to *ssa.BasicBlock, avoid []*ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || slices.Contains(avoid, b) {
			continue
		}
		seen[b] = true
		if b == to {
			return true
		}
		if exits(b) {
			continue
		}
		stack = append(stack, b.Succs...)
	}
	return false
}

// exits reports a block that ends the program or the goroutine: a call of
// os.Exit, log.Fatal* or a logger's Fatal/Panic method.
func exits(b *ssa.BasicBlock) bool {
	for _, instr := range b.Instrs {
		call, ok := instr.(ssa.CallInstruction)
		if !ok {
			continue
		}
		obj := typesutil.Callee(call.Common())
		if obj == nil {
			continue
		}
		if full := obj.Origin().FullName(); full == "os.Exit" || full == "runtime.Goexit" {
			return true
		}
		if strings.HasPrefix(obj.Name(), "Fatal") || strings.HasPrefix(obj.Name(), "Panic") {
			return true
		}
	}
	return false
}
