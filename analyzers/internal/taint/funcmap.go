package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"text/template/parse"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Template functions (template.FuncMap).
//
// A function a template calls ({{nl2br .Notes}}) is called with the data
// the template is executed with, where Execute runs: t.Execute(w, v) is,
// for each such call in t's text, a call of the function with the part of
// v the call names. The function's summary (or fact) applies there as at
// a direct call, so a function that converts its parameter to
// template.HTML is reported at the Execute call that passes it request
// input or stored data, like any other wrapper at its callers, and not
// where it is declared or put in the FuncMap.
//
// What is resolved, everything else is left alone (silent):
//   - the template, from the receiver of Execute or ExecuteTemplate
//     (html/template and text/template): a chain New(name), Funcs(fm),
//     Delims, Option, Parse(text), possibly in template.Must, used
//     directly, or through a package variable or a field of this
//     package's that this package stores once; every Parse's text must be
//     constant (a template read from files is not resolved);
//   - the FuncMap: a map literal (template.FuncMap, text/template's, or
//     map[string]any) used directly or through a package variable stored
//     once, of this package or of another one (funcMapFact); its entries
//     with a constant name and a static function (a declared function or
//     a function literal) as value;
//   - the calls: a command of a pipeline that names a FuncMap entry, with
//     arguments ., .Field.Sub, $ and $.Field, also as the piped value
//     ({{.Notes | nl2br}}); constants are clean; any other argument (a
//     variable, a nested pipeline, another function's result) is not
//     followed. Dot follows {{with .F}}, {{template "n" .F}} and
//     {{range .Items}} (an element of Items); in data that is a map
//     literal, .Key is what the literal holds under that key;
//   - the methods a field chain calls ({{.BodyHTML}}, {{.Note.Tagged
//     $.Title}}): the first name of the chain that is a method of the
//     data's static type there, called with the part before it as
//     receiver and with the command's arguments, as a FuncMap entry is.
//
// For text/template the conversions a function makes are not findings (it
// escapes nothing, so its data is checked as TemplateExec): only its other
// sinks apply.

// funcMapFact lists, for an exported package variable holding a FuncMap,
// the entries whose function has sink effects, each with its summary (a
// function literal has no object to carry a funcFact).
type funcMapFact struct {
	Entries []funcMapEntry
}

type funcMapEntry struct {
	Name   string // the template's name for the function
	Callee string // the Go function: render.NL2BR, render.Funcs["raw"]
	Sum    *funcFact
}

// AFact marks funcMapFact as an analysis fact.
func (*funcMapFact) AFact() {}

// String renders the fact for `// want` fact tests:
// funcmap(raw=render.Funcs["raw"]: taint(...)).
func (f *funcMapFact) String() string {
	var parts []string
	for _, e := range f.Entries {
		parts = append(parts, e.Name+"="+e.Callee+": "+e.Sum.String())
	}
	return "funcmap(" + strings.Join(parts, "; ") + ")"
}

// fmEntry is a resolved FuncMap entry: a function of this program, or an
// entry of another package's fact.
type fmEntry struct {
	fn     *ssa.Function
	callee string
	sum    *summary // from a funcMapFact
	// opaque: the entry's function is not followed (a bound method, a
	// function value, one without a body here); it is kept for its name,
	// which the template's text can no longer mean as a builtin.
	opaque bool
}

// opaqueNames is the key of an opaque entry that stands for names not
// known: another package's FuncMap, whose fact lists only the entries
// with sink effects.
const opaqueNames = "\x00names"

// tmplCall is a call of a template function: its arguments, each the
// field path of the data it passes ("" the whole data), or nil when it is
// constant or not followed. A call with a chain is a field chain the
// template evaluates ({{.Patient.NameHTML}}), which calls a method where
// a name in it is one: name is the chain, or the command that begins
// with it, as written; args what the command passes to the chain's last
// name.
type tmplCall struct {
	name  string
	chain string
	args  []*string
}

// tmplInfo is a resolved template.
type tmplInfo struct {
	html  bool
	name  string // the template's own name, which Execute runs
	trees map[string]*parse.Tree
	funcs map[string]fmEntry
	calls map[string][]tmplCall // per executed template name
	// opaqueFuncs: a Funcs call's FuncMap is not resolved, so any name
	// may be redefined (see tmplescape.go).
	opaqueFuncs bool
	escapes     map[escKey]escVerdict // escapesAll's memo
}

