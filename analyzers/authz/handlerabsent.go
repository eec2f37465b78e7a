package authz

import (
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// handlerAbsentPass judges a handler as absentPass judges a middleware: a
// handler that verifies a credential (a webhook's signature, an API key)
// only when the request carries one (if sig := r.Header.Get("X-Signature");
// sig != "" { if !hmac.Equal(...) { 401 } }) and goes on to its data access
// when it does not. The data accesses play the part of next. Such a
// handler looks verified (a webhook route is public for the signature it
// checks), so it is reported whatever its route; its route is judged as
// having no check (openChecks), as a route behind such middleware is.
func (a *pkgAnalysis) handlerAbsentPass(fn *ssa.Function) {
	if fn.Blocks == nil || !isHandlerType(fn.Signature) || a.inTest(fn.Pos()) {
		return
	}
	var rejects, unauth, accesses []site
	for _, b := range fn.Blocks {
		for i, instr := range b.Instrs {
			if x, ok := instr.(ssa.CallInstruction); ok {
				cc := x.Common()
				if a.isNextCall(cc) {
					return // a middleware: inferGuard judges it
				}
				if a.callAccess(cc) != nil && !principalScoped(cc) {
					accesses = append(accesses, site{b, i})
				}
			}
			if (len(unauth) == 0 || unauth[len(unauth)-1].b != b) && a.unauthorizedAt(site{b, i}) {
				unauth = append(unauth, site{b, i})
			}
			if len(rejects) == 0 || rejects[len(rejects)-1].b != b {
				if a.unauthorizedAt(site{b, i}) && a.credentialDecided(fn, b) {
					rejects = append(rejects, site{b, i})
				}
			}
		}
	}
	if len(accesses) == 0 {
		return
	}
	for _, r := range unauth {
		for _, acc := range accesses {
			if !r.b.Dominates(acc.b) && reaches(r.b, acc.b) {
				// http.Error(w, "unauthorised", 401) with no return:
				// the handler answers 401 and falls into the code the
				// authenticated request runs. (An access only the
				// rejecting branch reaches, recording a failed login,
				// is the rejection's own.)
				a.report(analysis.Diagnostic{
					Pos:      r.b.Instrs[r.i].Pos(),
					Category: RuleFailOpen,
					Message: "handler " + funcName(fn) + " fails open: it answers 401 but does not return, and goes on to " +
						a.callAccess(acc.b.Instrs[acc.i].(ssa.CallInstruction).Common()).String() +
						"; return after rejecting",
				})
				return
			}
		}
	}
	if len(rejects) == 0 {
		return
	}
	pos, open, login := a.absentPass(fn, accesses, rejects)
	ok := open || login // a handler's data access is reached either way
	if !ok {
		return
	}
	if a.openChecks == nil {
		a.openChecks = map[*ssa.Function]bool{}
	}
	a.openChecks[fn] = true
	a.report(analysis.Diagnostic{
		Pos:      pos,
		Category: RuleFailOpen,
		Message: "handler " + funcName(fn) + " fails open: it checks the credential only when the request carries one, and a request without it goes on to " +
			a.callAccess(accesses[0].b.Instrs[accesses[0].i].(ssa.CallInstruction).Common()).String() +
			"; answer 401 when the credential (a signature, a key) is missing, as when it is wrong",
	})
}

// unauthorizedAt reports whether the rejection at r answers 401: a call
// with the code, or a return of echo.ErrUnauthorized and the like. A
// handler's 403 (a quota, a permission) rejects a known user, not a
// missing or wrong credential.
func (a *pkgAnalysis) unauthorizedAt(r site) bool {
	switch x := r.b.Instrs[r.i].(type) {
	case ssa.CallInstruction:
		code, ok := a.rejectCodeOf(x.Common())
		return ok && code == 401
	case *ssa.Return:
		return len(x.Results) == 1 && isRejectErr(x.Results[0]) && strings.Contains(strings.ToLower(x.Results[0].String()), "unauthor")
	}
	return false
}

// credentialDecided: a credential verification (see credentialCond), not
// only a test of its presence, decides whether b runs. A handler's 403 for
// a forbidden filter value is no credential check.
func (a *pkgAnalysis) credentialDecided(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, c := range append(controlling(fn, b), shortCircuit(b)...) {
		if _, _, presence := presenceTest(c.ifi.Cond); !presence && a.credentialCond(c) {
			return true
		}
	}
	return false
}
