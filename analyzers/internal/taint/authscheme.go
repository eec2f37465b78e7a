package taint

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// An Authorization header's value is an auth-scheme, then after a space
// the credentials (RFC 9110 §11.4: credentials = auth-scheme [ 1*SP (
// token68 / #auth-param ) ]). Its scheme ("Bearer", "Basic") is no
// secret: scheme, cred, found := strings.Cut(h, " ") gives it in scheme
// where found holds. Where found does not hold scheme is the whole value
// (a bare token), so scheme is clean only when every use of it is where a
// check of found passed.
//
// The same holds of the first part of a split of the value: the scheme of
// strings.Fields(h) or strings.SplitN(h, " ", 2), the user name of the
// decoded "user:password" of Basic credentials, the user of a token made
// as "user/hash" (miniflux's Google Reader tokens). The engine keeps one
// taint for all the elements of a slice, so authFirstPart tells the first
// apart: it is no credential when the program reads a later part of the
// same split too, or checks that it has at least two (a lone part is the
// whole value, a bare token). Splitting the header as read at a separator
// other than a space is not judged: "Basic dXNlcjpwYXNz" has its
// credentials before any ':'.

// authSchemeCut cleans the credential from result 0 (res[0]) of the call
// c of strings.Cut when it cuts an Authorization header's value at its
// first space (or a value taken from it, such as decoded Basic
// credentials, at another separator) and its before part is used only
// where found held.
func (s *fnState) authSchemeCut(c ssa.CallInstruction, name string, argAt func(int) ssa.Value, res []Taint) {
	call, ok := c.(*ssa.Call)
	if name != "strings.Cut" || !ok || len(res) != 3 {
		return
	}
	h, sepV := argAt(0), argAt(1)
	if h == nil || sepV == nil {
		return
	}
	// At a space, the scheme; at another separator (the ':' of decoded
	// Basic credentials), the user, but not in the header as read, whose
	// credentials come before any ':' (see authFirstPart).
	if sep, ok := typesutil.ConstString(sepV); !ok || sep == "" || sep != " " && headerRead(h) {
		return
	}
	t := s.deep(h)
	if t.Sens == nil || t.Sens.What != authHeaderWhat || t.Kinds&models.Sensitive != models.Credential {
		return
	}
	var before, found *ssa.Extract
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			switch ex.Index {
			case 0:
				before = ex
			case 2:
				found = ex
			}
		}
	}
	if before == nil || found == nil {
		return
	}
	for _, ok := range foundBlocks(found) {
		if usedOnlyUnder(before, ok) {
			res[0].clean(models.Credential)
			return
		}
	}
}

// authHeaderWhat is what the vocabulary names an Authorization header.
const authHeaderWhat = "authorization header"

// foundBlocks returns the blocks entered only when the boolean b holds:
// the true successor of each if on b (the false one of an if on !b) that
// has that if's block as its only predecessor.
func foundBlocks(b ssa.Value) []*ssa.BasicBlock {
	var out []*ssa.BasicBlock
	for _, ref := range *b.Referrers() {
		succ := 0
		v := ref
		if n, ok := ref.(*ssa.UnOp); ok && n.Op == token.NOT {
			succ = 1
			refs := *n.Referrers()
			if len(refs) != 1 {
				continue
			}
			v = refs[0]
		}
		iff, ok := v.(*ssa.If)
		if !ok {
			continue
		}
		blk := iff.Block().Succs[succ]
		if len(blk.Preds) == 1 {
			out = append(out, blk)
		}
	}
	return out
}

// usedOnlyUnder reports whether every instruction that uses v is in a
// block dominated by b.
func usedOnlyUnder(v ssa.Value, b *ssa.BasicBlock) bool {
	refs := *v.Referrers()
	if len(refs) == 0 {
		return false
	}
	for _, ref := range refs {
		if !b.Dominates(ref.Block()) {
			return false
		}
	}
	return true
}

