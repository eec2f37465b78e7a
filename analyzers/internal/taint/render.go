package taint

import (
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// A logger renders a value through a method of its type when it has one
// (fmt calls String, slog LogValue, JSON MarshalJSON) and reads its fields
// only otherwise. What such a value carries into the log is what the
// method returns: the method's summary applied to the value (a String
// that prints u.ID carries the ID field's taint, not the Email's).

// fmtMethods are the methods fmt calls on an operand instead of
// printing its fields, in the order it looks for them (handleMethods).
var fmtMethods = []string{"Format", "Error", "String"}

// renderings lists, per way a renderer may be configured, the methods it
// calls instead of reading fields, in the order it looks for them
// (fmt's handleMethods: Formatter, error, Stringer; log/slog's handlers).
// Either renderer may apply when there are several.
func renderings(r models.Render) [][]string {
	fmtM := fmtMethods
	jsonM := []string{"MarshalJSON", "MarshalText"}
	switch r {
	case models.RenderFmt:
		return [][]string{fmtM}
	case models.RenderJSON:
		return [][]string{jsonM}
	case models.RenderEither:
		return [][]string{fmtM, jsonM}
	case models.RenderZap:
		return [][]string{{"MarshalLogObject", "Error", "String"}}
	case models.RenderSlog:
		return [][]string{append([]string{"LogValue"}, fmtM...), append([]string{"LogValue"}, jsonM...)}
	case models.RenderSlogJSON:
		return [][]string{{"LogValue", "MarshalJSON", "Error", "MarshalText"}}
	case models.RenderSlogText:
		return [][]string{append([]string{"LogValue", "MarshalText"}, fmtM...)}
	}
	return nil
}

// rendered is the taint of what renderer r writes of the value a: for
// each element of a variadic argument built in place, or a itself, the
// text of the method the renderer calls instead of reading fields when
// that method's summary is known, else the whole value.
func (s *fnState) rendered(a ssa.Value, r models.Render) Taint {
	return s.renderedExcept(a, r, nil)
}

// renderedExcept is rendered without the elements of a variadic list
// that hidden holds (values a slog handler redacts, see slogHidden).
func (s *fnState) renderedExcept(a ssa.Value, r models.Render, hidden map[ssa.Value]bool) Taint {
	if els, ok := typesutil.InPlaceElems(a); ok && len(els) > 0 {
		var t Taint
		for _, e := range els {
			if !hidden[e.Val] {
				t.join(s.rendered(e.Val, r))
			}
		}
		return t
	}
	v := a
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	alts := renderings(r)
	if len(alts) == 0 {
		return s.deep(a)
	}
	if types.IsInterface(v.Type()) {
		// An error or a Stringer held in an interface: what fmt prints
		// of the values it may hold. Other renderers may read the
		// fields (zerolog's Interface JSON-encodes them).
		if r == models.RenderFmt {
			return s.fmtText(v)
		}
		return s.deep(a)
	}
	var out Taint
	for _, methods := range alts {
		var t Taint
		ok := false
		switch m, has := textMethod(s.p.ssa.Pkg.Prog, v.Type(), methods); {
		case m != nil:
			t, ok = s.methodText(v, "", m)
		case !has:
			// No method: the renderer reads the fields.
			t, ok = s.shownFields(v, slices.Contains(methods, "MarshalJSON") || slices.Contains(methods, "MarshalLogObject"))
		}
		if !ok {
			return s.deep(a)
		}
		out.join(t)
	}
	return out
}

// hasAnyMethod reports whether t's method set has one of methods.
func hasAnyMethod(prog *ssa.Program, t types.Type, methods []string) bool {
	_, has := textMethod(prog, t, methods)
	return has
}

// fmtShown is what fmt prints of a, an operand or a variadic list of
// them built in place, into a page: a value of a concrete type with an
// Error, String or Format method prints that method's text, when its
// summary is known (an NHSNumber whose String keeps the digits only);
// other values, and values in an interface, print as they are.
func (s *fnState) fmtShown(a ssa.Value) Taint {
	els, ok := typesutil.InPlaceElems(a)
	if !ok || !slices.ContainsFunc(els, func(e typesutil.Elem) bool { return s.fmtMethod(e.Val) != nil }) {
		return s.deep(a) // no operand prints a method's text
	}
	var t Taint
	for _, e := range els {
		if m := s.fmtMethod(e.Val); m != nil {
			if mt, ok := s.methodText(e.Val.(*ssa.MakeInterface).X, "", m); ok {
				t.join(mt)
				continue
			}
		}
		t.join(s.deep(e.Val))
	}
	return t
}

// fmtMethod returns the method fmt calls to print v, a value of a
// concrete type converted to an interface, or nil.
func (s *fnState) fmtMethod(v ssa.Value) *types.Func {
	mi, ok := v.(*ssa.MakeInterface)
	if !ok || types.IsInterface(mi.X.Type()) {
		return nil
	}
	m, _ := textMethod(s.p.ssa.Pkg.Prog, mi.X.Type(), fmtMethods)
	return m
}

// textMethod returns the first of methods in t's method set, in their
// order, when its text can be read from its summary: declared on t itself
// (a promoted method reads the embedded value, whose fields the summary's
// paths do not name from here) and returning something. has reports
// whether t has one of methods at all.
func textMethod(prog *ssa.Program, t types.Type, methods []string) (m *types.Func, has bool) {
	ms := prog.MethodSets.MethodSet(t)
	for _, name := range methods {
		for i := 0; i < ms.Len(); i++ {
			sel := ms.At(i)
			if sel.Obj().Name() != name {
				continue
			}
			f, ok := sel.Obj().(*types.Func)
			if !ok || len(sel.Index()) > 1 || f.Signature().Results().Len() == 0 {
				return nil, true
			}
			return f, true
		}
	}
	return nil, false
}

// shownFields is what a renderer that reads the fields of v, a struct or
// a pointer to one, shows of it, field by field: encoding/json (and zap's
// reflection) leaves out unexported fields and those tagged `json:"-"`;
// fmt prints every field, but calls the String, Error or Format method of
// an exported field's type instead of reading that field's fields. A
// password copied into a `json:"-"` field is not in zap.Any's output, nor
// one behind a nested type's redacting String in %+v. false when nothing
// is left out (all of v, as before), or when v's memory is not known field
// by field: a struct a call returned whole carries its taint in no field.
func (s *fnState) shownFields(v ssa.Value, json bool) (Taint, bool) {
	st, ok := typesutil.Deref(v.Type()).Underlying().(*types.Struct)
	if !ok || !s.fieldMemory(v) {
		return Taint{}, false
	}
	var t Taint
	hid := false
	s.showFields(v, st, "", json, 0, &t, &hid)
	return t, hid
}

// maxShownDepth bounds how deep shownFields walks nested structs; below
// it a field is shown whole.
const maxShownDepth = 3

// showFields joins into t what the renderer shows of the fields of st,
// the struct at path under v, and sets hid when it leaves something out.
func (s *fnState) showFields(v ssa.Value, st *types.Struct, path string, json bool, depth int, t *Taint, hid *bool) {
	prog := s.p.ssa.Pkg.Prog
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		fp := path + "." + f.Name()
		ft := f.Type()
		if json && (!f.Exported() && !f.Embedded() || reflect.StructTag(st.Tag(i)).Get("json") == "-") {
			*hid = true // encoding/json skips it ("-," names a field "-")
			continue
		}
		if _, ptr := ft.Underlying().(*types.Pointer); ptr && !json && (!f.Exported() || !hasAnyMethod(prog, ft, fmtMethods)) {
			*hid = true // fmt prints a pointer below the top level as its address
			continue
		}
		inner, isStruct := typesutil.Deref(ft).Underlying().(*types.Struct)
		switch {
		case json && (hasAnyMethod(prog, ft, jsonMethods) || hasAnyMethod(prog, types.NewPointer(typesutil.Deref(ft)), jsonMethods)):
			// encoding/json writes the method's text.
			if mt, ok := s.fieldMethodText(v, ft, fp, jsonMethods); ok {
				t.join(mt)
				*hid = true
			} else {
				t.join(s.selected(v, fp))
			}
		case !json && f.Exported() && hasAnyMethod(prog, ft, fmtMethods):
			// fmt prints the method's text (handleMethods at depth > 0).
			if mt, ok := s.fieldMethodText(v, ft, fp, fmtMethods); ok {
				t.join(mt)
				*hid = true
			} else {
				t.join(s.selected(v, fp))
			}
		case isStruct && depth < maxShownDepth:
			s.showFields(v, inner, fp, json, depth+1, t, hid)
		default:
			t.join(s.selected(v, fp))
		}
	}
}

