package authz

import (
	"go/constant"
	"go/token"
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
		res = a.alwaysChecks(fn) || a.rejectsAfterCheck(fn) || a.trueOnlyChecked(fn)
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

// checkedBefore reports whether authorisation checks protect block blk of
// fn: every path from the entry to blk passes a check gate (see cut). One
// If dominating blk is the simple case; an if/else that checks the
// uploader on one branch and the repository permission on the other is a
// cut of two.
func (a *pkgAnalysis) checkedBefore(fn *ssa.Function, blk *ssa.BasicBlock) bool {
	return a.cut(fn.Blocks[0], []*ssa.BasicBlock{blk})
}

// checkedAfter reports whether the access in blk is a lookup that an
// authorisation check after it needs (load the attachment, then check
// that the user may read its repository): every path from blk to a
// return that does not answer with an error passes a check gate, and at
// least one such return exists. A check on one branch only leaves the
// other path open, so path sensitivity is kept.
func (a *pkgAnalysis) checkedAfter(blk *ssa.BasicBlock) bool {
	return a.checkedAfterWith(blk, nil)
}

// checkedAfterWith is checkedAfter with the Ifs of decided going the way
// it says (see cutWith).
func (a *pkgAnalysis) checkedAfterWith(blk *ssa.BasicBlock, decided map[*ssa.BasicBlock]*ssa.BasicBlock) bool {
	var targets []*ssa.BasicBlock
	seen := typesutil.Reachable(blk)
	for _, b := range blk.Parent().Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && seen[b] && !a.errorExit(b) {
			targets = append(targets, b)
		}
	}
	return len(targets) > 0 && a.cutWith(blk, targets, decided)
}

// cut reports whether every path from the block from to any of targets
// passes a check gate: an If one of whose branches can reach a target and
// the other cannot (it exits), whose condition depends on an
// authorisation check or whose exiting branch answers 401 or 403. Paths
// stop at a gate's passing edge. Linear in the blocks: which branch can
// reach a target is computed once, backwards from the targets.
//
// A condition that is a disjunction of checks (if !owner && !clinician {
// 403 }) compiles to an If on the first check both of whose branches go
// on: one straight to the access (the owner), one to the If on the second
// check, which exits. Such an If is a gate too when its condition depends
// on a check and every path through one of its branches passes a gate.
func (a *pkgAnalysis) cut(from *ssa.BasicBlock, targets []*ssa.BasicBlock) bool {
	return a.cutWith(from, targets, nil)
}

// cutWith is cut on the paths a request takes when the Ifs ending the
// blocks of decided go the way it says (see anonBranches): such an If
// gates nothing, whichever way it goes.
func (a *pkgAnalysis) cutWith(from *ssa.BasicBlock, targets []*ssa.BasicBlock, decided map[*ssa.BasicBlock]*ssa.BasicBlock) bool {
	can := typesutil.Reaching(targets...)
	for _, t := range targets {
		can[t] = true
	}
	isTarget := map[*ssa.BasicBlock]bool{}
	for _, t := range targets {
		isTarget[t] = true
	}
	return a.cutFrom(from, can, isTarget, decided, map[*ssa.BasicBlock]int{}, 0)
}

// cutFrom is cut from one block, with the blocks that can reach a target
// and the targets computed; memo holds the verdicts of the branches of
// disjunctions (1 cut, 2 not).
func (a *pkgAnalysis) cutFrom(from *ssa.BasicBlock, can, isTarget map[*ssa.BasicBlock]bool, decided map[*ssa.BasicBlock]*ssa.BasicBlock, memo map[*ssa.BasicBlock]int, depth int) bool {
	seen := map[*ssa.BasicBlock]bool{from: true}
	stack := []*ssa.BasicBlock{from}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if isTarget[b] {
			return false
		}
		if s, ok := decided[b]; ok {
			if can[s] && !seen[s] {
				seen[s] = true
				stack = append(stack, s)
			}
			continue
		}
		if len(b.Succs) == 2 && can[b.Succs[0]] != can[b.Succs[1]] {
			fail := b.Succs[0]
			if can[fail] {
				fail = b.Succs[1]
			}
			if a.gate(b, fail) {
				continue
			}
		}
		if len(b.Succs) == 2 && can[b.Succs[0]] && can[b.Succs[1]] && depth < 4 && a.checkCond(b) &&
			(a.cutMemo(b.Succs[0], can, isTarget, decided, memo, depth) || a.cutMemo(b.Succs[1], can, isTarget, decided, memo, depth)) {
			continue
		}
		for _, s := range b.Succs {
			if can[s] && !seen[s] {
				seen[s] = true
				stack = append(stack, s)
			}
		}
	}
	return true
}

