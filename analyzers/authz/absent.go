package authz

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// A middleware that checks a credential only when the request carries one
// (got := c.GetHeader("X-Api-Key"); if got != "" && !valid(got) { 401 };
// next) lets a request without it through: the test of the credential's
// presence is no check, and its absent branch is a way in. See
// absentPass.

// absentPass returns the test of a credential's presence in fn (a
// middleware's body) whose absent branch reaches a call of next with no
// credential check that rejects in the way. The credential is the value
// a check controlling one of rejects tests: what the middleware verifies
// when it is there. A context handler that goes on by returning (gin
// without c.Next()) is left alone: it may as well be the last handler of
// its chain.
//
// login reports, at pos, a presence test whose absent branch reaches next
// but whose present branch never does: for a middleware (which logs the
// user in and redirects) a login, not a guard of next, whose requests
// without the credential are next's to judge.
func (a *pkgAnalysis) absentPass(fn *ssa.Function, nexts, rejects []site) (pos token.Pos, open, login bool) {
	if len(rejects) == 0 || len(nexts) == 0 {
		return token.NoPos, false, false
	}
	// The credential checks: Ifs that decide a rejection, on a credential
	// or answering 401 or 403 (whatever its condition, that branch is an
	// authentication decision, as in gate).
	checks := map[*ssa.If]bool{}
	for _, r := range rejects {
		denies := a.deniesAt(r)
		for _, c := range append(controlling(fn, r.b), shortCircuit(r.b)...) {
			if denies || a.credentialCond(c) {
				checks[c.ifi] = true
			}
		}
	}
	rejected := map[*ssa.BasicBlock]bool{}
	for _, r := range rejects {
		rejected[r.b] = true
	}
	pass := map[*ssa.BasicBlock]bool{}
	for _, n := range nexts {
		pass[n.b] = true
	}
	for _, d := range fn.Blocks {
		ifi, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		v, absentTrue, ok := presenceTest(ifi.Cond)
		if !ok {
			continue
		}
		verified := false
		for c := range checks {
			if c != ifi && feeds(c.Cond, v, 0, map[ssa.Value]bool{}) {
				verified = true
				break
			}
		}
		if !verified {
			continue
		}
		absent, present := d.Succs[1], d.Succs[0]
		if absentTrue {
			absent, present = present, absent
		}
		if !reachesPass(absent, pass, rejected, checks) {
			continue
		}
		at := ifi.Cond.Pos()
		if !at.IsValid() {
			at = ifi.Pos()
		}
		if !walkAvoiding(present, func(b *ssa.BasicBlock) bool { return b == d }, func(b *ssa.BasicBlock) bool { return pass[b] }) {
			if !login {
				pos, login = at, true
			}
			continue
		}
		return at, true, false
	}
	return pos, false, login
}

// reachesPass reports whether a path from b reaches a block of pass
// without entering a rejecting block or passing a credential check (the
// path goes on past a check's passing branch only once checked).
func reachesPass(b *ssa.BasicBlock, pass, rejected map[*ssa.BasicBlock]bool, checks map[*ssa.If]bool) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[b] || rejected[b] {
			continue
		}
		seen[b] = true
		if pass[b] {
			return true
		}
		if ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && checks[ifi] {
			continue
		}
		stack = append(stack, b.Succs...)
	}
	return false
}

// deniesAt reports whether the rejection at r answers 401 or 403: a call
// with the code, or a return of echo.ErrUnauthorized and the like.
func (a *pkgAnalysis) deniesAt(r site) bool {
	switch x := r.b.Instrs[r.i].(type) {
	case ssa.CallInstruction:
		code, ok := a.rejectCodeOf(x.Common())
		return ok && code != 0
	case *ssa.Return:
		return len(x.Results) == 1 && isRejectErr(x.Results[0])
	}
	return false
}

// credentialCond: a control on a credential (a call, field or header
// named for one), a constant-time comparison, which compares secrets
// whatever they are called, or an authorisation check.
func (a *pkgAnalysis) credentialCond(c control) bool {
	if _, secret := failedCompare(c); secret {
		return true
	}
	return mentionsCredential(c.ifi.Cond, 0, map[ssa.Value]bool{}) || a.checkCond(c.ifi.Block())
}

