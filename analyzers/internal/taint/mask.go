package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Masking by shape. The last few characters of a value (s[len(s)-4:])
// are what logleak's advice says to log in place of a card or NHS number:
// such a tail carries no credential or personal data. A function whose
// every returned text is a tail, a constant, a masking call's result, or
// built from those by a pure function (strings.Repeat("*", len(s)-4) +
// s[len(s)-4:]) masks its argument whatever its name: its summary says so
// (summary.masks, a flag of its fact), and its callers treat it as a
// function named for masking.

// maxTail is the most characters a tail may keep and still mask the value
// (PCI DSS allows the last four digits of a card number).
const maxTail = 4

// tail reports whether v slices off all but at most the last maxTail
// elements of what it slices: x[len(x)-k:] or x[len(x)-k:len(x)] with a
// constant k <= maxTail, also x[max(len(x)-k, 0):]. The two reads of x
// are compared by shape (sameValue), not by what may be stored between
// them.
func tail(v *ssa.Slice) bool {
	// Of text only: the last elements of a list of passwords are whole
	// passwords.
	if v.Low == nil || v.Max != nil || !isText(v.X.Type()) {
		return false
	}
	if v.High != nil && !isLenOf(v.High, v.X, 0) {
		return false
	}
	return tailStart(v.Low, v.X)
}

// tailStart reports whether low is len(x)-k with a constant k <= maxTail,
// or the max of such a start and other values.
func tailStart(low, x ssa.Value) bool {
	switch l := low.(type) {
	case *ssa.BinOp:
		if l.Op != token.SUB {
			return false
		}
		k, ok := l.Y.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.Int {
			return false
		}
		n, exact := constant.Int64Val(k.Value)
		return exact && n >= 0 && n <= maxTail && isLenOf(l.X, x, 0)
	case *ssa.Call:
		// max(len(x)-k, 0) starts no earlier than len(x)-k.
		if b, ok := l.Call.Value.(*ssa.Builtin); ok && b.Name() == "max" {
			for _, a := range l.Call.Args {
				if tailStart(a, x) {
					return true
				}
			}
		}
	}
	return false
}

// isLenOf reports whether v is len(x).
func isLenOf(v, x ssa.Value, depth int) bool {
	c, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	b, ok := c.Call.Value.(*ssa.Builtin)
	return ok && b.Name() == "len" && len(c.Call.Args) == 1 && sameValue(c.Call.Args[0], x, depth)
}

// sameValue reports whether a and b are the same value, or reads of the
// same variable or field by the same path (p.NHSNumber twice in
// p.NHSNumber[len(p.NHSNumber)-3:]).
func sameValue(a, b ssa.Value, depth int) bool {
	if a == b {
		return true
	}
	if depth > 8 {
		return false
	}
	switch x := a.(type) {
	case *ssa.UnOp:
		y, ok := b.(*ssa.UnOp)
		return ok && x.Op == token.MUL && y.Op == token.MUL && sameValue(x.X, y.X, depth+1)
	case *ssa.Field:
		y, ok := b.(*ssa.Field)
		return ok && x.Field == y.Field && sameValue(x.X, y.X, depth+1)
	case *ssa.FieldAddr:
		y, ok := b.(*ssa.FieldAddr)
		return ok && x.Field == y.Field && sameValue(x.X, y.X, depth+1)
	}
	return false
}

// masking reports whether fn masks the text it is given: a text
// parameter reaches a text result (sum, its summary, says so), and every
// result is masked text (maskedText) or of a type that holds no text (a
// bool, a count). An error result may quote the parameter: such a
// function is no masking function, whatever its text results.
func (p *pkgState) masking(fn *ssa.Function, sum *summary) bool {
	sig := fn.Signature
	reaches := false
	for i := 0; i < sig.Results().Len(); i++ {
		rt := sig.Results().At(i).Type()
		switch {
		case isText(rt):
			reaches = reaches || i < len(sum.results) && sum.results[i].Params != 0
		case !typesutil.IsSafeType(rt):
			return false
		}
	}
	if !reaches || len(fn.Blocks) == 0 {
		return false
	}
	seen := map[*ssa.Phi]bool{}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			if isText(sig.Results().At(i).Type()) && !p.maskedText(r, seen, 0) {
				return false
			}
		}
	}
	return true
}