func (a *pkgAnalysis) cutMemo(b *ssa.BasicBlock, can, isTarget map[*ssa.BasicBlock]bool, decided map[*ssa.BasicBlock]*ssa.BasicBlock, memo map[*ssa.BasicBlock]int, depth int) bool {
	if v, ok := memo[b]; ok {
		return v == 1
	}
	memo[b] = 2 // a cycle back here is no cut
	ok := len(b.Preds) == 1 && a.cutFrom(b, can, isTarget, decided, memo, depth+1)
	if ok {
		memo[b] = 1
	}
	return ok
}

// gate reports whether the If ending b is an authorisation decision given
// that fail is its exiting branch.
func (a *pkgAnalysis) gate(b, fail *ssa.BasicBlock) bool {
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	return a.checkCond(b) || a.deniesIn(fail) || signInIn(fail) && mentionsCredential(ifi.Cond, 0, map[ssa.Value]bool{})
}

// checkCond reports whether b ends in an If whose condition depends on an
// authorisation check.
func (a *pkgAnalysis) checkCond(b *ssa.BasicBlock) bool {
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	v, ok := a.ifCheck[ifi]
	if !ok {
		v = a.dependsOnCheck(ifi.Cond, 0, map[ssa.Value]bool{})
		a.ifCheck[ifi] = v
	}
	return v
}

