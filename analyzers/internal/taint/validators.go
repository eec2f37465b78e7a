package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// A validator is a function that allow-lists some of its parameters: on
// every path where it returns a passing outcome (a nil error, or true) the
// parameter passed an allow-list check (slices.Contains, == a constant, a
// switch of constant cases, a map lookup; see findGuards), or another
// validator of it. A caller that branches on the outcome checks the
// argument it passed, as if it made the check in place:
//
//	if err := validateSort(col); err != nil { return }
//	db.Query("... ORDER BY " + col) // col is one of the allowed names
//
// Validators are found here for the package's functions and travel to
// other packages as checkFact, exported only by the functions that have the
// property (one small fact each).

// validator is what a function validates: the parameters (bit i is
// parameter i, the receiver first), and whether its passing outcome is a
// nil error (err) or true.
type validator struct {
	params uint32
	err    bool
}

// checkFact is a validator exported to other packages.
type checkFact struct {
	Params uint32
	Err    bool
}

// AFact marks checkFact as an analysis fact.
func (*checkFact) AFact() {}

// String renders the fact for `// want` fact tests: "validates(p0) on nil error".
func (f *checkFact) String() string {
	outcome := "true"
	if f.Err {
		outcome = "nil error"
	}
	return "validates(" + params(uint64(f.Params)) + ") on " + outcome
}

// validatedArg returns the argument a call of a validator checks, when its
// passing outcome is a nil error (err) or true (!err); otherwise nil. Of
// several validated parameters, the first.
func (p *pkgState) validatedArg(call *ssa.Call, err bool) ssa.Value {
	cc := typesutil.Unbind(&call.Call)
	if cc.IsInvoke() {
		return nil
	}
	fn := staticOrigin(cc)
	if fn == nil {
		return nil
	}
	v := p.validatorOf(fn)
	if v.params == 0 || v.err != err {
		return nil
	}
	for i, a := range cc.Args {
		if i < 32 && v.params&(1<<i) != 0 {
			return typesutil.Unconvert(a)
		}
	}
	return nil
}

// validatorOf returns what fn validates: computed from its SSA when it is
// this package's, read from its checkFact otherwise.
func (p *pkgState) validatorOf(fn *ssa.Function) validator {
	if v, ok := p.validators[fn]; ok {
		return v
	}
	if p.validators == nil {
		p.validators = map[*ssa.Function]validator{}
	}
	if fn.Pkg != p.ssa.Pkg {
		// Another package's: its fact, looked up once.
		var v validator
		var f checkFact
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil && obj.Pkg() != p.pass.Pkg && p.pass.ImportObjectFact(obj.Origin(), &f) {
			v = validator{params: f.Params, err: f.Err}
		}
		p.validators[fn] = v
		return v
	}
	p.validators[fn] = validator{} // recursion: not (yet) a validator
	v := p.findValidator(fn)
	p.validators[fn] = v
	return v
}

// findValidator computes what fn validates (see validatorOf).
func (p *pkgState) findValidator(fn *ssa.Function) validator {
	res := fn.Signature.Results()
	if res.Len() != 1 || len(fn.Params) == 0 || len(fn.Blocks) == 0 {
		return validator{}
	}
	var v validator
	switch rt := res.At(0).Type(); {
	case isError(rt):
		v.err = true
	case types.Identical(rt.Underlying(), types.Typ[types.Bool]):
	default:
		return validator{}
	}
	var rets []*ssa.Return
	for _, b := range fn.Blocks {
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			rets = append(rets, r)
		}
	}
	// A function that never passes (it always returns an error) checks
	// nothing.
	mayPass := false
	for _, r := range rets {
		c, isConst := r.Results[0].(*ssa.Const)
		if v.err && !nonNilError(p, r.Results[0], 0) || !v.err && (!isConst || c.Value == nil || constant.BoolVal(c.Value)) {
			mayPass = true
		}
	}
	if !mayPass {
		return validator{}
	}
	s := &fnState{p: p, fn: fn}
	s.findGuards()
	for i, prm := range fn.Params {
		if i >= 32 {
			break
		}
		all := true
		for _, r := range rets {
			if !s.passing(r.Results[0], r.Block().Index, prm, v.err, 0) {
				all = false
				break
			}
		}
		if all {
			v.params |= 1 << i
		}
	}
	if v.params == 0 {
		return validator{}
	}
	return v
}

