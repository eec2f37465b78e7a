package authz

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// A handler behind no guard that reads the principal from the request's
// context (claims, _ := auth.FromContext(r.Context()), put there by an
// optional authentication when a valid token came) reads its zero value
// when the request carries no credentials. A check that such a principal
// skips (if claims.Role == RolePatient && claims.PatientID != appt.PatientID
// { 403 }) lets an anonymous request through to the data: for such a route
// the check is no authentication. anonTouches finds the data access a
// request without credentials reaches past the handler's checks.

// zval is what a value is when the request carries no principal: a
// constant, nil, or a zero struct or array (agg) whose fields are zero.
type zval struct {
	c   constant.Value
	nil bool
	agg bool
}

// zeroOf is the zero value of t, if it is known.
func zeroOf(t types.Type) (zval, bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return zval{c: constant.MakeBool(false)}, true
		case u.Info()&types.IsString != 0:
			return zval{c: constant.MakeString("")}, true
		case u.Info()&types.IsInteger != 0:
			return zval{c: constant.MakeInt64(0)}, true
		case u.Info()&types.IsFloat != 0:
			return zval{c: constant.MakeFloat64(0)}, true
		}
	case *types.Pointer, *types.Interface, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		return zval{nil: true}, true
	case *types.Struct, *types.Array:
		return zval{agg: true}, true
	}
	return zval{}, false
}

// absentValue reports what v is when the request's context holds no
// principal: the result of a read of the context's key-value store
// (ctx.Value(k), c.Get(k)), of a comma-ok assertion on it, or of a
// function that returns such a read (auth.FromContext), and the fields
// of what such a read returns.
func (a *pkgAnalysis) absentValue(v ssa.Value, depth int) (zval, bool) {
	if depth > 8 {
		return zval{}, false
	}
	switch x := v.(type) {
	case *ssa.Call:
		if a.readsContextCall(&x.Call) {
			return zeroOf(x.Type())
		}
	case *ssa.Extract:
		switch t := x.Tuple.(type) {
		case *ssa.Call:
			if a.readsContextCall(&t.Call) {
				return zeroOf(x.Type())
			}
		case *ssa.TypeAssert:
			// v, ok := ctx.Value(k).(T): a nil interface gives T's zero
			// and false.
			if z, ok := a.absentValue(t.X, depth+1); ok && z.nil {
				return zeroOf(x.Type())
			}
		}
	case *ssa.Field:
		if z, ok := a.absentValue(x.X, depth+1); ok && z.agg {
			return zeroOf(x.Type())
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			break
		}
		// A field of a variable holding the principal (claims.Role when
		// claims has its address taken), or the variable itself.
		addr := x.X
		field := false
		if fa, ok := addr.(*ssa.FieldAddr); ok {
			addr, field = fa.X, true
		}
		alloc, ok := addr.(*ssa.Alloc)
		if !ok {
			break
		}
		held := storedWhole(alloc)
		if held == nil {
			break
		}
		z, ok := a.absentValue(held, depth+1)
		if !ok {
			break
		}
		if !field {
			return z, true
		}
		if z.agg {
			return zeroOf(x.Type())
		}
	case *ssa.ChangeType:
		return a.absentValue(x.X, depth+1)
	}
	return zval{}, false
}

// storedWhole is the one value stored into a local variable that is
// otherwise only read, whole or a field at a time; nil when there is no
// such value.
func storedWhole(alloc *ssa.Alloc) ssa.Value {
	var val ssa.Value
	for _, ref := range *alloc.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr != alloc || val != nil {
				return nil
			}
			val = r.Val
		case *ssa.FieldAddr:
			for _, r2 := range *r.Referrers() {
				if _, load := r2.(*ssa.UnOp); !load {
					if _, dbg := r2.(*ssa.DebugRef); !dbg {
						return nil
					}
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return nil
		}
	}
	return val
}

// readsContextCall: a call of a getter of a request-scoped key-value store
// (the models table), or of a function that returns what one read.
func (a *pkgAnalysis) readsContextCall(cc *ssa.CallCommon) bool {
	obj := typesutil.Callee(cc)
	if obj == nil {
		return false
	}
	if _, ok := models.ContextGetter(obj.Origin().FullName()); ok {
		return true
	}
	if cc.IsInvoke() {
		return false
	}
	if g := cc.StaticCallee(); g != nil && g.Blocks != nil && g.Pkg == a.ssa.Pkg {
		return a.readsContext(g)
	}
	f := a.funcFactOf(obj.Origin())
	return f != nil && f.CtxRead
}

