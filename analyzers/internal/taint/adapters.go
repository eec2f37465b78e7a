package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Adapters: a function that takes a page function (func(*http.Request)
// (string, error)) and returns the handler that calls it and writes what
// it returns (render.Page("Home", h.Greeting)). The call of the page
// function is in the closure, of a free variable bound to the adapter's
// parameter: a callback of the closure, which the adapter passes on (see
// closureSinks), so the adapter's callers instantiate it with the
// function they give, a method value as well as a function or a closure.

// callbackIndex returns the parameter index (free variables after the
// parameters) of the function-typed value v that this function calls as
// a callback: one of its parameters, or a free variable bound to a
// parameter of the function that makes the closure. -1 otherwise.
func (s *fnState) callbackIndex(v ssa.Value) int {
	switch x := v.(type) {
	case *ssa.Parameter:
		if x.Parent() != s.fn {
			return -1
		}
		if i := slices.Index(s.fn.Params, x); i >= 0 && i < 32 {
			return i
		}
	case *ssa.UnOp:
		if ia, ok := x.X.(*ssa.IndexAddr); ok && x.Op == token.MUL {
			// An element of a list of functions the function is given
			// (cells ...func(T) string; for _, c := range cells): the
			// callers pass the list (listedFuncs).
			if prm, ok := ia.X.(*ssa.Parameter); ok && prm.Parent() == s.fn {
				if _, isSig := x.Type().Underlying().(*types.Signature); isSig {
					if i := slices.Index(s.fn.Params, prm); i >= 0 && i < 32 {
						return i
					}
				}
			}
			return -1
		}
		// The parameter spilled to a variable the closure captures: *fv.
		fv, ok := x.X.(*ssa.FreeVar)
		if !ok || x.Op != token.MUL {
			return -1
		}
		prm, ok := typesutil.Captured(x).(*ssa.Parameter)
		if !ok || s.fn.Parent() == nil || prm.Parent() != s.fn.Parent() {
			return -1
		}
		if k := slices.Index(s.fn.FreeVars, fv); k >= 0 && len(s.fn.Params)+k < 32 {
			return len(s.fn.Params) + k
		}
	}
	return -1
}

// boundMethod returns the method a bound method wrapper (the function of
// a method value's closure) calls, or nil.
func boundMethod(fn *ssa.Function) *ssa.Function {
	if fn == nil || fn.Synthetic == "" || fn.Signature.Recv() != nil || len(fn.FreeVars) != 1 {
		return nil
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Signature().Recv() == nil {
		return nil
	}
	return fn.Prog.FuncValue(obj)
}

// closureCallback is what the closure's calls of its free variable bit
// return, the variable bound to args[bit] where the closure is made (see
// closureSinks): the callback's arguments in the closure's terms, its
// own parameters unbound.
func (s *fnState) closureCallback(sum *summary, args []ssa.Value, bit int, cb []Taint) Taint {
	mask := sum.callbackMask()
	inst := func(t Taint) Taint {
		t.Params &^= mask
		return s.instantiate(sum, args, t, nil)
	}
	b := args[bit]
	if a, ok := b.(*ssa.Alloc); ok {
		// A variable captured by reference: the function stored in it.
		if v := typesutil.StoredOnce(a); v != nil {
			b = v
		}
	}
	return s.callbackResult(b, cb, inst)
}

// funcElems returns the functions a value read from a list of handlers
// may be: an element of a slice literal (for _, fn := range
// []PageFunc{h.Home, h.Find}) or a value of a map literal the function
// only fills in place (map[string]PageFunc{"/home": h.Home}), ranged over
// or looked up. nil for any other value.
func funcElems(v ssa.Value) []ssa.Value {
	var out []ssa.Value
	switch x := v.(type) {
	case *ssa.UnOp:
		ia, ok := x.X.(*ssa.IndexAddr)
		if x.Op != token.MUL || !ok {
			return nil
		}
		els, ok := typesutil.InPlaceElems(ia.X)
		if !ok {
			return nil
		}
		for _, e := range els {
			out = append(out, e.Val)
		}
	case *ssa.Extract:
		if l, ok := x.Tuple.(*ssa.Lookup); ok && x.Index == 0 {
			// fn, ok := views[kind]
			if _, isMap := l.X.Type().Underlying().(*types.Map); isMap {
				out = mapLiteralValues(l.X)
			}
			break
		}
		next, ok := x.Tuple.(*ssa.Next)
		if !ok || x.Index != 2 || next.IsString {
			return nil
		}
		if rng, ok := next.Iter.(*ssa.Range); ok {
			out = mapLiteralValues(rng.X)
		}
	case *ssa.Lookup:
		if _, isMap := x.X.Type().Underlying().(*types.Map); isMap && !x.CommaOk {
			out = mapLiteralValues(x.X)
		}
	}
	return out
}

// mapLiteralValues returns the values stored into the map m, made here
// and only updated (a map literal); nil when m is any other map or is
// passed or stored elsewhere.
// localFuncs returns the functions a dynamic call of v may reach when v
// is read from a list of handlers this function builds (see funcElems:
// views[kind], fn, ok := views[kind], a range over either): declared
// functions, closures and method values, at most maxSlotCallees of them;
// nil when any element is another value.
func localFuncs(v ssa.Value) []ssa.Value {
	els := funcElems(v)
	if len(els) > maxSlotCallees {
		return nil
	}
	for _, e := range els {
		switch typesutil.Unconvert(e).(type) {
		case *ssa.Function, *ssa.MakeClosure:
		default:
			return nil
		}
	}
	return els
}

// listedFuncs returns the functions of a list passed whole, built in
// place (renderRows(w, items, nameCell, doseCell), whose variadic
// parameter the callee ranges over and calls), or nil.
func listedFuncs(v ssa.Value) []ssa.Value {
	sl, ok := v.Type().Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	if _, isSig := sl.Elem().Underlying().(*types.Signature); !isSig {
		return nil
	}
	els, ok := typesutil.InPlaceElems(v)
	if !ok {
		return nil
	}
	out := make([]ssa.Value, len(els))
	for i, e := range els {
		out[i] = e.Val
	}
	return out
}

func mapLiteralValues(m ssa.Value) []ssa.Value {
	mm, ok := m.(*ssa.MakeMap)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, r := range *mm.Referrers() {
		switch u := r.(type) {
		case *ssa.MapUpdate:
			out = append(out, u.Value)
		case *ssa.Range, *ssa.Lookup, *ssa.DebugRef:
		default:
			return nil
		}
	}
	return out
}