// signInIn reports whether the early-exit branch starting at b sends the
// user to the sign-in page: on a condition about a credential or session
// value (no pending login in the session), that is authentication.
func signInIn(b *ssa.BasicBlock) bool {
	for i := 0; i < 4 && b != nil; i++ {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if obj := typesutil.Callee(call.Common()); obj != nil && hasWord(obj.Name(), "redirect") && redirectsToLogin(call.Common().Args) {
					return true
				}
			}
			if _, ok := instr.(*ssa.Return); ok {
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
		if a.isCheckObj(typesutil.Callee(&v.Call)) || principalPredicate(&v.Call) {
			return true
		}
		if v.Call.IsInvoke() {
			return false
		}
		if g := v.Call.StaticCallee(); g != nil && g.Parent() != nil && g.Pkg == a.ssa.Pkg && a.isCheckFunc(g) {
			return true // a closure that checks (gitea's reloadParam)
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
		if ownerCompare(v) {
			return true
		}
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
	case *ssa.Alloc:
		// A variable a closure captures lives in memory: what was stored
		// in it (repo := getAuthenticatedRepo(ctx); if repo == nil { return
		// }; upload := func() { ... repo.ID ... }).
		for _, ref := range *v.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == v && a.dependsOnCheck(st.Val, depth+1, seen) {
				return true
			}
		}
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
func (a *pkgAnalysis) deniesIn(b *ssa.BasicBlock) bool {
	for i := 0; i < 4 && b != nil; i++ {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if code, ok := a.rejectCodeOf(call.Common()); ok && code != 0 {
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
	if sig.Results().Len() == 0 || isHandlerType(sig) && sig.Params().Len() == 1 {
		// A context handler returning its error is judged as a handler;
		// a function of (w, r) returning a value is none (MustClinician(w,
		// r) (*User, bool)).
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
	// A rejection decided by an authorisation check (gitea's httpBase,
	// which asks for credentials only when the repository is not public).
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := call.Common()
			if code, ok := a.rejectCodeOf(c); (ok && code != 0 || answersNotFound(c)) && a.checkControlled(fn, b) {
				return true
			}
		}
	}
	// Or every return that answers no error is reached only through a
	// check gate, a 401 or 403 on a credential test included (lfs: if
	// !authenticate(ctx, repo, authorization) { requireAuth(ctx); return
	// nil }).
	var normal []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && b != fn.Recover && !a.errorExit(b) {
			normal = append(normal, b)
		}
	}
	return len(normal) > 0 && a.cut(fn.Blocks[0], normal)
}

// rejectCodeOf is rejectCode, also for a call of a helper of this package
// that always answers 401 or 403 (lfs's requireAuth(ctx) sets a
// WWW-Authenticate header and writes 401).
func (a *pkgAnalysis) rejectCodeOf(cc *ssa.CallCommon) (int64, bool) {
	if code, ok := rejectCode(cc); ok {
		return code, true
	}
	if g := cc.StaticCallee(); g != nil {
		if code := a.helperAnswer(g); code == 401 || code == 403 {
			return code, true
		}
	}
	return 0, false
}

// helperAnswer is the error status a function of this package always
// answers (a call in a block that dominates its every return answers it),
// or 0.
func (a *pkgAnalysis) helperAnswer(fn *ssa.Function) int64 {
	if fn.Blocks == nil || fn.Pkg != a.ssa.Pkg {
		return 0
	}
	if code, ok := a.answers[fn]; ok {
		return code
	}
	a.answers[fn] = 0
	var code int64
	typesutil.EveryPathCall(fn, func(call ssa.CallInstruction) bool {
		code = a.answerCode(call.Common())
		return code != 0
	})
	a.answers[fn] = code
	return code
}

// answerCode is the error status a call answers the request with: a
// rejection (401, 403), a 404, an error status constant passed with the
// request's context or writer (writeStatus(ctx, 400), http.Error(w, msg,
// 500)), a method of the request context named for an error
// (ctx.ServerError), or a helper that always does one of these. 0 when
// the call answers no error.
func (a *pkgAnalysis) answerCode(cc *ssa.CallCommon) int64 {
	if code, ok := rejectCode(cc); ok && code != 0 {
		return code
	}
	if answersNotFound(cc) {
		return 404
	}
	withReq := false
	args := cc.Args
	if cc.IsInvoke() {
		args = append([]ssa.Value{cc.Value}, args...)
	}
	for _, arg := range args {
		t := arg.Type()
		if isCtxType(t) || typesutil.IsNamed(t, pkgHTTP, "ResponseWriter") {
			withReq = true
		}
	}
	if withReq {
		for _, arg := range cc.Args {
			if n, ok := typesutil.ConstInt(arg); ok && n >= 400 && n < 600 {
				return n
			}
		}
		if obj := typesutil.Callee(cc); obj != nil && hasWord(obj.Name(), "error") {
			return 500
		}
	}
	if g := cc.StaticCallee(); g != nil {
		return a.helperAnswer(g)
	}
	return 0
}

// errorExit reports whether the return ending b leaves after answering an
// error (in b, or on every straight-line way into it) or returns a
// non-nil error: a path that serves nothing.
func (a *pkgAnalysis) errorExit(b *ssa.BasicBlock) bool {
	ret := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
	for _, v := range ret.Results {
		if isRejectErr(v) {
			return true
		}
		if types.Implements(v.Type(), errorType) {
			if c, ok := v.(*ssa.Const); !ok || !c.IsNil() {
				return true
			}
		}
	}
	return a.answeredBefore(b, 4)
}

// answeredBefore reports whether b, or every straight-line way into it
// (if err != nil { ctx.HTTPError(404) } else { ctx.ServerError(err) };
// return), answers an error.
func (a *pkgAnalysis) answeredBefore(b *ssa.BasicBlock, depth int) bool {
	for _, instr := range b.Instrs {
		if call, ok := instr.(ssa.CallInstruction); ok && a.answerCode(call.Common()) != 0 {
			return true
		}
	}
	if depth == 0 || len(b.Preds) == 0 {
		return false
	}
	for _, p := range b.Preds {
		if len(p.Succs) != 1 || !a.answeredBefore(p, depth-1) {
			return false
		}
	}
	return true
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// ownerCompare: an (in)equality between the principal and another value
// that is not a constant (attach.UploaderID == ctx.Doer.ID) is an
// ownership check; ctx.Doer == nil only tests that someone signed in.
func ownerCompare(v *ssa.BinOp) bool {
	if v.Op != token.EQL && v.Op != token.NEQ {
		return false
	}
	if _, ok := v.X.(*ssa.Const); ok {
		return false
	}
	if _, ok := v.Y.(*ssa.Const); ok {
		return false
	}
	return fromPrincipal(v.X, 0, map[ssa.Value]bool{}) || fromPrincipal(v.Y, 0, map[ssa.Value]bool{})
}

// trueOnlyChecked: fn returns one bool, alone or beside other results,
// and every return of a value other than false is reached only through a
// check gate (gitea's reloadParam closure: false when the profile is not
// visible to the viewer, true after the check passed; u, ok :=
// currentAdmin(r): ok only after the role check).
func (a *pkgAnalysis) trueOnlyChecked(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	at := -1
	for i := range res.Len() {
		if types.Identical(res.At(i).Type().Underlying(), types.Typ[types.Bool]) {
			if at >= 0 {
				return false // which bool says yes is not known
			}
			at = i
		}
	}
	if at < 0 {
		return false
	}
	var targets []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || b == fn.Recover || len(ret.Results) != res.Len() {
			continue
		}
		if c, ok := ret.Results[at].(*ssa.Const); ok && c.Value != nil && !constant.BoolVal(c.Value) {
			continue
		}
		targets = append(targets, b)
	}
	return len(targets) > 0 && a.cut(fn.Blocks[0], targets)
}

// principalPredicate: a call answering a yes/no question about the
// principal and something else (IsUserVisibleToViewer(ctx, owner,
// ctx.Doer), strings.EqualFold(ctx.Doer.Name, owner)) decides what the
// principal may see: an object-level check.
func principalPredicate(cc *ssa.CallCommon) bool {
	sig := cc.Signature()
	if sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type().Underlying(), types.Typ[types.Bool]) {
		return false
	}
	args := cc.Args
	if cc.IsInvoke() {
		args = append([]ssa.Value{cc.Value}, args...)
	}
	who, other := false, false
	for _, arg := range args {
		t := arg.Type()
		if isCtxType(t) || typesutil.IsNamed(t, "context", "Context") {
			continue
		}
		if _, ok := arg.(*ssa.Const); ok {
			continue
		}
		if fromPrincipal(arg, 0, map[ssa.Value]bool{}) {
			who = true
		} else {
			other = true
		}
	}
	return who && other
}
