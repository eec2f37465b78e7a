package taint

import (
	"go/token"
	"slices"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Helpers that write an error and return it. A decode helper
//
//	func decodeInt(w http.ResponseWriter, r *http.Request, name string) (int, error) {
//		n, err := strconv.Atoi(r.URL.Query().Get(name))
//		if err != nil {
//			w.WriteHeader(http.StatusBadRequest)
//			fmt.Fprintf(w, "Error decoding int for '%s': %v", name, err)
//			return 0, err
//		}
//		return n, nil
//	}
//
// writes into the response only where it returns an error, and its
// callers return when it does:
//
//	auth, err := decodeBool(w, r, "auth")
//	if err != nil {
//		return
//	}
//	limit, err := decodeInt(w, r, "limit")
//
// So decodeBool has written nothing where decodeInt runs (errSkipWrite),
// and decodeInt's write is the handler's first. A helper's own write of
// text that begins plain is sniffed as text/plain when every call of it
// in the package is such a first write of a handler's fresh response
// (helperSniffedPlain): the helper is reported only where one is not.

// errSkipWrite reports whether call, which is handed the writer w before
// instr, has written nothing into it where instr runs: its callee writes
// into that parameter only on paths that return a non-nil error, and
// instr runs only where the call's error was nil; or it writes only on
// paths that return nil (a handler that fails before it writes:
// if err := h(w, r); err != nil { writeError(w, err) }), and instr runs
// only where the error was not nil. The callee is the static one, or
// (p not nil) the functions a function type's method calls as its
// receiver (receiverFuncs), each of which must be such.
func errSkipWrite(p *pkgState, call ssa.CallInstruction, instr ssa.Instruction, w ssa.Value) bool {
	c, ok := call.(*ssa.Call)
	if !ok {
		return false
	}
	var callees []*ssa.Function
	if g := c.Call.StaticCallee(); g != nil {
		callees = append(callees, g)
	} else if p != nil && !c.Call.IsInvoke() {
		for _, v := range p.receiverFuncs(c.Parent(), c.Call.Value) {
			g, ok := v.(*ssa.Function)
			if !ok {
				return false
			}
			callees = append(callees, g)
		}
	}
	j := -1
	for i, a := range c.Call.Args {
		if typesutil.Unconvert(a) == w {
			j = i
			break
		}
	}
	errv := callError(c)
	if len(callees) == 0 || j < 0 || errv == nil {
		return false
	}
	onError, onNil := true, true
	for _, g := range callees {
		if g.Blocks == nil || j >= len(g.Params) {
			return false
		}
		onError = onError && writesOnlyOn(g, j, false)
		onNil = onNil && writesOnlyOn(g, j, true)
	}
	return onError && nilCheckedBefore(errv, instr, false) || onNil && nilCheckedBefore(errv, instr, true)
}

// callError returns the value of a call's last result when it is an
// error, or nil.
func callError(c *ssa.Call) ssa.Value {
	res := c.Call.Signature().Results()
	if res.Len() == 0 || !isError(res.At(res.Len()-1).Type()) {
		return nil
	}
	if res.Len() == 1 {
		return c
	}
	for _, r := range *c.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == res.Len()-1 {
			return x
		}
	}
	return nil
}

// nilCheckedBefore reports whether instr runs only after err was found
// nil (notNil: not nil): an if on err != nil (or == nil) whose outcome
// leads to a block, entered from there alone, that dominates instr's
// block.
func nilCheckedBefore(err ssa.Value, instr ssa.Instruction, notNil bool) bool {
	for _, r := range *err.Referrers() {
		cmp, ok := r.(*ssa.BinOp)
		if !ok || cmp.Op != token.NEQ && cmp.Op != token.EQL || !isNilConst(cmp.Y) && !isNilConst(cmp.X) {
			continue
		}
		for _, u := range *cmp.Referrers() {
			ifi, ok := u.(*ssa.If)
			if !ok {
				continue
			}
			b := ifi.Block()
			nilSucc := b.Succs[1] // err != nil is false
			if cmp.Op == token.EQL != notNil {
				nilSucc = b.Succs[0]
			}
			if len(nilSucc.Preds) == 1 && nilSucc.Dominates(instr.Block()) {
				return true
			}
		}
	}
	return false
}

func isNilConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

// errWriteKey keys the memo of writesOnlyOn.
type errWriteKey struct {
	fn    *ssa.Function
	j     int
	onNil bool
}

var errWrites sync.Map // errWriteKey → bool

// writesOnlyOn reports whether fn writes into its parameter j (a call
// handed it, other than Header and WriteHeader) only on paths that end in
// a return of a non-nil error as its last result: every return reachable
// from such a call returns an error that is not the constant nil; onNil:
// only on paths that return the constant nil. A function that writes no
// body into it at all does.
func writesOnlyOn(fn *ssa.Function, j int, onNil bool) bool {
	k := errWriteKey{fn, j, onNil}
	if v, ok := errWrites.Load(k); ok {
		return v.(bool)
	}
	v := writesOnlyOnN(fn, j, onNil)
	errWrites.Store(k, v)
	return v
}

