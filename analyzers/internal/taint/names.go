package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

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
	if !ok || i >= st.NumFields() {
		return Taint{}
	}
	switch typ := st.Field(i).Type(); {
	case isText(typ):
		return s.nameSource(FieldName(ptr, i), st.Tag(i), pos, "field")
	case isTime(typ):
		return birthDate(s.nameSource(FieldName(ptr, i), st.Tag(i), pos, "field"))
	case isTextList(typ):
		// A list of what the name says (Allergies []string, Emails
		// [2]string): its elements are, as a string field of the
		// singular name would be. Not a password for pwhash, which
		// judges one user's password (a list of them is a blocklist or
		// a fixture more often than a stored secret).
		t := s.nameSource(FieldName(ptr, i), st.Tag(i), pos, "field")
		t.clean(models.Password)
		return t
	}
	return Taint{}
}

// FieldName is the name field i of the struct t (or of the struct t points
// to) is classified under: its own, or what a generic name stands for in a
// patient record (models.RecordField: a Patient's Name is a full name).
func FieldName(t types.Type, i int) string {
	t = typesutil.Deref(t)
	st, ok := t.Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return ""
	}
	name := st.Field(i).Name()
	if lexicalToken(st, i) {
		return "lexer" + name // a barrier word: no credential
	}
	if !models.GenericField(name) {
		return name
	}
	typeName := ""
	if n, ok := types.Unalias(t).(*types.Named); ok {
		typeName = n.Obj().Name()
	}
	fields := make([]string, st.NumFields())
	for j := range fields {
		fields[j] = st.Field(j).Name()
	}
	return models.RecordField(typeName, fields, i)
}

// LexicalToken reports whether field i of the struct t (or of the struct t
// points to) is a lexer's token (see lexicalToken): the text of what was
// parsed, whatever key it is logged under.
func LexicalToken(t types.Type, i int) bool {
	st, ok := typesutil.Deref(t).Underlying().(*types.Struct)
	return ok && i < st.NumFields() && lexicalToken(st, i)
}

// lexicalToken reports whether field i of st is a token of a lexer: named
// Token (or Tok) beside a field that holds a source position
// (text/scanner.Position, go/token.Pos, a lexer package's Position), as in
// a parse error (RuleError{Pos, Rule, Token, Message}). Its text is a
// piece of the input being parsed, not a credential.
func lexicalToken(st *types.Struct, i int) bool {
	if ws := models.Words(st.Field(i).Name()); len(ws) != 1 || ws[0] != "token" && ws[0] != "tok" {
		return false
	}
	for j := 0; j < st.NumFields(); j++ {
		n, ok := types.Unalias(typesutil.Deref(st.Field(j).Type())).(*types.Named)
		if j == i || !ok || n.Obj().Pkg() == nil {
			continue
		}
		switch path := n.Obj().Pkg().Path(); {
		case path == "go/token" && (n.Obj().Name() == "Pos" || n.Obj().Name() == "Position"),
			n.Obj().Name() == "Position" && slices.Contains([]string{"scanner", "token", "lexer"}, n.Obj().Pkg().Name()):
			return true
		}
	}
	return false
}

// fromTextParam reports whether result i of the call's static callee
// depends on a text parameter (not the receiver), by its summary here or
// its fact.
func (p *pkgState) fromTextParam(cc *ssa.CallCommon, obj *types.Func, i int) bool {
	sum := p.staticSummary(cc)
	if sum == nil || i >= len(sum.results) {
		return false
	}
	sig := obj.Signature()
	off := 0
	if sig.Recv() != nil {
		off = 1
	}
	for j := 0; j < sig.Params().Len() && j+off < 32; j++ {
		if isText(sig.Params().At(j).Type()) && sum.results[i].Params&(1<<(j+off)) != 0 {
			return true
		}
	}
	return false
}

// pointsToStruct reports whether v (converted to an interface, as a
// decoder's target is) points to a struct.
func pointsToStruct(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	ptr, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = ptr.Elem().Underlying().(*types.Struct)
	return ok
}

// isTextList reports whether values of t are a list of text: a slice or
// array of strings (or of byte slices). Not a map: ranging over one gives
// its keys the map's taint, and the keys of Secrets map[string]string are
// the secrets' names, which programs log.
func isTextList(t types.Type) bool {
	switch u := typesutil.Deref(t).Underlying().(type) {
	case *types.Slice:
		return isText(u.Elem()) && !isText(t) // not []byte
	case *types.Array:
		return isText(u.Elem())
	}
	return false
}

// isTime reports whether t is time.Time or a pointer to one.
func isTime(t types.Type) bool { return typesutil.NamedPath(t) == "time.Time" }

// birthDate keeps of a time value's name source only a date of birth
// (models.WhatDateOfBirth): the one time that is personal data.
func birthDate(t Taint) Taint {
	if t.Sens == nil || t.Sens.What != models.WhatDateOfBirth {
		return Taint{}
	}
	t.clean(^models.Kind(0) &^ models.PII)
	return t
}

