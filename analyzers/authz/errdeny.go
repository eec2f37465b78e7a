package authz

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// errDenyList finds a middleware that, once a verification failed (err !=
// nil), rejects only the failures of one kind (errors.Is(err,
// ErrSessionExpired), err == ErrExpired) and lets the others go on to the
// next handler:
//
//	switch {
//	case err == nil: ctx = withUser(ctx, u)
//	case errors.Is(err, ErrExpired): http.Error(w, "expired", 401); return
//	default: log.Warn(...)
//	}
//	next.ServeHTTP(w, r.WithContext(ctx))
//
// A missing cookie, a storage error or a forged token takes the default
// path: the middleware denies known failures and allows unknown ones. It
// returns the call of next so reached.
func errDenyList(fn *ssa.Function, nexts, rejects []site) (site, bool) {
	if len(rejects) == 0 || len(nexts) == 0 {
		return site{}, false
	}
	rejectIn := func(b *ssa.BasicBlock) bool { return containsSite(rejects, b) }
	for _, b := range fn.Blocks {
		if len(b.Succs) != 2 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		errv, matchIdx, ok := errKindTest(ifi.Cond)
		if !ok || !failedBefore(fn, b, errv) {
			continue
		}
		match, other := b.Succs[matchIdx], b.Succs[1-matchIdx]
		if !rejectsOnEveryPath(match, rejectIn) {
			continue
		}
		if n, ok := reachesNextAvoiding(other, nexts, rejectIn); ok {
			return n, true
		}
	}
	return site{}, false
}

// errKindTest matches a test of an error's kind: errors.Is(err, X) or err
// == X / err != X for a non-nil X. It returns the error tested and the
// successor index taken when the kind matches.
func errKindTest(cond ssa.Value) (ssa.Value, int, bool) {
	switch c := cond.(type) {
	case *ssa.Call:
		obj := typesutil.Callee(&c.Call)
		if obj == nil || obj.FullName() != "errors.Is" || len(c.Call.Args) != 2 {
			return nil, 0, false
		}
		return c.Call.Args[0], 0, true
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ || !isErrorType(c.X.Type()) {
			return nil, 0, false
		}
		for _, side := range []ssa.Value{c.X, c.Y} {
			if k, ok := side.(*ssa.Const); ok && k.IsNil() {
				return nil, 0, false
			}
		}
		idx := 0
		if c.Op == token.NEQ {
			idx = 1
		}
		if _, ok := c.X.(*ssa.Extract); ok {
			return c.X, idx, true
		}
		return c.Y, idx, true
	}
	return nil, 0, false
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// failedBefore reports whether b runs only when errv, the error result of
// a call, is non-nil: an If comparing it with nil dominates b on its
// failing branch.
func failedBefore(fn *ssa.Function, b *ssa.BasicBlock, errv ssa.Value) bool {
	for _, c := range controlling(fn, b) {
		if !failedErr(c) {
			continue
		}
		bin := c.ifi.Cond.(*ssa.BinOp)
		if bin.X == errv || bin.Y == errv {
			return true
		}
	}
	return false
}

// rejectsOnEveryPath: every path from b to a return passes a block where
// rejectIn holds.
func rejectsOnEveryPath(b *ssa.BasicBlock, rejectIn func(*ssa.BasicBlock) bool) bool {
	return !walkAvoiding(b, rejectIn, func(x *ssa.BasicBlock) bool { return len(x.Succs) == 0 })
}

// reachesNextAvoiding returns a call of next reachable from b on a path
// that passes no block where rejectIn holds.
func reachesNextAvoiding(b *ssa.BasicBlock, nexts []site, rejectIn func(*ssa.BasicBlock) bool) (site, bool) {
	var found site
	ok := walkAvoiding(b, rejectIn, func(x *ssa.BasicBlock) bool {
		for _, n := range nexts {
			if n.b == x {
				found = n
				return true
			}
		}
		return false
	})
	return found, ok
}

// walkAvoiding visits the blocks reachable from b on paths that pass no
// block where avoid holds, until stop holds for one; it reports whether
// one did.
func walkAvoiding(b *ssa.BasicBlock, avoid, stop func(*ssa.BasicBlock) bool) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[x] || avoid(x) {
			continue
		}
		seen[x] = true
		if stop(x) {
			return true
		}
		stack = append(stack, x.Succs...)
	}
	return false
}
