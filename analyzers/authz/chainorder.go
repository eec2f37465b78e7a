package authz

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// splitAfter finds, in the handler chain of a gin or fiber registration,
// guards placed after the handler: r.GET(p, h, requireRole("admin")). Both
// frameworks run the chain in order, so such a guard runs once the handler
// has served the request. When the last element is a guard and an earlier
// one is a handler that reaches data, the chain is cut after that handler,
// which becomes the route's handler, and the guards after it are returned.
func (w *walk) splitAfter(fr *frame, r *router, chain []ssa.Value, pos token.Pos) ([]ssa.Value, []mw) {
	if r.kind != "gin" && r.kind != "fiber" || len(chain) < 2 {
		return chain, nil
	}
	if g, _ := w.mwOf(fr, chain[len(chain)-1]); !g.isGuard() {
		return chain, nil
	}
	for i := len(chain) - 2; i >= 0; i-- {
		if g, _ := w.mwOf(fr, chain[i]); g != nil {
			continue
		}
		sub, _, h := w.resolve(fr, chain[i], 0)
		if sub != nil || h.fn == nil && h.acc == nil {
			continue
		}
		if h.fn != nil && w.a.handlerAccess(h.fn) == nil {
			continue // a handler that reaches no data: a guard-like step
		}
		var after []mw
		for _, v := range chain[i+1:] {
			g, name := w.mwOf(fr, v)
			after = append(after, mw{g: g, name: name, seq: w.seq, pos: pos})
		}
		return chain[:i+1], after
	}
	return chain, nil
}