// tmplState is the package's memo of resolved templates and FuncMaps.
type tmplState struct {
	tmpls map[any]*tmplInfo // by global, field or construction value
	fms   map[ssa.Value]map[string]fmEntry
}

// maxTmplDepth bounds the walks over construction chains and templates.
const maxTmplDepth = 12

// templateFuncCalls applies, at a call that executes a template, the
// summaries of the template functions its text calls with the data.
func (s *fnState) templateFuncCalls(name string, args []ssa.Value, instr ssa.CallInstruction) {
	var html bool
	var data, tname ssa.Value
	switch name {
	case "(*html/template.Template).Execute", "(*text/template.Template).Execute":
		if len(args) != 3 {
			return
		}
		data = args[2]
	case "(*html/template.Template).ExecuteTemplate", "(*text/template.Template).ExecuteTemplate":
		if len(args) != 4 {
			return
		}
		data, tname = args[3], args[2]
	default:
		return
	}
	html = strings.HasPrefix(name, "(*html/")
	ti := s.p.template(args[0])
	if ti == nil || ti.html != html {
		return
	}
	root := ti.name
	if tname != nil {
		c, ok := tname.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			return
		}
		root = constant.StringVal(c.Value)
	}
	for _, call := range ti.callsFrom(root) {
		var e fmEntry
		var ok bool
		if call.chain != "" {
			// A method the chain calls, with the data it names as
			// receiver (its parameter 0) before the command's arguments.
			recv, fn, last := s.p.chainMethod(data, call.chain)
			if fn == nil {
				continue
			}
			e = fmEntry{fn: fn, callee: shortName(calleeName(fn))}
			if !last {
				call.args = nil // they go to the chain's last name
			}
			call.args = append([]*string{&recv}, call.args...)
		} else if e, ok = ti.funcs[call.name]; !ok {
			continue
		}
		sum, callee, exp := s.p.entrySummary(e)
		if sum == nil || len(sum.sinks) == 0 {
			continue
		}
		// Sinks that do not depend on a writer the function is given
		// (a template function gets none); no conversion counts in
		// text/template, which escapes nothing anyway.
		sinks := slices.DeleteFunc(slices.Clone(sum.sinks), func(e sinkEffect) bool {
			return e.Writer != models.AnyWriter || !html && e.Class == models.HTMLTrusted
		})
		if len(sinks) == 0 {
			continue
		}
		fsum := *sum
		fsum.sinks = sinks
		vals := make([]ssa.Value, len(call.args))
		sel := make([]string, len(call.args))
		for i, a := range call.args {
			if a != nil {
				vals[i], sel[i] = data, *a
			}
		}
		step := &Step{Pos: instr.Pos(), Desc: "passed by the template to " + call.name}
		inst := func(t Taint) Taint { return s.instantiateSel(&fsum, vals, sel, t, step) }
		s.applySinks(&fsum, vals, inst, instr, callee, exp, tmplVia{name: call.name, method: call.chain != ""})
	}
}

// tmplVia names the template function, or the method a field chain
// calls, through which a flow enters a sink (Flow.TemplateFunc and
// TemplateMethod); zero for other flows.
type tmplVia struct {
	name   string
	method bool
}

// chainMethod resolves the first method a template's field chain calls
// on data v (".Patients[].NameHTML": NameHTML of an element's type), as
// the template does (promoted methods, pointer receivers of addressable
// values): recv is the field path of the receiver, last whether the
// method is the chain's last name (which the command's arguments go to).
// fn is nil when a name of the chain is no field or method of its static
// type, or a value on the way has a dynamic type (an interface), or the
// method is of a generic type.
func (p *pkgState) chainMethod(v ssa.Value, chain string) (recv string, fn *ssa.Function, last bool) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	t := v.Type()
	names := strings.Split(strings.TrimPrefix(chain, "."), ".")
	for i, name := range names {
		elem := strings.HasSuffix(name, "[]")
		name = strings.TrimSuffix(name, "[]")
		if name != "" {
			if types.IsInterface(typesutil.Deref(t)) {
				return "", nil, false
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
			switch obj := obj.(type) {
			case *types.Func:
				if obj.Origin() != obj {
					return "", nil, false
				}
				if i > 0 {
					recv = "." + strings.Join(names[:i], ".")
				}
				fn := p.ssa.Pkg.Prog.FuncValue(obj)
				if fn == nil || len(fn.Blocks) == 0 && fn.Pkg == p.ssa.Pkg {
					return "", nil, false
				}
				return recv, fn, i == len(names)-1
			case *types.Var:
				t = obj.Type()
			default:
				return "", nil, false
			}
		}
		if elem {
			if t = containerElem(typesutil.Deref(t)); t == nil {
				return "", nil, false
			}
		}
	}
	return "", nil, false
}