// jsonMethods are the methods encoding/json renders a value by.
var jsonMethods = []string{"MarshalJSON", "MarshalText"}

// fieldMethodText is the text of the first of methods the type ft of the
// field at path under v has, from the method's summary applied to that
// field; false when the summary is not known.
func (s *fnState) fieldMethodText(v ssa.Value, ft types.Type, path string, methods []string) (Taint, bool) {
	m, _ := textMethod(s.p.ssa.Pkg.Prog, ft, methods)
	if m == nil {
		return Taint{}, false
	}
	return s.methodText(v, path, m)
}

// fieldMemory reports whether the memory of v, a struct or a pointer to
// one, is known field by field: a local built in place, a parameter (each
// field read has its own bit), a closure's free variable, or a call's
// result its callee returned field by field.
func (s *fnState) fieldMemory(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	r, _, ok := valuePath(v)
	if !ok {
		if !isPointer(v.Type()) {
			return false
		}
		r, _ = rootOf(v)
	}
	switch r := r.(type) {
	case *ssa.Alloc, *ssa.Parameter, *ssa.FreeVar:
		return true
	default:
		return callResult(r) && len(s.locs[r]) > 0 && s.aliases[r] == nil
	}
}

// renderedBy is the text the first of methods v's type has returns for v;
// false when the type has none of them (its fields are rendered) or the
// method's text is not known.
func (s *fnState) renderedBy(v ssa.Value, methods []string) (Taint, bool) {
	m, _ := textMethod(s.p.ssa.Pkg.Prog, v.Type(), methods)
	if m == nil {
		return Taint{}, false
	}
	return s.methodText(v, "", m)
}

