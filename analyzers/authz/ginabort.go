package authz

import "golang.org/x/tools/go/ssa"

// ginAbortsBefore reports whether every path of a gin handler from the
// rejection r to the call of next n passes a call that aborts the chain (r
// itself, as c.AbortWithStatusJSON). gin's Abort sets the handler index
// past the chain, so a c.Next() after it runs nothing: the rejection holds
// even when the middleware forgets to return.
func (a *pkgAnalysis) ginAbortsBefore(fn *ssa.Function, ctx ssa.Value, r, n site) bool {
	type point struct {
		b *ssa.BasicBlock
		i int
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := []point{{r.b, r.i}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		aborted := false
		for i := p.i; i < len(p.b.Instrs); i++ {
			if p.b == n.b && i == n.i {
				return false // next reached with the chain still live
			}
			if call, ok := p.b.Instrs[i].(ssa.CallInstruction); ok && a.mayAbort(call.Common(), ctx, 0) {
				aborted = true
				break
			}
		}
		if aborted {
			continue
		}
		for _, s := range p.b.Succs {
			if !seen[s] {
				seen[s] = true
				stack = append(stack, point{s, 0})
			}
		}
	}
	return true
}

// ginLiveNext returns a call of next reached from the rejection r of a gin
// handler on a path that does not abort the chain first.
func (a *pkgAnalysis) ginLiveNext(fn *ssa.Function, ctx ssa.Value, r site, nexts []site) (site, bool) {
	for _, n := range nexts {
		if !a.ginAbortsBefore(fn, ctx, r, n) {
			return n, true
		}
	}
	return site{}, false
}
