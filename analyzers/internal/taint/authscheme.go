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
// check of found passed. strings.SplitN(h, " ", 2)[0] and
// strings.Fields(h)[0] are not told apart: the engine keeps one taint for
// all the elements of a slice.

// authSchemeCut cleans the credential from result 0 (res[0]) of the call
// c of strings.Cut when it cuts an Authorization header's value at its
// first space and its before part is used only where found held.
func (s *fnState) authSchemeCut(c ssa.CallInstruction, name string, argAt func(int) ssa.Value, res []Taint) {
	call, ok := c.(*ssa.Call)
	if name != "strings.Cut" || !ok || len(res) != 3 {
		return
	}
	h, sepV := argAt(0), argAt(1)
	if h == nil || sepV == nil {
		return
	}
	if sep, ok := typesutil.ConstString(sepV); !ok || sep != " " {
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