// methodText is the taint of the first result of m called on v, or on
// the part of v at field path (a field fmt calls String on), from m's
// summary here or its fact; false when m's package was not analysed.
func (s *fnState) methodText(v ssa.Value, path string, m *types.Func) (Taint, bool) {
	sum, ok := s.p.methodSummary(m)
	if !ok {
		return Taint{}, false
	}
	if sum == nil || len(sum.results) == 0 {
		return Taint{}, true // an analysed method whose result carries nothing
	}
	var sel []string
	if path != "" {
		sel = []string{path}
	}
	return s.instantiateSel(sum, []ssa.Value{v}, sel, sum.results[0], nil), true
}

// methodSummary is m's summary here or its fact (nil when m's analysed
// package exported none: it carries nothing); false when m's package was
// not analysed.
func (p *pkgState) methodSummary(m *types.Func) (*summary, bool) {
	m = m.Origin()
	switch {
	case m.Pkg() == nil:
		return nil, false
	case m.Pkg() == p.pass.Pkg:
		fn := p.ssa.Pkg.Prog.FuncValue(m)
		if fn == nil || fn.Blocks == nil || p.sums[fn] == nil {
			return nil, false
		}
		return p.sums[fn], true
	}
	var f funcFact
	if p.pass.ImportObjectFact(m, &f) {
		return f.summary(), true
	}
	return nil, p.isAnalysed(m.Pkg())
}

// MethodShows reports what the first result of method m (a String or
// Error) shows of its receiver, by m's summary here or its fact: whether
// it carries the receiver whole (a String that returns string(s)), and
// the sensitive kinds it carries (an Error that quotes a field named
// Token). ok is false when m's package was not analysed.
func (r *Result) MethodShows(m *types.Func) (whole bool, kinds models.Kind, ok bool) {
	if r.p == nil {
		return false, 0, false
	}
	sum, ok := r.p.methodSummary(m)
	if !ok || sum == nil || len(sum.results) == 0 {
		return false, 0, ok
	}
	t := sum.results[0]
	return t.Params&1 != 0, t.Kinds & models.Sensitive, true
}

// fmtText is what fmt prints of v, a value of interface type, with %v
// or %s: for each dynamic value it may hold, the text of its Error or
// String method where the method's summary is known (an error whose
// Error returns a constant prints nothing of its fields), else the value
// whole. It follows v back through interface conversions, phis and the
// results of analysed functions (summary.texts); any other value is
// printed whole. The text carries the kinds the method's own reads bring
// (an Error that quotes a field named Token prints a credential), less
// what a check on a value on the way cleans here (guard: an error that
// failed errors.Is).
func (s *fnState) fmtText(v ssa.Value) Taint {
	b := s.cur
	if i, ok := v.(ssa.Instruction); ok && b == nil {
		b = i.Block() // asked after the analysis (Result.Rendered): where v is
	}
	return s.textOf(v, b, map[ssa.Value]bool{})
}

// textOf is fmtText in block b; seen bounds the walk: a phi seen again
// adds nothing.
func (s *fnState) textOf(v ssa.Value, b *ssa.BasicBlock, seen map[ssa.Value]bool) Taint {
	if seen[v] {
		return Taint{}
	}
	if len(seen) > maxTextWalk {
		return s.deep(v)
	}
	seen[v] = true
	var t Taint
	switch x := v.(type) {
	case *ssa.Const:
		return Taint{} // nil prints <nil>
	case *ssa.MakeInterface:
		var ok bool
		if t, ok = s.renderedBy(x.X, fmtMethods); !ok {
			t = s.deep(v)
		}
	case *ssa.ChangeInterface:
		t = s.textOf(x.X, b, seen)
	case *ssa.Phi:
		for _, e := range x.Edges {
			t.join(s.textOf(e, b, seen))
		}
	case *ssa.Call:
		var ok bool
		if t, ok = s.callText(x, 0); !ok {
			t = s.deep(v)
		}
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if ok {
			t, ok = s.callText(c, x.Index)
		}
		if !ok {
			t = s.deep(v)
		}
	default:
		return s.deep(v)
	}
	return s.guardAt(v, t, b)
}