// selected returns the taint of the part of a template's data v at field
// path ("" is v itself): a field of the struct v holds or points to, as
// the template resolves it (promoted fields through their embedding). A
// name that is no field (a method) gives nothing; the rest of a path
// below a map or an interface is what is stored at its prefix.
func (s *fnState) selected(v ssa.Value, path string) Taint {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if path == "" {
		return s.deep(v)
	}
	if m, ok := v.(*ssa.MakeMap); ok {
		// A map literal (map[string]any{"Notes": n}): the key's values.
		key, _, _ := strings.Cut(strings.TrimPrefix(path, "."), ".")
		if t, ok := s.mapKey(m, strings.TrimSuffix(key, "[]")); ok {
			return t
		}
		return s.deep(v)
	}
	p, ok := dataPath(v.Type(), path)
	if !ok {
		return Taint{}
	}
	if p == "" {
		return s.deep(v)
	}
	if r, rp, ok := valuePath(v); ok {
		return s.load(r, rp+p, false)
	}
	r, rp := rootOf(v)
	return s.load(r, rp+p, false)
}

// dataPath resolves a template's field path (".Patient.Notes";
// ".Patients[]" is an element of Patients, dot in {{range .Patients}}) in
// type t: the engine's path of the fields it reads, embeddings included.
// ok is false when a name is not a field.
func dataPath(t types.Type, path string) (string, bool) {
	var out strings.Builder
	names := strings.Split(strings.TrimPrefix(path, "."), ".")
	rest := func(i int) string {
		if i >= len(names) {
			return ""
		}
		return "." + strings.Join(names[i:], ".")
	}
	for i, name := range names {
		elem := strings.HasSuffix(name, "[]")
		name = strings.TrimSuffix(name, "[]")
		if name != "" {
			t = typesutil.Deref(t)
			switch t.Underlying().(type) {
			case *types.Struct:
			case *types.Interface:
				// Unknown dynamic type (a parameter of type any): the rest
				// of the path as the template names it.
				return out.String() + rest(i), true
			default:
				return out.String(), true // a map key: what the map holds
			}
			obj, index, _ := types.LookupFieldOrMethod(t, true, nil, name)
			f, ok := obj.(*types.Var)
			if !ok || !f.IsField() {
				return "", false
			}
			st := t
			for _, i := range index {
				s := typesutil.Deref(st).Underlying().(*types.Struct)
				out.WriteString("." + s.Field(i).Name())
				st = s.Field(i).Type()
			}
			t = f.Type()
		}
		if elem {
			d := typesutil.Deref(t)
			if types.IsInterface(d) {
				return out.String() + "[]" + rest(i+1), true
			}
			if t = containerElem(d); t == nil {
				return out.String(), true
			}
			out.WriteString("[]")
		}
	}
	return out.String(), true
}

// mapKey returns what a map literal holds under the constant key; ok is
// false when a key is not constant.
func (s *fnState) mapKey(m *ssa.MakeMap, key string) (Taint, bool) {
	var t Taint
	for _, ref := range *m.Referrers() {
		up, ok := ref.(*ssa.MapUpdate)
		if !ok || up.Map != m {
			continue
		}
		k, ok := typesutil.ConstString(typesutil.Unconvert(up.Key))
		if !ok {
			return Taint{}, false
		}
		if k == key {
			t.join(s.deep(up.Value))
		}
	}
	return t, true
}

