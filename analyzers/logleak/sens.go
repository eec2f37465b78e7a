package logleak

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Sensitive values come from the taint engine: its name sources (fields,
// map keys, keyed accessors such as r.Header.Get("Authorization")), result
// sources (r.BasicAuth()'s password, httputil.DumpRequest), accessors
// named for a secret, its propagation (concatenation, formatting,
// fmt.Errorf, struct fields, summaries and facts across packages) and its
// sanitisers (hashes, url.URL.Redacted, functions named for masking). What
// stays here is what depends on logleak's settings or on the logger: the
// names of parameters and log keys, configured names, types and
// sanitisers, and how a logger renders a whole value (render.go).

// origin is where a sensitive value comes from.
type origin struct {
	kind  models.Kind
	what  string // "password", "NHS number", models.WhatDSN
	desc  string // the expression or name: u.Password, parameter token
	pos   token.Pos
	where string // position in another package
	hops  []hop
	// dump: a whole HTTP request or its headers; field: a struct whose
	// rendering shows a sensitive field (desc names the path).
	dump, field bool
	// json: the struct's fields are shown by a JSON renderer (else fmt).
	json bool
	// byName: known by a name only (the key it is logged under, the
	// parameter that holds it), not by where the value comes from.
	byName bool
}

// finding is what a diagnostic reports: the origin, at which sink, how.
type finding struct {
	o      *origin
	sink   string
	medium bool
}

type hop struct {
	pos   token.Pos
	where string
	desc  string
}

func (o *origin) rule() string {
	switch {
	case o.dump || o.what == models.WhatRequestDump:
		return RuleRequestDump
	case o.field:
		return RuleStruct
	case o.what == models.WhatDSN:
		return RuleDSN
	case o.kind&(models.Credential|models.Password) != 0:
		return RuleCredential
	}
	return RulePHI
}

func (o *origin) class() string {
	switch o.rule() {
	case RuleRequestDump:
		return "HTTP request data"
	case RuleDSN:
		return "connection string"
	case RuleCredential:
		return "credential"
	case RuleStruct:
		if o.kind&(models.Credential|models.Password) != 0 {
			return "struct with a credential"
		}
		return "struct with personal data"
	}
	return "personal or patient data"
}

func (o *origin) fix() string {
	switch o.rule() {
	case RuleRequestDump:
		return "log the method, path and a request id, never headers, cookies or bodies"
	case RuleDSN:
		return "log the host and database name, or url.URL.Redacted()"
	case RuleStruct:
		if o.json {
			return "log an id, or tag the field `json:\"-\"` or implement MarshalJSON (LogValue for slog) to leave it out"
		}
		return "log an id, or implement String to leave the field out (fmt ignores LogValue and json tags)"
	case RuleCredential:
		return "log an id or a hash, never the secret"
	}
	return "log an opaque id, or mask the value (at most the last four characters)"
}

func (o *origin) sourceText() string {
	s := o.desc
	if s == "" {
		s = o.what
	}
	if o.where != "" {
		s += " (" + o.where + ")"
	}
	return s
}

// pkg is the state of one run.
type pkg struct {
	c     *checker
	pass  *analysis.Pass
	res   *taint.Result
	exprs map[token.Pos]ast.Expr
	seen  map[string]bool
	diags []analysis.Diagnostic
	// found[i] is what diags[i] reports (see wrapped).
	found []finding
	slog  models.Render // the renderer of slog's handler in this package
}

func newPkg(c *checker, pass *analysis.Pass, res *taint.Result) *pkg {
	a := &pkg{
		c: c, pass: pass, res: res,
		exprs: map[token.Pos]ast.Expr{},
		seen:  map[string]bool{},
		slog:  models.RenderEither,
	}
	json, text := false, false
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch e := n.(type) {
			case *ast.CallExpr:
				a.exprs[e.Lparen] = e
				if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
					if obj, ok := pass.TypesInfo.Uses[sel.Sel].(*types.Func); ok && obj.Pkg() != nil && obj.Pkg().Path() == "log/slog" {
						json = json || obj.Name() == "NewJSONHandler"
						text = text || obj.Name() == "NewTextHandler"
					}
				}
			case *ast.SelectorExpr:
				a.exprs[e.Sel.Pos()] = e
			}
			return true
		})
	}
	switch {
	case json && !text:
		a.slog = models.RenderJSON
	case text && !json:
		a.slog = models.RenderFmt
	}
	return a
}