// maxTextWalk bounds the values fmtText visits for one value.
const maxTextWalk = 64

// callText is what fmt prints of result i of a static call of an analysed
// function whose summary knows it (summary.texts), in the caller's terms:
// false when the summary does not say.
func (s *fnState) callText(c *ssa.Call, i int) (Taint, bool) {
	cc := typesutil.Unbind(c.Common())
	fn := cc.StaticCallee()
	if fn == nil {
		return Taint{}, false
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	var sum *summary
	var params []*types.Var
	var callee string
	if fn.Pkg == s.p.ssa.Pkg {
		sum, params, callee = s.p.sums[fn], ssaParams(fn), shortName(calleeName(fn))
	} else if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil && obj.Pkg() != s.p.pass.Pkg {
		var f funcFact
		if !s.p.pass.ImportObjectFact(obj, &f) {
			return Taint{}, false
		}
		sum, params, callee = f.summary(), funcParams(obj), shortName(obj.FullName())
	}
	if sum == nil {
		return Taint{}, false
	}
	text, ok := sum.text(i)
	if !ok {
		return Taint{}, false
	}
	// As apply instantiates a result.
	args := typesutil.CallArgs(cc)
	step := &Step{Pos: c.Pos(), Desc: returnedBy + callee}
	inst := s.instantiate(sum, args, text, step)
	var t Taint
	if rs := cc.Signature().Results(); i < rs.Len() {
		t = s.paramNamed(text, rs.At(i).Type(), params, args, callee, step)
		t.clean(inst.Kinds & models.Sensitive)
	}
	t.join(inst)
	if models.SanitisingName(typesutil.FuncQualified(fn)) {
		t = blind(t, true)
	}
	return t, true
}

// slogHidden returns the values of argument arg of the slog sink name
// that the handler of the logger the call writes to replaces with
// something else (its ReplaceAttr redacts their keys: slogh.Hidden), so
// that a helper logging its parameter under a redacted key has no sink
// effect for it. nil for other sinks.
func (s *fnState) slogHidden(instr ssa.CallInstruction, name string, arg int) map[ssa.Value]bool {
	var row *models.LogSink
	for _, r := range models.LogSinksFor(name) {
		if r.Arg == arg && r.Render == models.RenderSlog && (r.KV || r.Key) {
			row = r
		}
	}
	if row == nil {
		return nil
	}
	cc := typesutil.Unbind(instr.Common())
	obj := typesutil.Callee(cc)
	if obj == nil {
		return nil
	}
	args := cc.Args
	if !cc.IsInvoke() && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	return s.p.slog().Hidden(instr, name, row, args)
}

// slog returns the package's resolver of slog handlers, made when first
// needed and shared with clients (Result.Slog).
func (p *pkgState) slog() *slogh.Resolver {
	if p.slogRes == nil {
		p.slogRes = slogh.New(p.ssa.Pkg, p.ssa.SrcFuncs)
	}
	return p.slogRes
}

// Slog returns the resolver of the package's slog handlers the engine
// uses, so that a client judges the same loggers without scanning the
// package again.
func (r *Result) Slog() *slogh.Resolver {
	if r.p == nil {
		return slogh.New(r.SSA.Pkg, r.SSA.SrcFuncs)
	}
	return r.p.slog()
}

// logRender is the renderer of argument arg of the log sink name.
func logRender(name string, arg int) models.Render {
	for _, r := range models.LogSinksFor(name) {
		if r.Arg == arg {
			return r.Render
		}
	}
	return 0
}

// Rendered is the taint of what a logger with renderer r writes of the
// value v (see rendered): the text of a String, LogValue or MarshalJSON
// method the renderer calls, when its summary is known, else all of v.
func (r *Result) Rendered(v ssa.Value, render models.Render) Taint {
	if s := r.stateOf(v); s != nil {
		return s.withoutFV(s.rendered(v, render))
	}
	return Taint{}
}

// Analysed reports whether the engine analysed pkg (the user's code, not
// the standard library or the module cache): its functions' findings are
// reported in it.
func (r *Result) Analysed(pkg *types.Package) bool {
	if r.p == nil || pkg == nil {
		return false
	}
	return pkg == r.p.pass.Pkg || r.p.isAnalysed(pkg)
}
