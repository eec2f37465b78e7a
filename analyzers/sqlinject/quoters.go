package sqlinject

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// quoted reports whether every text argument of the call where flow f is
// reported is built only from constants, clean values and results of
// configured quoters (settings.sqlinject.quoters). The engine does not
// know the configured quoters, so their results are recognised here, in
// the function that builds the query and runs it (or passes it to a
// helper that runs it).
func (c *checker) quoted(res *taint.Result, f *taint.Flow) bool {
	if len(c.quoters) == 0 || f.Fn == nil {
		return false
	}
	call := callAt(f.Fn, f.Pos)
	if call == nil {
		return false
	}
	args := call.Common().Args
	if len(f.Via) == 0 {
		// At the sink itself: only its query-text argument matters, not
		// the bound arguments.
		if q := queryArg(f.Sink, call.Common()); q != nil {
			args = []ssa.Value{q}
		}
	}
	n := 0
	for _, a := range args {
		if res.TaintOf(a).Empty() {
			continue
		}
		if !c.clean(res, a, 0) {
			return false
		}
		n++
	}
	return n > 0
}

// callAt returns the call instruction of fn at pos, or nil.
func callAt(fn *ssa.Function, pos token.Pos) ssa.CallInstruction {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && call.Pos() == pos {
				return call
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		if call := callAt(anon, pos); call != nil {
			return call
		}
	}
	return nil
}

// maxCleanDepth bounds clean's walk.
const maxCleanDepth = 16

// clean reports whether v is text built only from constants, values the
// engine finds clean and results of configured quoters.
func (c *checker) clean(res *taint.Result, v ssa.Value, depth int) bool {
	if depth > maxCleanDepth {
		return false
	}
	if _, ok := v.(*ssa.Const); ok || typesutil.IsSafeType(v.Type()) || res.TaintOf(v).Empty() {
		return true
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		return v.Op == token.ADD && c.clean(res, v.X, depth+1) && c.clean(res, v.Y, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !c.clean(res, e, depth+1) {
				return false
			}
		}
		return true
	case *ssa.MakeInterface:
		return c.clean(res, v.X, depth+1)
	case *ssa.ChangeType:
		return c.clean(res, v.X, depth+1)
	case *ssa.Convert:
		return c.clean(res, v.X, depth+1)
	case *ssa.Slice:
		// A variadic argument built in place: each element stored.
		els, ok := typesutil.InPlaceElems(v)
		if !ok {
			return false
		}
		for _, e := range els {
			if !c.clean(res, e.Val, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Call:
		name := calleeName(v.Common())
		if c.quoters[name] {
			return true
		}
		switch name {
		case "fmt.Sprintf", "fmt.Sprint", "strings.Join", "strings.Repeat", "strings.TrimSpace":
			for _, a := range v.Call.Args {
				if !c.clean(res, a, depth+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// calleeName is the FullName of a call's callee (a static function or an
// interface method), or "".
func calleeName(cc *ssa.CallCommon) string {
	if obj := typesutil.Callee(cc); obj != nil {
		return obj.FullName()
	}
	return ""
}

// queryArg returns the query-text argument of a call of a modelled sink,
// or nil.
func queryArg(sink string, cc *ssa.CallCommon) ssa.Value {
	for _, sk := range models.SinksFor(sink) {
		if sk.Class != models.SQL {
			continue
		}
		i := sk.Arg
		if !cc.IsInvoke() && cc.Signature().Recv() != nil {
			i++ // a static method call's Args start with the receiver
		}
		if i >= len(cc.Args) {
			return nil
		}
		if sk.FirstElem {
			return firstElem(cc.Args[i])
		}
		return cc.Args[i]
	}
	return nil
}

// firstElem returns the value stored at index 0 of a variadic argument
// built in place (xorm's Exec(query, args...)), or nil.
func firstElem(a ssa.Value) ssa.Value {
	return typesutil.ElemAt(a, 0)
}