// maskedText reports whether v is text that carries at most a tail of
// any value: a constant, a tail, a masking call's result, or a
// concatenation, conversion or pure function of those.
func (p *pkgState) maskedText(v ssa.Value, seen map[*ssa.Phi]bool, depth int) bool {
	if depth > 16 {
		return false
	}
	depth++
	switch v := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.Slice:
		return tail(v) || p.maskedText(v.X, seen, depth)
	case *ssa.BinOp:
		return v.Op == token.ADD && p.maskedText(v.X, seen, depth) && p.maskedText(v.Y, seen, depth)
	case *ssa.Phi:
		if seen[v] {
			return true
		}
		seen[v] = true
		for _, e := range v.Edges {
			if !p.maskedText(e, seen, depth) {
				return false
			}
		}
		return true
	case *ssa.Convert:
		return p.maskedText(v.X, seen, depth)
	case *ssa.ChangeType:
		return p.maskedText(v.X, seen, depth)
	case *ssa.MakeInterface:
		return typesutil.IsSafeType(v.X.Type()) || p.maskedText(v.X, seen, depth)
	case *ssa.Call:
		return p.maskingCall(v.Common(), seen, depth)
	}
	return false
}

// maskingCall reports whether a call's result is masked text: the call of
// a function named for masking, a sanitiser of the sensitive kinds, a
// function that masks by its body (here or in another package), or a
// function of a pure package whose every argument that can hold text is
// masked (strings.Repeat("*", n), fmt.Sprintf("***%s", tail)).
func (p *pkgState) maskingCall(cc *ssa.CallCommon, seen map[*ssa.Phi]bool, depth int) bool {
	cc = typesutil.Unbind(cc)
	if cc.IsInvoke() {
		return models.SanitisingName(typesutil.PkgQualified(cc.Method))
	}
	fn := cc.StaticCallee()
	if fn == nil {
		return false
	}
	if models.SanitisingName(typesutil.FuncQualified(fn)) || p.masksFunc(fn) {
		return true
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return false
	}
	obj = obj.Origin()
	if san := models.SanitiserFor(obj.FullName()); san != nil && san.Clean&models.Sensitive != 0 {
		return true
	}
	if !models.IsPurePackage(obj.Pkg().Path()) {
		return false
	}
	for _, a := range cc.Args {
		if typesutil.IsSafeType(a.Type()) {
			continue
		}
		if els, ok := typesutil.InPlaceElems(a); ok {
			for _, e := range els {
				if !p.maskedText(e.Val, seen, depth) {
					return false
				}
			}
			continue
		}
		if !p.maskedText(a, seen, depth) {
			return false
		}
	}
	return true
}

// masksFunc reports whether fn masks its text by its body: its summary
// here, its fact in another package.
func (p *pkgState) masksFunc(fn *ssa.Function) bool {
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg == p.ssa.Pkg {
		s := p.sums[fn]
		return s != nil && s.masks
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil {
		return false
	}
	var f funcFact
	return p.pass.ImportObjectFact(obj, &f) && f.Masks
}

// Masked reports whether v, a value of this package's code, is masked
// text: a tail of a value (s[len(s)-4:]), the result of a masking call
// (by name, by model row, or by the callee's body, as redact.Last4's), a
// constant, or built from those.
func (r *Result) Masked(v ssa.Value) bool {
	return r.p != nil && v != nil && r.p.maskedText(v, map[*ssa.Phi]bool{}, 0)
}