func writesOnlyOnN(fn *ssa.Function, j int, onNil bool) bool {
	returned := notNilError
	if onNil {
		// nil, or the error of the write itself (_, err := w.Write(b);
		// return err): the write did not fail before anything was sent.
		returned = func(v ssa.Value) bool { return isNilConst(v) || writeError(v, fn.Params[j]) }
	}
	res := fn.Signature.Results()
	if res.Len() == 0 || !isError(res.At(res.Len()-1).Type()) {
		return false
	}
	w := fn.Params[j]
	var writes []*ssa.BasicBlock
	var uses func(v ssa.Value, depth int) bool
	uses = func(v ssa.Value, depth int) bool {
		for _, r := range *v.Referrers() {
			switch x := r.(type) {
			case ssa.CallInstruction:
				if cc := x.Common(); cc.IsInvoke() && cc.Value == v && (cc.Method.Name() == "Header" || cc.Method.Name() == "WriteHeader") {
					continue
				}
				writes = append(writes, x.Block())
			case *ssa.DebugRef:
			case *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.ChangeType:
				if depth > 2 || !uses(x.(ssa.Value), depth+1) {
					return false
				}
			default:
				return false // stored, captured: written where this does not look
			}
		}
		return true
	}
	if !uses(w, 0) {
		return false
	}
	if len(writes) == 0 {
		return true // it writes no body at all
	}
	seen := typesutil.Reachable(writes...)
	// Every return a write reaches returns an error that is not nil. A φ
	// (a named result, an error set on one branch) counts by its edges
	// from blocks a write reaches: nil along a way that wrote nothing is
	// fine.
	for b := range seen {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if len(ret.Results) == 0 {
			return false
		}
		r := ret.Results[len(ret.Results)-1]
		if phi, ok := r.(*ssa.Phi); ok && phi.Block() == b {
			for i, e := range phi.Edges {
				if i < len(b.Preds) && seen[b.Preds[i]] && !returned(e) {
					return false
				}
			}
			continue
		}
		if !returned(r) {
			return false
		}
	}
	return true
}

// notNilError reports whether an error returned after a write is taken
// to be non-nil: any value but the constant nil and a φ (nil on some
// way in, maybe).
func notNilError(v ssa.Value) bool {
	if isNilConst(v) {
		return false
	}
	_, phi := v.(*ssa.Phi)
	return !phi
}

// helperSniffedPlain reports whether the write instr into fn's response
// writer parameter, whose text begins plain (data), is the first write of
// a fresh response wherever fn runs: fn is a declared function of this
// package, used only by direct calls, each from a handler that hands it
// its own fresh response as its first write with no Content-Type set
// before; and within fn too the write is the first, with no type set.
func (p *pkgState) helperSniffedPlain(instr ssa.CallInstruction, w *ssa.Parameter) bool {
	fn := instr.Parent()
	j := slices.Index(fn.Params, w)
	if j < 0 || p.headersBefore(instr)&typeBits != 0 || p.typeMaySet(instr) || !firstWrite(p, instr, w, nil) {
		return false
	}
	return p.calledFirst(fn, j, 0)
}

// maxHelperDepth bounds the helpers between a handler and a helper whose
// write is judged by its callers (decodeSubs calling decodeBool).
const maxHelperDepth = 2

// calledFirst reports whether every call of fn, a declared unexported
// function of this package used only by direct calls, hands it as
// parameter j a fresh response that nothing was written to: a handler's
// first write with no Content-Type set before, or the first write of a
// helper of which the same holds.
func (p *pkgState) calledFirst(fn *ssa.Function, j, depth int) bool {
	if depth > maxHelperDepth || fn.Parent() != nil || len(p.funcUses()[fn]) > 0 {
		return false
	}
	if obj := fn.Object(); obj == nil || obj.Exported() {
		return false // callers elsewhere are not seen
	}
	calls := p.directCalls(fn)
	if len(calls) == 0 {
		return false
	}
	for _, c := range calls {
		args := c.Common().Args
		if j >= len(args) || p.headersBefore(c)&typeBits != 0 || p.typeMaySet(c) {
			return false
		}
		if h := p.handlerResponse(c.Parent()); h != nil {
			if !h.is(args[j]) || !h.firstWrite(p, c, nil) {
				return false
			}
			continue
		}
		w := respWriterParam(c.Parent(), args[j])
		if w == nil || !firstWrite(p, c, w, nil) || !p.calledFirst(c.Parent(), slices.Index(c.Parent().Params, w), depth+1) {
			return false
		}
	}
	return true
}

// respWriterParam returns the parameter of fn that a is, when it is an
// http.ResponseWriter; nil otherwise.
func respWriterParam(fn *ssa.Function, a ssa.Value) *ssa.Parameter {
	prm, ok := typesutil.Unconvert(a).(*ssa.Parameter)
	if !ok || prm.Parent() != fn || !isRespWriter(prm.Type()) {
		return nil
	}
	return prm
}

// writeError reports whether v is the error result of a call that writes
// into w (w.Write(b), fmt.Fprintf(w, ...)).
func writeError(v, w ssa.Value) bool {
	if x, ok := v.(*ssa.Extract); ok {
		v = x.Tuple
	}
	c, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	for _, a := range typesutil.CallArgs(&c.Call) {
		if typesutil.Unconvert(a) == w {
			return true
		}
	}
	return false
}
