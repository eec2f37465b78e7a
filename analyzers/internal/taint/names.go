package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Sources by name: a text field, a map key or a call's constant key whose
// name says what the value is (models.NameKind: a password), and result
// sources (models.ResultSource: the password of r.BasicAuth()).

// fieldNameSource is the taint of reading a text field whose name says
// what it holds (models.NameKind: a Password field), of any struct type.
func (s *fnState) fieldNameSource(ptr types.Type, i int, pos token.Pos) Taint {
	st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() || !isText(st.Field(i).Type()) {
		return Taint{}
	}
	return s.nameSource(st.Field(i).Name(), pos, "field")
}

// nameSource is the taint a name (a field, a constant key) gives the value
// read under it.
func (s *fnState) nameSource(name string, pos token.Pos, what string) Taint {
	k, label := models.NameKind(name)
	if k == 0 {
		return Taint{}
	}
	return Taint{Kinds: k, Source: &Origin{Kind: k, Desc: s.p.describe(pos), Label: label + " " + what, Pos: pos}}
}

// isText reports whether values of t are text itself: a string, a byte or
// rune slice, or a pointer to one.
func isText(t types.Type) bool {
	t = typesutil.Deref(t)
	if typesutil.IsString(t) {
		return true
	}
	if sl, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := sl.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte || b.Kind() == types.Rune
		}
	}
	return false
}

// keyedSource is the taint a call's results get from the modelled result
// sources (models.ResultSource) and from a constant key naming what is read
// (r.FormValue("password"), q.Get("new_password"), viper.GetString("db.password")).
func (s *fnState) keyedSource(cc *ssa.CallCommon, instr ssa.CallInstruction, res []Taint) {
	var obj *types.Func
	if cc.IsInvoke() {
		obj = cc.Method
	} else if fn := cc.StaticCallee(); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj != nil {
		for _, rs := range models.ResultSourcesFor(obj.Origin().FullName()) {
			if rs.Result < len(res) {
				res[rs.Result].join(Taint{Kinds: rs.Kind, Source: &Origin{Kind: rs.Kind, Desc: s.p.describe(instr.Pos()), Label: rs.Label, Pos: instr.Pos()}})
			}
		}
	}
	args := cc.Args
	if !cc.IsInvoke() && obj != nil && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	if len(args) == 0 {
		return
	}
	c, ok := args[0].(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return
	}
	t := s.nameSource(constant.StringVal(c.Value), instr.Pos(), "key")
	if t.Empty() {
		return
	}
	sig := cc.Signature()
	for i := range res {
		if i < sig.Results().Len() && isText(sig.Results().At(i).Type()) {
			res[i].join(t)
		}
	}
}
