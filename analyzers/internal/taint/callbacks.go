package taint

import (
	"cmp"
	"fmt"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Callbacks: a function that calls one of its function-typed parameters
// (a generic list writer's label func(T) string, a map helper's f) does
// not know what the call returns: its callers do, by the function they
// pass. So the call's results carry the parameter's bit, and the summary
// records what the function passes to each argument of the callback
// (callbackArg, in its own terms). A caller instantiates the bit with the
// summary of the function or closure it passes, applied to those
// arguments (callbackResult): a closure that returns a stored field makes
// the written text stored, one that returns a number or escaped text
// leaves it clean.

// callbackArg is what a function passes, at its calls of parameter
// Param, as the callback's argument Arg.
type callbackArg struct {
	Param, Arg int
	T          Taint
}

// factCallback is a callbackArg in a fact.
type factCallback struct {
	Param, Arg int
	T          factTaint
}

func (c factCallback) String() string {
	return fmt.Sprintf("callback p%d.a%d=%s", c.Param, c.Arg, c.T.String())
}

// addCallback joins t into what the function passes as argument arg of
// its function-typed parameter param.
func (s *summary) addCallback(param, arg int, t Taint) {
	for i := range s.callbacks {
		if c := &s.callbacks[i]; c.Param == param && c.Arg == arg {
			c.T.join(t)
			return
		}
	}
	s.callbacks = append(s.callbacks, callbackArg{Param: param, Arg: arg, T: t})
}

// callbackArgs returns what the function passes to the arguments of its
// parameter param (nil entries: nothing recorded), and whether it calls
// it at all.
func (s *summary) callbackArgs(param int) ([]Taint, bool) {
	var out []Taint
	found := false
	for _, c := range s.callbacks {
		if c.Param != param {
			continue
		}
		found = true
		if c.Arg < 0 {
			continue
		}
		for len(out) <= c.Arg {
			out = append(out, Taint{})
		}
		out[c.Arg].join(c.T)
	}
	return out, found
}

// callbackCall handles a call of this function's function-typed
// parameter: the results carry the parameter's bit, and the arguments are
// recorded for the callers. It reports whether cc is such a call.
func (s *fnState) callbackCall(cc *ssa.CallCommon, args []ssa.Value, res []Taint) bool {
	if cc.IsInvoke() {
		return false
	}
	i := s.callbackIndex(cc.Value)
	if i < 0 {
		return false
	}
	s.sum.addCallback(i, -1, Taint{}) // called, even with no text to pass
	for j, a := range args {
		if carries(a.Type()) || isTime(a.Type()) {
			if t := s.deep(a); !t.Empty() {
				s.sum.addCallback(i, j, t)
			}
		}
	}
	sig := cc.Signature()
	for k := range res {
		if carries(sig.Results().At(k).Type()) {
			res[k] = Taint{Params: 1 << i}
		}
	}
	return true
}

// callbackMask returns the bits of the parameters the function calls.
func (s *summary) callbackMask() uint64 {
	var m uint64
	for _, c := range s.callbacks {
		m |= 1 << c.Param
	}
	return m
}

// callbackResult is what the callee's calls of its parameter i return,
// given a, the function this call passes for it: its summary applied to
// the arguments the callee passes it (cbArgs instantiated here).
func (s *fnState) callbackResult(a ssa.Value, cbArgs []Taint, inst func(Taint) Taint) Taint {
	in := make([]Taint, len(cbArgs))
	var all Taint
	for j, t := range cbArgs {
		in[j] = inst(t)
		all.join(in[j])
	}
	els := funcElems(a)
	if len(els) == 0 {
		els = listedFuncs(a)
	}
	if len(els) > 0 && len(els) <= maxSlotCallees {
		// One of a list of handlers: any of them, the unescaped first so
		// that the origin named is one that is not escaped.
		rs := make([]Taint, len(els))
		for i, e := range els {
			rs[i] = s.callbackResult(e, cbArgs, inst)
		}
		slices.SortStableFunc(rs, func(a, b Taint) int { return cmp.Compare(a.Esc, b.Esc) })
		var out Taint
		for _, r := range rs {
			out.join(r)
		}
		return out
	}
	cf, done, t := s.callbackFunc(a, in, all)
	if done {
		return t
	}
	var out Taint
	for _, r := range cf.sum.results {
		o := cf.instantiate(s, r)
		o.Misfit = r.Misfit
		if !o.Empty() {
			o.Esc |= r.Esc
		}
		out.join(o)
	}
	return out
}

// instantiate is t, in the passed function's terms, in the caller's:
// what the function's own sources bring, and its parameter bits replaced
// by what it is given (bits).
func (cf *passedFunc) instantiate(s *fnState, t Taint) Taint {
	o := Taint{Kinds: t.Kinds, Source: t.Source, Sens: t.Sens, Built: t.Built, Construct: t.Construct}
	o.join(cf.bits(s, t))
	return o
}

// passedFunc is a function passed as a callback, resolved: its summary,
// the taint of its arguments in the caller's terms (a method value's
// bound receiver first) and a closure's bindings.
type passedFunc struct {
	fn       *ssa.Function
	sum      *summary
	in       []Taint
	bindings []ssa.Value
}

// bits instantiates the parameter bits of t, in the passed function's
// terms, with what it is given: its arguments' taint, its bindings'.
func (cf *passedFunc) bits(s *fnState, t Taint) Taint {
	var o Taint
	n := len(cf.fn.Params)
	for bit := 0; bit < 64; bit++ {
		m := uint64(1) << bit
		if t.Params&m == 0 {
			continue
		}
		p, path := bit, ""
		if bit >= 32 {
			if k := bit - 32; k < len(cf.sum.fieldParams) {
				p, path = cf.sum.fieldParams[k].param, cf.sum.fieldParams[k].path
			} else {
				continue
			}
		}
		switch {
		case p < n && p < len(cf.in):
			// A field of the argument: the argument's whole taint.
			o.join(cf.in[p])
		case p >= n && p-n < len(cf.bindings):
			if path != "" {
				o.join(s.boundField(cf.bindings[p-n], path))
			} else {
				o.join(s.deep(cf.bindings[p-n]))
			}
		}
	}
	return o
}

// callbackFunc resolves a, a function passed as a callback given in (its
// arguments' taint here): done when there is no summary to apply, with
// what the call returns then (all, the arguments' taint, for an unknown
// function; all cleaned for a library sanitiser).
func (s *fnState) callbackFunc(a ssa.Value, in []Taint, all Taint) (cf passedFunc, done bool, t Taint) {
	var fn *ssa.Function
	var bindings []ssa.Value
	switch x := typesutil.Unconvert(a).(type) {
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
		bindings = x.Bindings
		if m := boundMethod(fn); m != nil && len(bindings) == 1 {
			// A method value (h.Greeting): the method, with the bound
			// receiver before the arguments.
			fn = m
			in = append([]Taint{s.deep(bindings[0])}, in...)
			bindings = nil
		}
	case *ssa.Function:
		fn = x
	case *ssa.Parameter:
		// This function's own callback, passed on: its callers decide.
		if j := s.callbackIndex(x); j >= 0 {
			s.sum.addCallback(j, -1, Taint{})
			for k, t := range in {
				if !t.Empty() {
					s.sum.addCallback(j, k, t)
				}
			}
			return cf, true, Taint{Params: 1 << j}
		}
	}
	if fn == nil {
		// An unknown function: what it is given flows to its result.
		all.join(s.deep(a))
		return cf, true, all
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	var sum *summary
	if fn.Pkg == s.p.ssa.Pkg && (fn.Blocks != nil || fn.Parent() != nil) {
		sum = s.p.sums[fn]
		if sum == nil {
			return cf, true, Taint{} // not analysed yet: a later round
		}
	} else if obj := fn.Object(); obj != nil && obj.Pkg() != nil {
		var f funcFact
		if s.p.pass.ImportObjectFact(obj, &f) {
			sum = f.summary()
		} else if san := models.SanitiserFor(fn.String()); san != nil {
			// A library sanitiser passed by name (html.EscapeString).
			all.clean(san.Clean)
			if !all.Empty() {
				all.Esc |= san.Esc
			}
			return cf, true, all
		}
	}
	if sum == nil {
		return cf, true, all
	}
	return passedFunc{fn: fn, sum: sum, in: in, bindings: bindings}, false, Taint{}
}

// callbackSinks applies, at a call of a function that calls one of its
// function-typed parameters with data (an adapter route(s.List) whose
// handler calls it with request input), the sink effects of the function
// passed there to what the callee passes it: List's query built from its
// argument is injected with that input. Reported here, at the call.
func (s *fnState) callbackSinks(sum *summary, args []ssa.Value, inst func(Taint) Taint, instr ssa.CallInstruction, callee string) {
	if len(sum.callbacks) == 0 {
		return // the common case, at every call apply handles
	}
	for i, a := range args {
		cbArgs, ok := sum.callbackArgs(i)
		if !ok || len(cbArgs) == 0 {
			continue
		}
		in := make([]Taint, len(cbArgs))
		var all Taint
		for j, t := range cbArgs {
			in[j] = inst(t)
			all.join(in[j])
		}
		if all.Empty() {
			continue
		}
		if _, isParam := typesutil.Unconvert(a).(*ssa.Parameter); isParam {
			continue // this function's own callback: callbackResult passes it on
		}
		fs := listedFuncs(a)
		if len(fs) == 0 || len(fs) > maxSlotCallees {
			fs = []ssa.Value{a}
		}
		for _, f := range fs {
			cf, done, _ := s.callbackFunc(f, slices.Clone(in), all)
			if done || len(cf.sum.sinks) == 0 {
				continue
			}
			name := callee + " → " + shortName(calleeName(cf.fn))
			s.applySinks(cf.sum, nil, func(t Taint) Taint { return cf.instantiate(s, t) }, instr, name, false, tmplVia{})
		}
	}
}

// closureCallbacks passes on, at the making of a closure, what the
// closure passes to a function it calls through a free variable bound to
// a parameter of this function: route(call) returns a handler that calls
// call(r.URL.Query().Get("sort")), so route calls its parameter with
// request input, for its callers to apply (callbackSinks). The closure's
// own parameters are not bound here: their bits are dropped.
func (s *fnState) closureCallbacks(mc *ssa.MakeClosure, fn *ssa.Function) {
	sum := s.p.sums[fn]
	if sum == nil || len(sum.callbacks) == 0 {
		return
	}
	n := len(fn.Params)
	args := make([]ssa.Value, n, n+len(mc.Bindings))
	args = append(args, mc.Bindings...)
	var mask uint64
	for i := 0; i < n && i < 32; i++ {
		mask |= 1 << i
	}
	for _, c := range sum.callbacks {
		if c.Param < n || c.Param >= len(args) {
			continue
		}
		b := args[c.Param]
		if a, ok := b.(*ssa.Alloc); ok {
			b = typesutil.StoredOnce(a) // a parameter spilled for the closure
		}
		prm, ok := b.(*ssa.Parameter)
		if !ok || prm.Parent() != s.fn {
			continue
		}
		j := slices.Index(s.fn.Params, prm)
		if j < 0 || j >= 32 {
			continue
		}
		if c.Arg < 0 {
			s.sum.addCallback(j, -1, Taint{})
			continue
		}
		t := c.T
		t.Params &^= mask
		if t = s.instantiate(sum, args, t, nil); !t.Empty() {
			s.sum.addCallback(j, c.Arg, t)
		}
	}
}