// presenceTest matches a test of whether a text (a string or bytes: a
// header, cookie or token value) is there: v == "" (absent when true), v
// != "" (absent when false), len(v) == 0, len(v) != 0 and len(v) > 0. An
// error or pointer tested against nil says whether a call failed or found
// something, not whether the request carries a credential.
func presenceTest(cond ssa.Value) (v ssa.Value, absentTrue, ok bool) {
	bin, isBin := cond.(*ssa.BinOp)
	if !isBin {
		return nil, false, false
	}
	x, y := bin.X, bin.Y
	op := bin.Op
	if _, ok := x.(*ssa.Const); ok {
		x, y = y, x
		switch op {
		case token.GTR:
			op = token.LSS
		case token.LSS:
			op = token.GTR
		}
	}
	k, isConst := y.(*ssa.Const)
	if !isConst {
		return nil, false, false
	}
	if call, isCall := x.(*ssa.Call); isCall {
		if b, isBuiltin := call.Call.Value.(*ssa.Builtin); isBuiltin && b.Name() == "len" && len(call.Call.Args) == 1 && isText(call.Call.Args[0].Type()) {
			if k.Value == nil || k.Value.Kind() != constant.Int || constant.Sign(k.Value) != 0 {
				return nil, false, false
			}
			switch op {
			case token.EQL:
				return call.Call.Args[0], true, true
			case token.NEQ, token.GTR:
				return call.Call.Args[0], false, true
			}
			return nil, false, false
		}
	}
	if !isText(x.Type()) || k.Value == nil || k.Value.Kind() != constant.String || constant.StringVal(k.Value) != "" {
		return nil, false, false
	}
	switch op {
	case token.EQL:
		return x, true, true
	case token.NEQ:
		return x, false, true
	}
	return nil, false, false
}

// isText: a string or a byte slice.
func isText(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// feeds reports whether v is an operand of cond, directly or through the
// values it is computed from (a conversion, a comparison, a call's
// arguments, a verification's result).
func feeds(cond, v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if cond == v {
		return true
	}
	if cond == nil || depth > 8 || seen[cond] {
		return false
	}
	seen[cond] = true
	switch x := cond.(type) {
	case *ssa.BinOp:
		return feeds(x.X, v, depth+1, seen) || feeds(x.Y, v, depth+1, seen)
	case *ssa.UnOp:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.Convert:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.ChangeType:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.MakeInterface:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.Slice:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.Extract:
		return feeds(x.Tuple, v, depth+1, seen)
	case *ssa.Field:
		return feeds(x.X, v, depth+1, seen)
	case *ssa.Call:
		if x.Call.IsInvoke() && feeds(x.Call.Value, v, depth+1, seen) {
			return true
		}
		for _, arg := range x.Call.Args {
			if feeds(arg, v, depth+1, seen) {
				return true
			}
		}
	}
	return false
}

// marksRequestOrContext reports whether a middleware passes on something
// to the handlers after it: for net/http, a request other than its own
// (r.WithContext(ctx)) or one it wrote into (see sameNextArgs); for a
// framework's context ctx, a value stored in it (c.Set("user", u), fiber's
// Locals with a value, context.WithValue), a setter called on it
// (c.SetRequest) or a field assigned (c.Request = ...). An optional
// authentication does this when its check passes; a middleware that does
// not has checked for nothing but to reject.
func marksRequestOrContext(fn *ssa.Function, ctx ssa.Value, nexts []site) bool {
	if ctx == nil {
		return len(nexts) > 0 && !sameNextArgs(fn, nexts)
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.Store:
				if addrUnder(in.Addr, ctx) {
					return true
				}
			case ssa.CallInstruction:
				cc := in.Common()
				obj := typesutil.Callee(cc)
				if obj == nil {
					continue
				}
				for _, cv := range models.ContextValuesFor(obj.Origin().FullName()) {
					if cv.Setter() && !storesNothing(cc, obj, cv) {
						return true
					}
				}
				if recv := obj.Signature().Recv(); recv != nil && isCtxType(recv.Type()) && strings.HasPrefix(obj.Name(), "Set") {
					return true
				}
			}
		}
	}
	return false
}

// storesNothing: a call of fiber's Locals(key, value...) given no value,
// which reads.
func storesNothing(cc *ssa.CallCommon, obj *types.Func, cv *models.ContextValue) bool {
	if !cv.ValElem {
		return false
	}
	i := cv.Val
	if !cc.IsInvoke() && obj.Signature().Recv() != nil {
		i++ // the receiver comes first in a static method call
	}
	if i >= len(cc.Args) {
		return true
	}
	c, ok := cc.Args[i].(*ssa.Const)
	return ok && c.IsNil()
}

// shortCircuit returns the Ifs that lead to b directly on one branch only
// and do not dominate it: the later operands of a condition joined by ||
// (if err != nil || !hmac.Equal(got, want) { 401 }), which controlling
// leaves out.
func shortCircuit(b *ssa.BasicBlock) []control {
	var out []control
	for _, p := range b.Preds {
		if p.Dominates(b) {
			continue
		}
		if c, ok := decides(p, b); ok {
			out = append(out, c)
		}
	}
	return out
}
