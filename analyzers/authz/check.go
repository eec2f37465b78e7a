package authz

import (
	"go/types"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"

	"golang.org/x/tools/go/ssa"
)

// isCheckObj reports whether a call of obj is an authorisation check:
// configured, modelled (casbin, OPA, OpenFGA, SpiceDB, Cerbos), named like
// one, or summarised as one by a fact.
func (a *pkgAnalysis) isCheckObj(obj *types.Func) bool {
	if obj == nil {
		return false
	}
	obj = obj.Origin()
	if _, ok := configName(a.checks, obj); ok {
		return true
	}
	if checkModels[obj.FullName()] {
		return true
	}
	if isCheckName(obj.Name()) {
		return true
	}
	if obj.Pkg() == a.pass.Pkg {
		if fn := a.prog.FuncValue(obj); fn != nil {
			return a.isCheckFunc(fn)
		}
		return false
	}
	f := a.funcFactOf(obj)
	return f != nil && f.Check
}

func calleeObj(cc *ssa.CallCommon) *types.Func {
	if cc.IsInvoke() {
		return cc.Method
	}
	if f := cc.StaticCallee(); f != nil {
		if obj, ok := f.Object().(*types.Func); ok {
			return obj
		}
		if f.Parent() == nil && f.Synthetic != "" {
			return nil
		}
	}
	return nil
}

// isCheckFunc: fn is a check by name, or it runs a check whose failing
// branch leaves the function, and that check dominates every return (so it
// always runs): a helper such as requireOwner(w, r, id) error.
func (a *pkgAnalysis) isCheckFunc(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	if v, ok := a.check[fn]; ok {
		return v
	}
	a.check[fn] = false
	res := false
	if obj, ok := fn.Object().(*types.Func); ok {
		if _, ok := configName(a.checks, obj); ok || isCheckName(obj.Name()) {
			res = true
		}
	}
	if !res && fn.Blocks != nil {
		res = a.alwaysChecks(fn) || a.rejectsAfterCheck(fn)
	}
	a.check[fn] = res
	return res
}

// alwaysChecks: some If on a check's result dominates every block that
// returns, and one of its branches returns without reaching the other.
func (a *pkgAnalysis) alwaysChecks(fn *ssa.Function) bool {
	var rets []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if len(b.Instrs) > 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				rets = append(rets, b)
			}
		}
	}
	if len(rets) < 2 {
		return false
	}
	for _, b := range fn.Blocks {
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || !a.dependsOnCheck(ifi.Cond, 0, map[ssa.Value]bool{}) {
			continue
		}
		all := true
		for _, r := range rets {
			if !b.Dominates(r) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// checkedBefore reports whether an authorisation check protects instr in
// block blk: an If whose condition depends on a check's result, in a block
// dominating blk, with one branch dominating blk and the other unable to
// reach it (it exits early).
func (a *pkgAnalysis) checkedBefore(fn *ssa.Function, blk *ssa.BasicBlock, instr ssa.Instruction) bool {
	for _, b := range fn.Blocks {
		if b == blk || !b.Dominates(blk) || len(b.Instrs) == 0 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok || len(b.Succs) != 2 {
			continue
		}
		s0, s1 := b.Succs[0], b.Succs[1]
		var fail *ssa.BasicBlock
		switch {
		case s0.Dominates(blk) && !reaches(s1, blk):
			fail = s1
		case s1.Dominates(blk) && !reaches(s0, blk):
			fail = s0
		default:
			continue
		}
		if a.dependsOnCheck(ifi.Cond, 0, map[ssa.Value]bool{}) || deniesIn(fail) {
			return true
		}
	}
	return false
}

// reaches reports whether to is reachable from from in the CFG.
func reaches(from, to *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{from}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b == to {
			return true
		}
		if seen[b] {
			continue
		}
		seen[b] = true
		stack = append(stack, b.Succs...)
	}
	return false
}

// dependsOnCheck reports whether v is computed from an authorisation check:
// a check call's result (or its error), a role or owner field, through
// negation, comparison, extraction and phis.
func (a *pkgAnalysis) dependsOnCheck(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > 10 || seen[v] {
		return false
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Call:
		if a.isCheckObj(calleeObj(&v.Call)) {
			return true
		}
		if v.Call.IsInvoke() {
			return false
		}
		// errors.Is(err, ErrForbidden), ok := !x.Allowed(): look through
		// calls of pure helpers at their arguments.
		for _, arg := range v.Call.Args {
			if a.dependsOnCheck(arg, depth+1, seen) {
				return true
			}
		}
	case *ssa.Extract:
		return a.dependsOnCheck(v.Tuple, depth+1, seen)
	case *ssa.UnOp:
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.BinOp:
		return a.dependsOnCheck(v.X, depth+1, seen) || a.dependsOnCheck(v.Y, depth+1, seen)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if a.dependsOnCheck(e, depth+1, seen) {
				return true
			}
		}
	case *ssa.ChangeType:
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.Convert:
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.MakeInterface:
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.TypeAssert:
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.Field:
		st, _ := v.X.Type().Underlying().(*types.Struct)
		if st != nil && isRoleField(st.Field(v.Field).Name()) {
			return true
		}
		return a.dependsOnCheck(v.X, depth+1, seen)
	case *ssa.FieldAddr:
		if st, ok := deref(v.X.Type()).Underlying().(*types.Struct); ok && isRoleField(st.Field(v.Field).Name()) {
			return true
		}
	case *ssa.Lookup:
		return a.dependsOnCheck(v.X, depth+1, seen) || a.dependsOnCheck(v.Index, depth+1, seen)
	}
	return false
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// deniesIn reports whether the early-exit branch starting at b answers 401
// or 403 before it leaves: whatever its condition, that branch is an
// authorisation decision.
func deniesIn(b *ssa.BasicBlock) bool {
	for i := 0; i < 4 && b != nil; i++ {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if code, ok := rejectCode(call.Common()); ok && code != 0 {
					return true
				}
			}
			if ret, ok := instr.(*ssa.Return); ok {
				for _, v := range ret.Results {
					if isRejectErr(v) {
						return true
					}
				}
				return false
			}
		}
		if len(b.Succs) != 1 {
			return false
		}
		b = b.Succs[0]
	}
	return false
}

// rejectsAfterCheck: a helper given the request that answers it (401, 403,
// or 404 to hide the resource) when an authorisation check fails, and
// returns a value the handler turns into an exit (gitea's httpBase returns
// nil after answering 401: h := httpBase(ctx); if h == nil { return }).
// Its own data reads are the lookups the check needs.
func (a *pkgAnalysis) rejectsAfterCheck(fn *ssa.Function) bool {
	sig := fn.Signature
	if sig.Results().Len() == 0 || isHandlerType(sig) {
		return false
	}
	takesReq := false
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if isCtxType(t) || typesutil.IsNamed(t, pkgHTTP, "ResponseWriter") {
			takesReq = true
		}
	}
	if !takesReq {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := call.Common()
			if code, ok := rejectCode(c); (ok && code != 0 || answersNotFound(c)) && a.checkControlled(fn, b) {
				return true
			}
		}
	}
	return false
}