// maxPassDepth bounds passing's walk through phis.
const maxPassDepth = 8

// passing reports whether a function returning r from block blk returns
// its passing outcome (a nil error when err, else true) only where prm
// passed an allow-list check: r never passes (a non-nil error, false), or
// passes where the check passed, or is the outcome of a check of prm.
func (s *fnState) passing(r ssa.Value, blk int, prm ssa.Value, err bool, depth int) bool {
	if depth > maxPassDepth {
		return false
	}
	if s.guards[prm] != nil && s.guards[prm][blk] {
		return true // whatever it returns, prm passed on the way here
	}
	if phi, ok := r.(*ssa.Phi); ok {
		to := phi.Block().Index
		for i, e := range phi.Edges {
			if i >= len(phi.Block().Preds) {
				return false
			}
			from := phi.Block().Preds[i].Index
			if s.passEdges[prm][blockEdge{from, to}] {
				continue // the check's passing edge
			}
			if !s.passing(e, from, prm, err, depth+1) {
				return false
			}
		}
		return true
	}
	if c, ok := r.(*ssa.Const); ok {
		pass := c.IsNil()
		if !err {
			pass = c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value)
		}
		return !pass
	}
	if err {
		if nonNilError(s.p, r, 0) {
			return true
		}
		// The error of a check (validation.In(...).Validate(v)), or the
		// last result of one with several (_, err := strconv.Atoi(v)).
		return s.p.checkedBy(r, true) == prm
	}
	return s.boolCheckOf(r) == prm
}

// boolCheckOf returns the value a boolean is the outcome of an allow-list
// check of (the conditions findGuards reads, in their passing sense), or
// nil.
func (s *fnState) boolCheckOf(v ssa.Value) ssa.Value {
	switch c := v.(type) {
	case *ssa.Call:
		return s.p.checkedBy(c, false)
	case *ssa.BinOp:
		if c.Op != token.EQL {
			return nil
		}
		if k, ok := c.Y.(*ssa.Const); ok && k.Value != nil {
			return c.X
		}
		if k, ok := c.X.(*ssa.Const); ok && k.Value != nil {
			return c.Y
		}
	case *ssa.Lookup:
		return s.p.setMember(c)
	case *ssa.Extract:
		if lk, ok := c.Tuple.(*ssa.Lookup); ok && c.Index == 1 && lk.CommaOk {
			return lk.Index
		}
		if call, ok := c.Tuple.(*ssa.Call); ok && c.Index == 0 {
			return s.p.checkedBy(call, false)
		}
	}
	return nil
}

// nonNilError reports whether an error value is never nil: made by
// fmt.Errorf or errors.New, a pointer to or value of a composite literal
// boxed as an error, or a package variable holding one (a sentinel such as
// ErrBadSort; another package's sentinel is trusted to be set).
func nonNilError(p *pkgState, v ssa.Value, depth int) bool {
	if depth > maxPassDepth {
		return false
	}
	switch x := v.(type) {
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil && !x.Call.IsInvoke() {
			switch obj.FullName() {
			case "fmt.Errorf", "errors.New":
				return true
			}
		}
	case *ssa.MakeInterface:
		switch x.X.Type().Underlying().(type) {
		case *types.Pointer:
			_, isAlloc := x.X.(*ssa.Alloc)
			return isAlloc
		case *types.Interface, *types.Map, *types.Slice, *types.Chan, *types.Signature:
			return false
		}
		return true
	case *ssa.ChangeInterface:
		return nonNilError(p, x.X, depth+1)
	case *ssa.UnOp:
		g, ok := x.X.(*ssa.Global)
		if !ok || x.Op != token.MUL {
			return false
		}
		if g.Pkg != p.ssa.Pkg {
			return true
		}
		if val := p.storedOnce(g); val != nil {
			return nonNilError(p, val, depth+1)
		}
	}
	return false
}

// exportValidators attaches a checkFact to each of the package's declared
// functions that validates a parameter.
func (p *pkgState) exportValidators(funcs []*ssa.Function) {
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != p.pass.Pkg || fn.Parent() != nil {
			continue
		}
		if v := p.validatorOf(fn); v.params != 0 {
			p.pass.ExportObjectFact(obj, &checkFact{Params: v.params, Err: v.err})
		}
	}
}