// nameSource is the taint a name (a field with its tag, a constant key)
// gives the value read under it.
func (s *fnState) nameSource(name, tag string, pos token.Pos, place string) Taint {
	k, label, what := models.NameKind(name, tag)
	if k == 0 {
		return Taint{}
	}
	return source(k, &Origin{Desc: s.p.describe(pos), Label: label + " " + place, Pos: pos, What: what})
}

// source is the taint of a source of kinds k described by o (o.Kind is
// set here): o is the Source and, for sensitive kinds, also Sens.
func source(k models.Kind, o *Origin) Taint {
	o.Kind = strongest(k)
	t := Taint{Kinds: k, Source: o}
	if k&models.Sensitive != 0 {
		so := *o
		so.Kind = strongest(k & models.Sensitive)
		t.Sens = &so
	}
	return t
}

// forCallers drops from t the sensitive kinds a parameter's name gave it:
// a summary says which parameters a result or write depends on (Params),
// and each caller brings its own value (NewTOTPSecretMessage("{secret}")
// returns no secret).
func forCallers(t Taint) Taint {
	if t.Sens != nil && t.Sens.param {
		t.clean(models.Sensitive)
	}
	return t
}

// clean removes the kinds k from t, with the origins that no longer apply.
func (t *Taint) clean(k models.Kind) {
	t.Kinds &^= k
	if t.Kinds&models.Sensitive == 0 {
		t.Sens = nil
	}
	if t.Kinds == 0 {
		t.Source = nil
	}
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
	cc = typesutil.Unbind(cc)
	var obj *types.Func
	if cc.IsInvoke() {
		obj = cc.Method
	} else if fn := cc.StaticCallee(); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	name := ""
	if obj != nil {
		name = obj.Origin().FullName()
		for _, rs := range models.ResultSourcesFor(name) {
			if rs.Result < len(res) {
				res[rs.Result].join(source(rs.Kind, &Origin{Desc: s.p.describe(instr.Pos()), Label: rs.Label, Pos: instr.Pos(), What: rs.What}))
			}
		}
		// An accessor named for a sensitive value: u.Password(),
		// cfg.GetAPIKey(), tok.AccessToken(), vault.GetSecret(path),
		// GenerateToken(userID). A bare name on a function whose summary
		// computes the result from the text it is given names what it
		// takes: redact.Email(s) and mask.NHS(n) return what callers pass
		// turned into something else, as far as the summary says (masked,
		// by shape).
		if k, what, verb := models.AccessorKind(obj.Name()); k != 0 {
			sig := obj.Signature()
			for i := range res {
				if !verb && s.p.fromTextParam(cc, obj, i) {
					continue
				}
				if i < sig.Results().Len() && isText(sig.Results().At(i).Type()) {
					res[i].join(source(k, &Origin{Desc: s.p.describe(instr.Pos()), Label: what, Pos: instr.Pos(), What: what}))
				}
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
	key := constant.StringVal(c.Value)
	// Any call's constant first argument may name a password
	// (c.FormValue("password"), viper.GetString("db.password")); the
	// wider vocabulary of credentials and personal data applies to the
	// keyed accessors of the models only (r.Header.Get("Authorization"),
	// os.Getenv("STRIPE_API_KEY")), not to errors.New("invalid email").
	t := s.nameSource(key, "", instr.Pos(), "key")
	t.clean(models.Sensitive)
	var kt Taint
	if k, what := models.SensitiveKey(name, key); k != 0 {
		kt = source(k, &Origin{Desc: s.p.describe(instr.Pos()), Label: what + " key", Pos: instr.Pos(), What: what})
		t.join(kt)
	}
	if t.Empty() {
		return
	}
	sig := cc.Signature()
	for i := range res {
		if i >= sig.Results().Len() {
			continue
		}
		switch rt := sig.Results().At(i).Type(); {
		case isText(rt):
			res[i].join(t)
		case !kt.Empty() && models.KeyedResult(name, i) && models.IsDataType(typesutil.NamedPath(rt)):
			// A record read by a credential's key carries it in its
			// text: r.Cookie("session_id").Value is the session id.
			res[i].join(kt)
		}
	}
}

// paramSource is the taint a text parameter's name gives it: a credential
// or personal data by logleak's vocabulary (password, apiKey, nhsNumber).
// A framework renderer's data parameter is data of unknown origin
// (rendererData): the framework's callers are not in the program.
// Password names are left to pwhash, which judges parameters itself.
func (p *pkgState) paramSource(v *ssa.Parameter) Taint {
	if t, ok := p.paramSrc[v]; ok {
		return t
	}
	t := rendererData(v)
	if text, tm := isText(v.Type()), isTime(v.Type()); t.Empty() && (text || tm) {
		if k, what := models.SensitiveName(v.Name(), false); k != 0 && (text || what == models.WhatDateOfBirth) {
			t = source(k, &Origin{Desc: "parameter " + v.Name(), Label: what + " parameter", Pos: v.Pos(), What: what, param: true})
		}
	}
	p.paramSrc[v] = t
	return t
}
