package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Key material by use.
//
// A value is a credential when the program uses it as one, whatever its
// name: the bytes a private-key parser reads, the key of an HMAC or of a
// JWT signature (models.KeyUse). A key file read with os.ReadFile, decoded
// with pem.Decode and parsed with x509.ParseECPrivateKey is the private
// key; logging the file's contents when the parse fails logs the key.
//
// findKeyMaterial traces each such argument back, before the flow runs,
// through conversions, slicing, phis, a PEM block's Bytes and the
// pem.Decode that made the block, and records each text value on the way
// (the file's contents, block.Bytes). Each is a credential source of its
// own, wherever in the function it is logged (set, val): the use need not
// come first. What is computed from it carries it forward as usual, and
// the parsers' results (an unmodelled library's) do not.

// maxKeyTrace bounds the steps back from a key use.
const maxKeyTrace = 8

// findKeyMaterial records the text values of the function that hold key
// material (see above) in s.keyMat.
func (s *fnState) findKeyMaterial() {
	typesutil.EachCall([]*ssa.Function{s.fn}, func(call ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func) {
		if obj.Pkg() == nil || !models.KeyUsePackage(obj.Pkg().Path()) {
			return
		}
		ku := models.KeyUseFor(obj.FullName())
		if ku == nil {
			return
		}
		if a := modelArg(typesutil.CallArgs(cc), obj.Signature().Recv() != nil, ku.Arg); a != nil {
			use := Step{Pos: call.Pos(), Desc: "used as the " + ku.What + " by " + shortName(obj.FullName())}
			s.traceKey(a, ku.What, use, 0)
		}
	})
}

// traceKey records v, when it is text, and the values it was taken from
// as key material of the kind what, used at use.
func (s *fnState) traceKey(v ssa.Value, what string, use Step, depth int) {
	if depth > maxKeyTrace {
		return
	}
	if isText(v.Type()) {
		if _, seen := s.keyMat[v]; seen {
			return
		}
		if s.keyMat == nil {
			s.keyMat = map[ssa.Value]Taint{}
		}
		desc, pos := s.keyDesc(v)
		o := &Origin{Desc: desc, Label: what, Pos: pos, What: what, Hops: []Step{use}}
		if _, isParam := v.(*ssa.Parameter); isParam {
			o.param = true // callers pass their own
		}
		s.keyMat[v] = source(models.Credential, o)
	}
	next := func(x ssa.Value) { s.traceKey(x, what, use, depth+1) }
	switch x := v.(type) {
	case *ssa.MakeInterface:
		next(x.X)
	case *ssa.ChangeInterface:
		next(x.X)
	case *ssa.ChangeType:
		next(x.X)
	case *ssa.Convert:
		next(x.X)
	case *ssa.Slice:
		next(x.X)
	case *ssa.Phi:
		for _, e := range x.Edges {
			next(e)
		}
	case *ssa.UnOp:
		// block.Bytes (models.KeyField): key material wherever the field
		// is read, taken from what the block came from.
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && models.KeyField(typesutil.NamedPath(fa.X.Type()), fieldName(fa.X.Type(), fa.Field)) {
			for _, r := range *fa.X.Referrers() {
				if fa2, ok := r.(*ssa.FieldAddr); ok && fa2.Field == fa.Field {
					for _, r2 := range *fa2.Referrers() {
						if ld, ok := r2.(*ssa.UnOp); ok && ld.Op == token.MUL {
							next(ld)
						}
					}
				}
			}
			next(fa.X)
		}
	case *ssa.Extract:
		// The block pem.Decode returns (models.KeyCarrier): what it was
		// decoded from.
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			if obj := typesutil.Callee(&c.Call); obj != nil {
				if i, ok := models.KeyCarrier(obj.FullName()); ok && i < len(c.Call.Args) {
					next(c.Call.Args[i])
				}
			}
		}
	}
}

// keyDesc names a value that holds key material, and where it is made:
// the call that returned it, the field read, the parameter.
func (s *fnState) keyDesc(v ssa.Value) (string, token.Pos) {
	pos := v.Pos()
	switch x := v.(type) {
	case *ssa.Parameter:
		return "parameter " + x.Name(), x.Pos()
	case *ssa.Extract:
		pos = x.Tuple.Pos()
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			pos = fa.Pos()
		}
	}
	if d := s.p.describe(pos); d != "" {
		return d, pos
	}
	return "", pos
}