// entrySummary returns the summary of a FuncMap entry's function, its
// name for messages and whether callers outside its package can call it.
func (p *pkgState) entrySummary(e fmEntry) (*summary, string, bool) {
	if e.opaque {
		return nil, "", false
	}
	if e.sum != nil {
		return e.sum, e.callee, false
	}
	fn := e.fn
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg == p.ssa.Pkg {
		return p.sums[fn], e.callee, exported(fn)
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Pkg() == nil {
		return nil, "", false
	}
	var f funcFact
	if !p.pass.ImportObjectFact(obj, &f) {
		return nil, "", false
	}
	return f.summary(), e.callee, exportedFunc(obj)
}

func (p *pkgState) tmplState() *tmplState {
	if p.tmpl == nil {
		p.tmpl = &tmplState{tmpls: map[any]*tmplInfo{}, fms: map[ssa.Value]map[string]fmEntry{}}
	}
	return p.tmpl
}

// template resolves the template a value holds (see above), or nil.
func (p *pkgState) template(v ssa.Value) *tmplInfo {
	return p.templateN(v, 0)
}

func (p *pkgState) templateN(v ssa.Value, depth int) *tmplInfo {
	if depth > maxTmplDepth {
		return nil
	}
	ts := p.tmplState()
	// Through a package variable or a field this package stores once.
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		var key any
		var stored ssa.Value
		switch a := u.X.(type) {
		case *ssa.Global:
			if a.Pkg != p.ssa.Pkg {
				return nil
			}
			key, stored = a, p.storedOnce(a)
		case *ssa.FieldAddr:
			obj := fieldVar(a.X.Type(), a.Field)
			key, stored = obj, p.fieldStoredOnce(obj)
		default:
			return nil
		}
		if ti, ok := ts.tmpls[key]; ok {
			return ti
		}
		ts.tmpls[key] = nil // a cycle resolves to nothing
		var ti *tmplInfo
		if stored != nil {
			ti = p.templateN(stored, depth+1)
		}
		ts.tmpls[key] = ti
		return ti
	}
	if ti, ok := ts.tmpls[v]; ok {
		return ti
	}
	ts.tmpls[v] = nil
	ti := p.build(v)
	ts.tmpls[v] = ti
	return ti
}

// build resolves a construction chain ending in v.
func (p *pkgState) build(v ssa.Value) *tmplInfo {
	ti := &tmplInfo{funcs: map[string]fmEntry{}, trees: map[string]*parse.Tree{}, calls: map[string][]tmplCall{}}
	var texts []string
	left, right := "", ""
	named := false
	for depth := 0; ; depth++ {
		if depth > maxTmplDepth {
			return nil
		}
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			// The receiver of the chain held in a variable (a base
			// template with its functions).
			var stored ssa.Value
			switch a := u.X.(type) {
			case *ssa.Global:
				if a.Pkg == p.ssa.Pkg {
					stored = p.storedOnce(a)
				}
			case *ssa.FieldAddr:
				stored = p.fieldStoredOnce(fieldVar(a.X.Type(), a.Field))
			}
			if stored == nil {
				return nil
			}
			v = stored
			continue
		}
		if x, ok := v.(*ssa.Extract); ok && x.Index == 0 {
			v = x.Tuple
			continue
		}
		call, ok := v.(*ssa.Call)
		if !ok {
			return nil
		}
		cc := typesutil.Unbind(&call.Call)
		obj := typesutil.Callee(cc)
		if obj == nil || cc.IsInvoke() {
			return nil
		}
		pkg := ""
		if obj.Pkg() != nil {
			pkg = obj.Pkg().Path()
		}
		if pkg != "html/template" && pkg != "text/template" {
			return nil
		}
		ti.html = pkg == "html/template"
		args := cc.Args
		recv := obj.Signature().Recv() != nil
		if want := obj.Signature().Params().Len(); recv && len(args) != want+1 || !recv && len(args) != want {
			return nil // a method value not bound here (parse := t.Parse; parse(text))
		}
		switch {
		case !recv && obj.Name() == "Must" && len(args) == 2:
			v = args[0]
			continue
		case !recv && obj.Name() == "New" && len(args) == 1:
			if !named {
				ti.name, named = typesutil.ConstString(args[0])
			}
		case recv && len(args) > 0:
			switch obj.Name() {
			case "Parse":
				text, ok := typesutil.ConstString(args[1])
				if !ok {
					return nil
				}
				texts = append(texts, text)
			case "Funcs":
				// A FuncMap not resolved (a library's sprig.FuncMap())
				// adds no entry: its functions' calls are not followed.
				fm, ok := p.funcMap(args[1], 0)
				if !ok {
					ti.opaqueFuncs = true
				}
				for k, e := range fm {
					if _, dup := ti.funcs[k]; !dup {
						ti.funcs[k] = e // the last Funcs call wins
					}
				}
			case "Delims":
				if left == "" && right == "" {
					left, _ = typesutil.ConstString(args[1])
					right, _ = typesutil.ConstString(args[2])
				}
			case "New":
				if !named {
					ti.name, named = typesutil.ConstString(args[1])
				}
			case "Option":
			default:
				return nil // Lookup, Clone, ParseFiles...: not followed
			}
			v = args[0]
			continue
		default:
			return nil
		}
		break
	}
	if !named || len(texts) == 0 {
		return nil
	}
	// Parsed in program order: the chain was walked backwards.
	for i := len(texts) - 1; i >= 0; i-- {
		t := parse.New(ti.name)
		t.Mode = parse.SkipFuncCheck
		if _, err := t.Parse(texts[i], left, right, ti.trees); err != nil {
			return nil
		}
	}
	return ti
}