func (a *pkg) describe(pos token.Pos) string {
	e := a.exprs[pos]
	if e == nil {
		return ""
	}
	s := types.ExprString(e)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// value returns the origin of the sensitive data a value logged in fn
// by renderer r carries, or nil: what the renderer writes of it (the
// text of its String method for fmt, see taint.Result.Rendered).
func (a *pkg) value(fn *ssa.Function, v ssa.Value, r models.Render) *origin {
	if v == nil || a.sanitised(v) {
		return nil
	}
	if o := a.typeOrigin(underType(v), v.Pos()); o != nil {
		return o
	}
	t := a.res.Rendered(v, r)
	if typesutil.IsSafeType(underType(v)) && !birthDate(underType(v), t) {
		return nil
	}
	return a.taintOrigin(fn, t, v)
}

// taintOrigin turns engine taint into an origin: the engine's sensitive
// origin (unless the settings make its name public), else a parameter of
// fn whose name is sensitive under the settings, else a field read in the
// logged expression whose name only the settings make sensitive.
func (a *pkg) taintOrigin(fn *ssa.Function, t taint.Taint, v ssa.Value) *origin {
	if s := t.Sens; s != nil && t.Kinds&models.Sensitive != 0 && !a.c.publicDesc(s.Desc) {
		o := &origin{kind: s.Kind, what: s.What, desc: s.Desc, pos: s.Pos, where: s.Where}
		for _, h := range s.Hops {
			o.hops = append(o.hops, hop{pos: h.Pos, where: h.Where, desc: h.Desc})
		}
		return o
	}
	if fn != nil {
		for i, p := range fn.Params {
			if i >= 32 || t.Params&(1<<i) == 0 || t.Blind&(1<<i) != 0 || !textual(p.Type()) {
				continue
			}
			if k, _ := models.SensitiveName(p.Name(), false); k != 0 {
				continue // the engine's vocabulary: Sens above, unless cleaned
			}
			if k, what := a.c.classify(p.Name()); k != 0 {
				return &origin{kind: k, what: what, desc: "parameter " + p.Name(), pos: p.Pos(), byName: true}
			}
		}
	}
	if v != nil && a.c.extra() {
		return a.configuredField(v)
	}
	return nil
}

// configuredField: a field read in the logged value itself whose name is
// sensitive by the configured names or strict mode (the engine knows the
// built-in vocabulary only).
func (a *pkg) configuredField(v ssa.Value) *origin {
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return a.fieldOrigin(fa.X.Type(), fa.Field, fa.Pos())
		}
	case *ssa.Field:
		return a.fieldOrigin(x.X.Type(), x.Field, x.Pos())
	}
	return nil
}

// keyed is the origin of a value logged under a constant key naming it.
// A time logged under a key naming a date of birth is one
// (slog.Time("dob", p.Born)); other times are not personal data.
func (a *pkg) keyed(key string, v ssa.Value, pos token.Pos) *origin {
	k, what := a.c.classify(key)
	if k == 0 || v == nil || isConst(v) {
		return nil
	}
	if typ := underType(v); typesutil.IsSafeType(typ) && (!isTime(typ) || what != models.WhatDateOfBirth) {
		return nil
	}
	if a.sanitised(v) || a.cleaned(v) || lexerToken(v) {
		return nil
	}
	return &origin{kind: k, what: what, desc: fmt.Sprintf("logged under key %q", key), pos: pos, byName: true}
}