// splitFuncs split text into a slice of its parts, the first part first.
var splitFuncs = map[string]bool{
	"strings.Split": true, "strings.SplitN": true, "strings.SplitAfter": true, "strings.SplitAfterN": true, "strings.Fields": true,
	"bytes.Split": true, "bytes.SplitN": true, "bytes.SplitAfter": true, "bytes.SplitAfterN": true, "bytes.Fields": true,
}

// authFirstPart reports whether ia addresses the first part of a split
// of an Authorization header's value that has more parts (see above).
func (s *fnState) authFirstPart(ia *ssa.IndexAddr) bool {
	if idx, ok := typesutil.ConstInt(ia.Index); !ok || idx != 0 {
		return false
	}
	call, ok := ia.X.(*ssa.Call)
	if !ok {
		return false
	}
	obj := typesutil.Callee(&call.Call)
	if obj == nil || !splitFuncs[obj.FullName()] || len(call.Call.Args) == 0 {
		return false
	}
	h := call.Call.Args[0]
	t := s.deep(h)
	if t.Sens == nil || t.Sens.What != authHeaderWhat || t.Kinds&models.Sensitive != models.Credential {
		return false
	}
	if obj.Name() != "Fields" {
		sep, ok := typesutil.ConstString(call.Call.Args[1])
		if !ok || sep == "" {
			return false
		}
		if sep != " " && headerRead(h) {
			return false
		}
	}
	return morePartsUsed(call, ia)
}

// headerRead reports whether v is a header's value as read by a keyed
// header accessor (r.Header.Get("Authorization")), converted or not.
func headerRead(v ssa.Value) bool {
	c, ok := typesutil.Unconvert(v).(*ssa.Call)
	if !ok {
		return false
	}
	obj := typesutil.Callee(&c.Call)
	if obj == nil {
		return false
	}
	ks := models.KeyedSourceFor(obj.FullName())
	return ks != nil && ks.Header
}

// morePartsUsed reports whether the split parts are known to be two or
// more where ia reads the first: a later part was read before on every
// path to it (a slice of one part would have panicked there), or ia lies
// where a check of their number found two or more (len(parts) != 2 failed).
func morePartsUsed(parts ssa.Value, ia *ssa.IndexAddr) bool {
	before := func(x ssa.Instruction) bool {
		if x.Block() != ia.Block() {
			return x.Block().Dominates(ia.Block())
		}
		for _, in := range ia.Block().Instrs {
			if in == x {
				return true
			}
			if in == ia {
				return false
			}
		}
		return false
	}
	for _, r := range *parts.Referrers() {
		switch x := r.(type) {
		case *ssa.IndexAddr:
			if i, ok := typesutil.ConstInt(x.Index); ok && i >= 1 && before(x) {
				return true
			}
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" {
				continue
			}
			for _, lr := range *x.Referrers() {
				if blk := twoOrMore(lr, x); blk != nil && blk.Dominates(ia.Block()) {
					return true
				}
			}
		}
	}
	return false
}

// twoOrMore returns the block entered only where the comparison cmp of
// the count n with a constant found n >= 2 (the false side of n != 2,
// n < 2 or n <= 1, the true side of n == 2, n >= 2 or n > 1), or nil.
func twoOrMore(cmp ssa.Instruction, n ssa.Value) *ssa.BasicBlock {
	bin, ok := cmp.(*ssa.BinOp)
	if !ok {
		return nil
	}
	op, other := bin.Op, bin.Y
	if bin.Y == n {
		other, op = bin.X, typesutil.Mirror(op) // c < n is n > c
	}
	c, ok := typesutil.ConstInt(other)
	if !ok {
		return nil
	}
	succ := -1
	switch {
	case op == token.EQL && c >= 2, op == token.GEQ && c >= 2, op == token.GTR && c >= 1:
		succ = 0
	case op == token.NEQ && c >= 2, op == token.LSS && c == 2, op == token.LEQ && c == 1:
		succ = 1
	}
	if succ < 0 {
		return nil
	}
	for _, r := range *bin.Referrers() {
		if iff, ok := r.(*ssa.If); ok {
			if blk := iff.Block().Succs[succ]; len(blk.Preds) == 1 {
				return blk
			}
		}
	}
	return nil
}