// fieldStoredOnce returns the only value this package stores in a field
// of one of its own types, or nil.
func (p *pkgState) fieldStoredOnce(obj types.Object) ssa.Value {
	if obj == nil || obj.Pkg() != p.pass.Pkg {
		return nil
	}
	if vs := p.fieldStores(obj); len(vs) == 1 {
		return vs[0]
	}
	return nil
}

// funcMap resolves a FuncMap value to its entries; ok is false when it
// is not resolved (any Funcs call then leaves the template unresolved).
func (p *pkgState) funcMap(v ssa.Value, depth int) (map[string]fmEntry, bool) {
	if depth > maxTmplDepth {
		return nil, false
	}
	switch x := v.(type) {
	case *ssa.ChangeType:
		return p.funcMap(x.X, depth+1)
	case *ssa.UnOp:
		g, ok := x.X.(*ssa.Global)
		if !ok || x.Op != token.MUL {
			return nil, false
		}
		if g.Pkg == p.ssa.Pkg {
			if val := p.storedOnce(g); val != nil {
				return p.funcMap(val, depth+1)
			}
			return nil, false
		}
		return p.importedFuncMap(g.Object())
	case *ssa.Call:
		// A function that returns a FuncMap literal (NewFuncMap()): of
		// this package, each of its returns; of another, its fact.
		fn := staticOrigin(&x.Call)
		if fn == nil || len(x.Call.Args) > 0 {
			return nil, false
		}
		if fn.Pkg != p.ssa.Pkg {
			obj, _ := fn.Object().(*types.Func)
			if obj == nil || obj.Pkg() == nil || !p.isAnalysed(obj.Pkg()) {
				return nil, false
			}
			return p.importedFuncMap(obj)
		}
		return p.funcMapReturnedN(fn, depth+1)
	case *ssa.MakeMap:
		ts := p.tmplState()
		if fm, ok := ts.fms[x]; ok {
			return fm, fm != nil
		}
		fm := map[string]fmEntry{}
		for _, ref := range *x.Referrers() {
			up, ok := ref.(*ssa.MapUpdate)
			if !ok || up.Map != x {
				continue
			}
			name, ok := typesutil.ConstString(up.Key)
			if !ok {
				continue
			}
			val := up.Value
			if mi, ok := val.(*ssa.MakeInterface); ok {
				val = mi.X
			}
			var fn *ssa.Function
			switch f := val.(type) {
			case *ssa.Function:
				fn = f
			case *ssa.MakeClosure:
				fn, _ = f.Fn.(*ssa.Function)
			}
			if fn == nil || fn.Synthetic != "" {
				// A bound method, a function value: not followed.
				fm[name] = fmEntry{opaque: true}
				continue
			}
			fm[name] = fmEntry{fn: fn, callee: p.entryName(fn, x, name)}
		}
		ts.fms[x] = fm
		return fm, true
	}
	return nil, false
}

// funcMapReturned resolves the FuncMap a function of this package
// returns: the entries of every return's.
func (p *pkgState) funcMapReturned(fn *ssa.Function) (map[string]fmEntry, bool) {
	return p.funcMapReturnedN(fn, 0)
}

func (p *pkgState) funcMapReturnedN(fn *ssa.Function, depth int) (map[string]fmEntry, bool) {
	out := map[string]fmEntry{}
	found := false
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
			fm, ok := p.funcMap(ret.Results[0], depth)
			if !ok {
				return nil, false
			}
			found = true
			for k, e := range fm {
				out[k] = e
			}
		}
	}
	return out, found
}