// lexerToken reports whether v reads a lexer's token field
// (taint.LexicalToken): slog.String("token", e.Token) of a parse error
// logs a piece of the parsed text.
func lexerToken(v ssa.Value) bool {
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.UnOp:
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL {
			return taint.LexicalToken(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		return taint.LexicalToken(x.X.Type(), x.Field)
	}
	return false
}

// cleaned reports whether v is what the engine sanitises: the result of
// a hash, url.URL.Redacted or a function named for masking, or masked
// text (the last four characters, a function whose body returns them).
func (a *pkg) cleaned(v ssa.Value) bool {
	if a.res.Masked(typesutil.Unconvert(v)) {
		return true
	}
	x, ok := typesutil.Unconvert(v).(*ssa.Call)
	if !ok {
		return false
	}
	obj := typesutil.Callee(x.Common())
	if obj == nil {
		return false
	}
	if models.SanitisingName(typesutil.PkgQualified(obj)) {
		return true
	}
	s := models.SanitiserFor(obj.FullName())
	return s != nil && s.Clean&models.Sensitive != 0
}

// isTime reports whether t is time.Time or a pointer to one.
func isTime(t types.Type) bool { return typesutil.NamedPath(t) == "time.Time" }

// birthDate reports whether a time value carries a date of birth (the
// engine keeps that taint on time values, and no other).
func birthDate(typ types.Type, t taint.Taint) bool {
	return isTime(typ) && t.Sens != nil && t.Sens.What == models.WhatDateOfBirth
}

// underType is the type of the value inside an interface conversion.
func underType(v ssa.Value) types.Type {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X.Type()
	}
	return v.Type()
}

func isConst(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	_, ok := v.(*ssa.Const)
	return ok
}

// sanitised: the value is the result of a configured sanitiser call (the
// engine knows the built-in ones).
func (a *pkg) sanitised(v ssa.Value) bool {
	if len(a.c.sanitisers) == 0 {
		return false
	}
	if x, ok := typesutil.Unconvert(v).(*ssa.Call); ok {
		if obj := typesutil.Callee(x.Common()); obj != nil {
			return a.c.sanitisers[obj.FullName()]
		}
	}
	return false
}

// textual reports whether values of t can hold a secret as text.
func textual(t types.Type) bool {
	if typesutil.IsSafeType(t) {
		return false
	}
	switch u := typesutil.Deref(t).Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Info()&types.IsString != 0 || b.Kind() == types.Byte
		}
	case *types.Array:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok {
			return b.Info()&types.IsString != 0
		}
	case *types.Map:
		return textual(u.Elem())
	case *types.Interface:
		return true
	}
	return false
}

// typeOrigin: values of a sensitive named text type (type NHSNumber
// string) or of a configured type or package.
func (a *pkg) typeOrigin(t types.Type, pos token.Pos) *origin {
	n, ok := types.Unalias(typesutil.Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	path := n.Obj().Pkg().Path()
	if a.c.types[path+"."+n.Obj().Name()] || a.c.types[path] {
		return &origin{kind: models.PII, what: "configured sensitive type", desc: "value of type " + n.Obj().Name(), pos: pos}
	}
	if _, isStruct := n.Underlying().(*types.Struct); isStruct {
		return nil
	}
	if !textual(n.Underlying()) {
		return nil
	}
	if _, isIface := n.Underlying().(*types.Interface); isIface {
		return nil
	}
	if k, what := a.c.classify(n.Obj().Name()); k != 0 {
		return &origin{kind: k, what: what, desc: "value of type " + n.Obj().Name(), pos: pos}
	}
	return nil
}

// fieldOrigin: a text field whose name or tag says it is sensitive.
func (a *pkg) fieldOrigin(ptr types.Type, i int, pos token.Pos) *origin {
	st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	f := st.Field(i)
	if !textual(f.Type()) {
		return nil
	}
	k, what := a.c.classifyField(ptr, i, st.Tag(i))
	if k == 0 {
		return nil
	}
	d := a.describe(pos)
	if d == "" {
		d = "field " + f.Name()
	}
	return &origin{kind: k, what: what, desc: d, pos: pos}
}

// publicDesc reports whether the settings make the name at the end of a
// source expression public (support_email for u.SupportEmail).
func (c *checker) publicDesc(desc string) bool {
	if len(c.public) == 0 {
		return false
	}
	desc = strings.TrimPrefix(desc, "parameter ")
	name := desc[strings.LastIndexAny(desc, ".(\"")+1:]
	name = strings.TrimRight(name, "\")")
	return c.public[strings.Join(models.Normalise(name), " ")]
}