// readsContext reports whether fn returns what a read of the request's
// context store gives: on every return, its first result is the value so
// read (claims, or the value of c, ok := ctx.Value(k).(Claims)) and its
// second, if any, the ok of the same read (return c, ok). Such a function
// returns zero values when nothing was stored.
func (a *pkgAnalysis) readsContext(fn *ssa.Function) bool {
	if v, ok := a.ctxRead[fn]; ok {
		return v
	}
	a.ctxRead[fn] = false
	res := fn.Signature.Results()
	if fn.Blocks == nil || res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !isBool(res.At(1).Type()) {
		return false
	}
	found := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || b == fn.Recover {
			continue
		}
		first := typesutil.Unconvert(ret.Results[0])
		if _, ok := a.absentValue(first, 0); !ok || !a.readFromContext(first) {
			return false
		}
		if len(ret.Results) == 2 {
			ex0, ok0 := first.(*ssa.Extract)
			ex1, ok1 := ret.Results[1].(*ssa.Extract)
			if !ok0 || !ok1 || ex0.Tuple != ex1.Tuple || ex0.Index != 0 || ex1.Index != 1 {
				return false
			}
		}
		found = true
	}
	a.ctxRead[fn] = found
	return found
}

// readFromContext: v is itself a read (not a field of one): a getter's
// result, the value of a comma-ok assertion on it, or a reading
// function's result.
func (a *pkgAnalysis) readFromContext(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Call:
		return a.readsContextCall(&x.Call)
	case *ssa.Extract:
		return x.Index == 0
	}
	return false
}

// decideAbsent evaluates a condition when the request carries no
// principal: ok is false when its value depends on anything else.
func (a *pkgAnalysis) decideAbsent(cond ssa.Value) (val, ok bool) {
	switch x := cond.(type) {
	case *ssa.UnOp:
		if x.Op == token.NOT {
			v, ok := a.decideAbsent(x.X)
			return !v, ok
		}
	case *ssa.BinOp:
		switch x.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			return false, false
		}
		l, r, op := x.X, x.Y, x.Op
		k, isConst := r.(*ssa.Const)
		if !isConst {
			if k, isConst = l.(*ssa.Const); !isConst {
				return false, false
			}
			l, op = r, typesutil.Mirror(op)
		}
		z, ok := a.absentValue(l, 0)
		if !ok {
			return false, false
		}
		switch {
		case z.nil && k.IsNil() && (op == token.EQL || op == token.NEQ):
			return op == token.EQL, true
		case z.c != nil && k.Value != nil && z.c.Kind() == k.Value.Kind():
			return constant.Compare(z.c, op, k.Value), true
		}
		return false, false
	}
	if z, ok := a.absentValue(cond, 0); ok && z.c != nil && z.c.Kind() == constant.Bool {
		return constant.BoolVal(z.c), true
	}
	return false, false
}

// anonBranches maps each block of fn ending in an If whose condition the
// absence of a principal decides to the successor then taken.
func (a *pkgAnalysis) anonBranches(fn *ssa.Function) map[*ssa.BasicBlock]*ssa.BasicBlock {
	out := map[*ssa.BasicBlock]*ssa.BasicBlock{}
	for _, b := range fn.Blocks {
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		if v, ok := a.decideAbsent(ifi.Cond); ok {
			if v {
				out[b] = b.Succs[0]
			} else {
				out[b] = b.Succs[1]
			}
		}
	}
	return out
}

// anonTouches returns the first data access of the handler fn that its
// own checks protect (touches finds none) but that a request without a
// principal in its context reaches: every check on the way is decided, in
// its favour, by the principal's zero value. Accesses inside callees are
// judged by touches.
func (a *pkgAnalysis) anonTouches(fn *ssa.Function) *access {
	if fn == nil || fn.Blocks == nil || fn.Pkg != a.ssa.Pkg || a.touches(fn) != nil {
		return nil
	}
	decided := a.anonBranches(fn)
	if len(decided) == 0 {
		return nil
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			x := a.callAccess(call.Common())
			if x == nil {
				continue
			}
			if principalScoped(call.Common()) {
				continue
			}
			if a.cutWith(fn.Blocks[0], []*ssa.BasicBlock{b}, decided) || !x.writes() && a.checkedAfterWith(b, decided) {
				continue
			}
			return x
		}
	}
	return nil
}