// importedFuncMap returns the entries of another package's FuncMap
// variable or function, by its fact: none without one (no entry's
// function has a sink effect).
func (p *pkgState) importedFuncMap(obj types.Object) (map[string]fmEntry, bool) {
	var f funcMapFact
	out := map[string]fmEntry{opaqueNames: {opaque: true}}
	if obj != nil && p.pass.ImportObjectFact(obj, &f) {
		for _, e := range f.Entries {
			if e.Sum != nil {
				out[e.Name] = fmEntry{callee: e.Callee, sum: e.Sum.summary()}
			}
		}
	}
	return out, true
}

// entryName names the function of a FuncMap entry for messages: a
// declared function by its name, a function literal by the entry
// (render.Funcs["raw"]) or its own name when the map is not a package
// variable's.
func (p *pkgState) entryName(fn *ssa.Function, m *ssa.MakeMap, name string) string {
	if fn.Parent() == nil {
		return shortName(calleeName(fn))
	}
	p.storedOnce(nil) // fills p.globalStores
	for g, vs := range p.globalStores {
		if len(vs) == 1 && vs[0] == m {
			return p.pass.Pkg.Name() + "." + g.Name() + "[\"" + name + "\"]"
		}
	}
	if obj, ok := fn.Parent().Object().(*types.Func); ok && obj.Pkg() != nil {
		return shortName(obj.FullName()) + "()[\"" + name + "\"]"
	}
	return "the function literal for " + name
}

// callsFrom returns the template-function calls of the template named
// root, executed with the data as dot.
func (ti *tmplInfo) callsFrom(root string) []tmplCall {
	if cs, ok := ti.calls[root]; ok {
		return cs
	}
	w := &tmplWalker{ti: ti, seen: map[string]bool{}, dollar: ptr("")}
	if t := ti.trees[root]; t != nil && t.Root != nil {
		w.seen[root+"\x00"] = true
		w.list(t.Root, ptr(""), 0)
	}
	ti.calls[root] = w.calls
	return w.calls
}

func ptr(s string) *string { return &s }

// tmplWalker collects the calls of template functions in a tree, with
// dot as a field path of the data (nil: not followed).
type tmplWalker struct {
	ti    *tmplInfo
	seen  map[string]bool // template name + dot path visited
	calls []tmplCall
	// dollar: what $ denotes, the data a template was executed or
	// invoked with ({{template "row" .Item}} sets $ to .Item in "row").
	dollar *string
}

func (w *tmplWalker) list(l *parse.ListNode, dot *string, depth int) {
	if l == nil || depth > maxTmplDepth {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			w.pipe(n.Pipe, dot)
		case *parse.IfNode:
			w.list(n.List, dot, depth+1)
			w.list(n.ElseList, dot, depth+1)
		case *parse.WithNode:
			w.pipe(n.Pipe, dot)
			w.list(n.List, w.value(n.Pipe, dot), depth+1)
			w.list(n.ElseList, dot, depth+1)
		case *parse.RangeNode:
			// Dot is each element ({{range $i, $e := .Items}} too).
			w.pipe(n.Pipe, dot)
			var elem *string
			if p := n.Pipe; len(p.Cmds) == 1 && len(p.Cmds[0].Args) == 1 {
				if d := w.operand(p.Cmds[0].Args[0], dot); d != nil {
					elem = ptr(*d + "[]")
				}
			}
			w.list(n.List, elem, depth+1)
			w.list(n.ElseList, dot, depth+1)
		case *parse.TemplateNode:
			var d *string
			if n.Pipe != nil {
				w.pipe(n.Pipe, dot)
				d = w.value(n.Pipe, dot)
			}
			key := n.Name + "\x00"
			if d != nil {
				key += *d
			} else {
				key += "\x01"
			}
			if t := w.ti.trees[n.Name]; t != nil && !w.seen[key] {
				w.seen[key] = true
				saved := w.dollar
				w.dollar = d
				w.list(t.Root, d, depth+1)
				w.dollar = saved
			}
		}
	}
}

// pipe records the calls of template functions in a pipeline.
func (w *tmplWalker) pipe(p *parse.PipeNode, dot *string) {
	if p == nil {
		return
	}
	var prev *string // the value piped into the next command
	for i, c := range p.Cmds {
		var cur *string
		for _, a := range c.Args {
			if sub, ok := a.(*parse.PipeNode); ok {
				w.pipe(sub, dot) // {{printf "%s" (raw .Notes)}}
			}
		}
		args := func() []*string {
			var args []*string
			for _, a := range c.Args[1:] {
				args = append(args, w.operand(a, dot))
			}
			if i > 0 {
				args = append(args, prev)
			}
			return args
		}
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
			if _, ok := w.ti.funcs[id.Ident]; ok {
				w.add(tmplCall{name: id.Ident, args: args()})
			}
		} else if len(c.Args) == 1 && i == 0 {
			cur = w.operand(c.Args[0], dot)
		}
		// Field chains, which may name methods: the command's own chain
		// gets the command's arguments, a chain passed as an argument
		// none.
		for j, a := range c.Args {
			if d := w.operand(a, dot); d != nil && *d != "" && fieldChain(a) {
				call := tmplCall{name: a.String(), chain: *d}
				if j == 0 {
					call.name, call.args = c.String(), args() // the command as written, for messages
				}
				w.add(call)
			}
		}
		prev = cur
	}
}

// value returns the field path a pipeline evaluates to, when it is one
// operand ({{with .Patient}}).
func (w *tmplWalker) value(p *parse.PipeNode, dot *string) *string {
	if p == nil || len(p.Cmds) != 1 || len(p.Decl) > 0 || len(p.Cmds[0].Args) != 1 {
		return nil
	}
	return w.operand(p.Cmds[0].Args[0], dot)
}

// operand returns the field path an argument denotes: ., .F.G, $, $.F
// (nil: a constant or anything else).
func (w *tmplWalker) operand(n parse.Node, dot *string) *string {
	switch a := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		if dot == nil {
			return nil
		}
		return ptr(*dot + "." + strings.Join(a.Ident, "."))
	case *parse.VariableNode:
		if a.Ident[0] != "$" || w.dollar == nil {
			return nil
		}
		if len(a.Ident) == 1 {
			return w.dollar
		}
		return ptr(*w.dollar + "." + strings.Join(a.Ident[1:], "."))
	}
	return nil
}

// fieldChain: n is a field chain (.F.G, $.F), which the template
// evaluates name by name, calling a method where a name is one.
func fieldChain(n parse.Node) bool {
	switch a := n.(type) {
	case *parse.FieldNode:
		return true
	case *parse.VariableNode:
		return len(a.Ident) > 1
	}
	return false
}

func (w *tmplWalker) add(c tmplCall) {
	if slices.ContainsFunc(w.calls, func(o tmplCall) bool {
		return o.name == c.name && o.chain == c.chain && slices.EqualFunc(o.args, c.args, func(a, b *string) bool {
			return a == nil && b == nil || a != nil && b != nil && *a == *b
		})
	}) {
		return
	}
	w.calls = append(w.calls, c)
}

// exportFuncMaps exports, for each exported package variable holding a
// FuncMap and each exported function without parameters that returns
// one, the entries whose function has sink effects.
func (p *pkgState) exportFuncMaps() {
	for _, m := range p.ssa.Pkg.Members {
		var obj types.Object
		var fm map[string]fmEntry
		var ok bool
		switch m := m.(type) {
		case *ssa.Global:
			if obj = m.Object(); obj == nil || !obj.Exported() || !funcMapType(typesutil.Deref(m.Type())) {
				continue
			}
			if val := p.storedOnce(m); val != nil {
				fm, ok = p.funcMap(val, 0)
			}
		case *ssa.Function:
			sig := m.Signature
			if obj = m.Object(); obj == nil || !obj.Exported() || sig.Params().Len() > 0 || sig.Results().Len() != 1 || !funcMapType(sig.Results().At(0).Type()) {
				continue
			}
			fm, ok = p.funcMapReturned(m)
		}
		if !ok {
			continue
		}
		f := &funcMapFact{}
		for name, e := range fm {
			sum, callee, _ := p.entrySummary(e)
			if sum == nil || len(sum.sinks) == 0 {
				continue
			}
			f.Entries = append(f.Entries, funcMapEntry{Name: name, Callee: callee, Sum: sum.fact(p)})
		}
		if len(f.Entries) == 0 {
			continue
		}
		slices.SortFunc(f.Entries, func(a, b funcMapEntry) int { return strings.Compare(a.Name, b.Name) })
		p.pass.ExportObjectFact(obj, f)
	}
}

// funcMapType reports whether t is a map from names to functions of any
// type: template.FuncMap (either package's) or map[string]any.
func funcMapType(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok || !typesutil.IsString(m.Key()) {
		return false
	}
	iface, ok := m.Elem().Underlying().(*types.Interface)
	return ok && iface.Empty()
}
