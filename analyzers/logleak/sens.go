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
}

type hop struct {
	pos  token.Pos
	desc string
}

func (o *origin) with(h hop) *origin {
	c := *o
	c.hops = append([]hop{h}, o.hops...)
	return &c
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
		return "log an id, tag the field `json:\"-\"` for a JSON logger, or implement String/LogValue to leave the field out"
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
	c       *checker
	pass    *analysis.Pass
	res     *taint.Result
	exprs   map[token.Pos]ast.Expr
	results map[*ssa.Function]*resultSum
	logs    map[*ssa.Function][]paramLog
	seen    map[string]bool
	diags   []analysis.Diagnostic
	slog    models.Render // the renderer of slog's handler in this package
}

// resultSum: per result, a sensitive value the function returns, or the
// parameters the result is built from.
type resultSum struct {
	o      []*origin
	params []uint64
}

// at returns the summary of result idx (-1: a single result).
func (s *resultSum) at(idx int) (*origin, uint64) {
	if idx < 0 {
		idx = 0
	}
	if idx >= len(s.o) {
		return nil, 0
	}
	return s.o[idx], s.params[idx]
}

// paramLog: a function writes its parameter to a log.
type paramLog struct {
	param  int // SSA parameter index (receiver 0)
	sink   string
	where  string
	render models.Render
}

func newPkg(c *checker, pass *analysis.Pass, res *taint.Result) *pkg {
	a := &pkg{
		c: c, pass: pass, res: res,
		exprs:   map[token.Pos]ast.Expr{},
		results: map[*ssa.Function]*resultSum{},
		logs:    map[*ssa.Function][]paramLog{},
		seen:    map[string]bool{},
		slog:    models.RenderEither,
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

// walker evaluates whether a value is sensitive, backwards over SSA.
type walker struct {
	a      *pkg
	fn     *ssa.Function
	seen   map[ssa.Value]bool
	params uint64 // parameters of fn the value depends on
	depth  int
}

func (a *pkg) walker(fn *ssa.Function) *walker {
	return &walker{a: a, fn: fn, seen: map[ssa.Value]bool{}}
}

const maxDepth = 40

// keyed is the origin of a value logged under a constant key naming it.
func (w *walker) keyed(key string, v ssa.Value, pos token.Pos) *origin {
	k, what := w.a.c.classify(key)
	if k == 0 || v == nil || isConst(v) || typesutil.IsSafeType(underType(v)) {
		return nil
	}
	if w.sanitised(v) {
		return nil
	}
	return &origin{kind: k, what: what, desc: fmt.Sprintf("logged under key %q", key), pos: pos}
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

// sanitised: the value is the result of a masking, hashing or configured
// sanitiser call.
func (w *walker) sanitised(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Call:
			if obj := callee(x.Common()); obj != nil {
				return w.a.isSanitiser(obj)
			}
		case *ssa.BinOp:
			return x.Op != token.ADD
		}
		return false
	}
}

func (a *pkg) isSanitiser(obj *types.Func) bool {
	name := obj.FullName()
	if a.c.sanitisers[name] || models.SanitisingName(obj.Name()) {
		return true
	}
	if s := models.LogSanitiserFor(name); s != nil && s.Clean&models.Sensitive != 0 {
		return true
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

// fieldOrigin: reading a field whose name or tag says it is sensitive.
func (w *walker) fieldOrigin(ptr types.Type, i int, pos token.Pos) *origin {
	st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nil
	}
	f := st.Field(i)
	if !textual(f.Type()) {
		return nil
	}
	k, what := w.a.c.classifyField(f, st.Tag(i))
	if k == 0 {
		return nil
	}
	d := w.a.describe(pos)
	if d == "" {
		d = "field " + f.Name()
	}
	return &origin{kind: k, what: what, desc: d, pos: pos}
}

// eval returns the origin of the first sensitive value v is built from,
// or nil; parameters of fn that v depends on accumulate in w.params.
func (w *walker) eval(v ssa.Value) *origin {
	if v == nil || w.seen[v] || w.depth > maxDepth {
		return nil
	}
	w.seen[v] = true
	w.depth++
	defer func() { w.depth-- }()
	if o := w.a.typeOrigin(v.Type(), v.Pos()); o != nil {
		return o
	}
	if typesutil.IsSafeType(v.Type()) {
		return nil
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if k, what := w.a.c.classify(v.Name()); k != 0 && textual(v.Type()) {
			return &origin{kind: k, what: what, desc: "parameter " + v.Name(), pos: v.Pos()}
		}
		for i, p := range v.Parent().Params {
			if p == v && i < 64 {
				w.params |= 1 << i
			}
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			if o := w.eval(v.X); o != nil {
				return o
			}
			return w.eval(v.Y)
		}
	case *ssa.Convert:
		return w.eval(v.X)
	case *ssa.ChangeType:
		return w.eval(v.X)
	case *ssa.MakeInterface:
		return w.eval(v.X)
	case *ssa.ChangeInterface:
		return w.eval(v.X)
	case *ssa.MultiConvert:
		return w.eval(v.X)
	case *ssa.SliceToArrayPointer:
		return w.eval(v.X)
	case *ssa.TypeAssert:
		return w.eval(v.X)
	case *ssa.Slice:
		return w.eval(v.X)
	case *ssa.Index:
		return w.eval(v.X)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if o := w.eval(e); o != nil {
				return o
			}
		}
	case *ssa.Extract:
		if c, ok := v.Tuple.(*ssa.Call); ok {
			return w.call(c, v.Index)
		}
		return w.eval(v.Tuple)
	case *ssa.Call:
		return w.call(v, -1)
	case *ssa.UnOp:
		switch v.Op {
		case token.MUL:
			return w.load(v.X)
		case token.ARROW:
			return nil
		}
		return w.eval(v.X)
	case *ssa.Field:
		if o := w.fieldOrigin(v.X.Type(), v.Field, v.Pos()); o != nil {
			return o
		}
		if u, ok := v.X.(*ssa.UnOp); ok && u.Op == token.MUL {
			root, path := rootOf(u.X)
			return w.stores(root, path+"."+fieldName(v.X.Type(), v.Field))
		}
	case *ssa.FieldAddr:
		if o := w.fieldOrigin(v.X.Type(), v.Field, v.Pos()); o != nil {
			return o
		}
		root, path := rootOf(v)
		return w.stores(root, path)
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			if key, ok := constString(v.Index); ok {
				if k, what := w.a.c.classify(key); k != 0 {
					return &origin{kind: k, what: what, desc: fmt.Sprintf("value under key %q", key), pos: v.Pos()}
				}
				return nil
			}
			return nil
		}
		return w.eval(v.X)
	case *ssa.Alloc, *ssa.MakeMap, *ssa.MakeSlice:
		return w.stores(v, "")
	}
	return nil
}

// load is the origin of what is read through a pointer.
func (w *walker) load(addr ssa.Value) *origin {
	switch x := addr.(type) {
	case *ssa.FieldAddr:
		if o := w.fieldOrigin(x.X.Type(), x.Field, x.Pos()); o != nil {
			return o
		}
		root, path := rootOf(x)
		return w.stores(root, path)
	case *ssa.IndexAddr:
		root, path := rootOf(x)
		return w.stores(root, path)
	case *ssa.Alloc:
		return w.stores(x, "")
	case *ssa.Global, *ssa.FreeVar:
		return nil
	}
	return w.eval(addr)
}

// stores is the origin of what was stored at root+path (or under it).
func (w *walker) stores(root ssa.Value, path string) *origin {
	if p, ok := root.(*ssa.Parameter); ok {
		if path != "" {
			// A field read through a parameter: a sensitive field is
			// caught by its name; the whole parameter is not what flows.
			return nil
		}
		return w.eval(p)
	}
	if _, ok := root.(*ssa.Alloc); !ok {
		if _, ok := root.(*ssa.MakeMap); !ok {
			if _, ok := root.(*ssa.MakeSlice); !ok {
				return w.eval(root)
			}
		}
	}
	return w.storesInto(root, "", path, 0)
}

func (w *walker) storesInto(addr ssa.Value, prefix, want string, depth int) *origin {
	refs := addr.Referrers()
	if refs == nil || depth > 4 {
		return nil
	}
	for _, ref := range *refs {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr == addr && len(want) > len(prefix) && !textual(r.Val.Type()) {
				// A field of a whole struct stored here (a spilled
				// parameter): the other fields are not what is read.
				continue
			}
			if r.Addr == addr && related(prefix, want) {
				if o := w.eval(r.Val); o != nil {
					return o
				}
			}
		case *ssa.FieldAddr:
			if r.X != addr {
				continue
			}
			p := prefix + "." + fieldName(r.X.Type(), r.Field)
			if !related(p, want) {
				continue
			}
			if o := w.fieldOrigin(r.X.Type(), r.Field, r.Pos()); o != nil && storesNonConst(r) {
				return o
			}
			if o := w.storesInto(r, p, want, depth+1); o != nil {
				return o
			}
		case *ssa.IndexAddr:
			if r.X != addr {
				continue
			}
			if o := w.storesInto(r, prefix+"[]", want, depth+1); o != nil {
				return o
			}
		case *ssa.MapUpdate:
			if r.Map != addr {
				continue
			}
			if key, ok := constString(r.Key); ok {
				if o := w.keyed(key, r.Value, r.Pos()); o != nil {
					o.desc = fmt.Sprintf("value under key %q", key)
					return o
				}
				if k, _ := w.a.c.classify(key); k == 0 {
					if o := w.eval(r.Value); o != nil {
						return o
					}
				}
				continue
			}
			if o := w.eval(r.Value); o != nil {
				return o
			}
		case *ssa.Call:
			// Writers into a builder or buffer: WriteString, Fprintf.
			obj := callee(r.Common())
			if obj == nil {
				continue
			}
			args := argsOf(r.Common(), obj)
			recv := obj.Signature().Recv() != nil && !r.Common().IsInvoke() && len(r.Common().Args) > 0 && r.Common().Args[0] == addr
			for _, pr := range models.PropagatorsFor(obj.FullName()) {
				into := (pr.To == models.Recv && recv) || (pr.To >= 0 && pr.To < len(args) && args[pr.To] == addr)
				if !into {
					continue
				}
				if pr.From == models.AllArgs {
					for _, x := range args {
						if x == addr {
							continue
						}
						if o := w.eval(x); o != nil {
							return o
						}
					}
				} else if pr.From >= 0 && pr.From < len(args) {
					if o := w.eval(args[pr.From]); o != nil {
						return o
					}
				}
			}
		}
	}
	return nil
}

// storesNonConst reports whether a non-constant value is stored at the
// field address.
func storesNonConst(fa *ssa.FieldAddr) bool {
	for _, ref := range *fa.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == fa && !isConst(st.Val) {
			return true
		}
	}
	return false
}

// related reports whether one field path is a prefix of the other.
func related(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(a, b) && (len(a) == len(b) || a[len(b)] == '.' || a[len(b)] == '[')
}

// rootOf returns the memory root of an address and the path from it.
func rootOf(v ssa.Value) (ssa.Value, string) {
	switch a := v.(type) {
	case *ssa.FieldAddr:
		r, p := rootOf(a.X)
		return r, p + "." + fieldName(a.X.Type(), a.Field)
	case *ssa.IndexAddr:
		r, p := rootOf(a.X)
		return r, p + "[]"
	case *ssa.Slice:
		return rootOf(a.X)
	case *ssa.ChangeType:
		return rootOf(a.X)
	}
	return v, ""
}

func fieldName(ptr types.Type, i int) string {
	if st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// call is the origin of a call's result (index idx of a tuple, or -1).
func (w *walker) call(c *ssa.Call, idx int) *origin {
	cc := c.Common()
	if b, ok := cc.Value.(*ssa.Builtin); ok {
		if b.Name() == "append" {
			for _, x := range cc.Args {
				if o := w.eval(x); o != nil {
					return o
				}
			}
		}
		return nil
	}
	obj := callee(cc)
	if obj == nil {
		return nil
	}
	name := obj.FullName()
	if w.a.isSanitiser(obj) {
		return nil
	}
	args := argsOf(cc, obj)
	if ks := models.KeyedSourceFor(name); ks != nil {
		if ks.Key < 0 {
			if ks.Result == models.Result || ks.Result == idx || (idx < 0 && ks.Result == 0) {
				return &origin{kind: ks.Kind, what: ks.What, desc: w.a.describe(c.Pos()), pos: c.Pos()}
			}
			return nil
		}
		if ks.Key < len(args) {
			if key, ok := constString(args[ks.Key]); ok {
				if k, what := w.a.c.classify(key); k != 0 {
					return &origin{kind: k, what: what, desc: w.a.describe(c.Pos()), pos: c.Pos()}
				}
			}
		}
		return nil
	}
	sig := obj.Signature()
	if resultTextual(sig, idx) {
		if k, what := w.a.c.classifyAccessor(obj.Name()); k != 0 {
			d := w.a.describe(c.Pos())
			if d == "" {
				d = "result of " + shortName(name)
			}
			return &origin{kind: k, what: what, desc: d, pos: c.Pos()}
		}
	}
	// Analysed code of this package: its summary.
	if fn := cc.StaticCallee(); fn != nil && fn.Pkg == w.a.res.SSA.Pkg && fn.Blocks != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		o, params := w.a.resultOf(fn).at(idx)
		if o != nil {
			return o.with(hop{c.Pos(), "returned by " + shortName(name)})
		}
		if errorResult(sig, idx) {
			// An error a callee returns carries its argument only when
			// the callee builds it so (its own origin above); most
			// errors name what failed, not the secret (gitea).
			return nil
		}
		return w.paramsOf(cc, obj, params, c.Pos(), name)
	}
	if obj.Pkg() != nil && obj.Pkg() != w.a.pass.Pkg {
		var f funcFact
		if w.a.pass.ImportObjectFact(obj, &f) {
			i := max(idx, 0)
			if i < len(f.Results) && f.Results[i].Kind != 0 {
				r := f.Results[i]
				return &origin{kind: models.Kind(r.Kind), what: r.What, desc: r.Desc, where: r.Where,
					hops: []hop{{c.Pos(), "returned by " + shortName(name)}}}
			}
			if i < len(f.Results) && !errorResult(sig, idx) {
				return w.paramsOf(cc, obj, f.Results[i].Params, c.Pos(), name)
			}
			return nil
		}
	}
	// Pure code: the result is built from the arguments (fmt.Sprintf,
	// fmt.Errorf, strings.TrimSpace, errors.New); an error's or a
	// Stringer's text is built from its receiver.
	if obj.Pkg() != nil && models.IsPurePackage(obj.Pkg().Path()) || (cc.IsInvoke() && (obj.Name() == "Error" || obj.Name() == "String")) {
		all := cc.Args
		if cc.IsInvoke() {
			all = append([]ssa.Value{cc.Value}, cc.Args...)
		}
		for _, x := range all {
			if o := w.eval(x); o != nil {
				return o.with(hop{c.Pos(), "passed through " + shortName(name)})
			}
		}
	}
	return nil
}

// paramsOf evaluates the arguments a callee's result depends on.
func (w *walker) paramsOf(cc *ssa.CallCommon, obj *types.Func, params uint64, pos token.Pos, name string) *origin {
	for i := 0; i < 64 && params != 0; i++ {
		if params&(1<<i) == 0 {
			continue
		}
		// Only text flows through a parameter: a struct or a pointer to
		// one (a receiver whose Name field builds FullName()) does not
		// bring all of its fields along (gitea's MigrateOptions).
		a := paramArg(cc, obj, i)
		if a == nil || !textual(a.Type()) {
			continue
		}
		if o := w.eval(a); o != nil {
			return o.with(hop{pos, "passed through " + shortName(name)})
		}
	}
	return nil
}

func resultTextual(sig *types.Signature, idx int) bool {
	r := sig.Results()
	if idx >= 0 {
		return idx < r.Len() && textual(r.At(idx).Type()) && !isError(r.At(idx).Type())
	}
	return r.Len() == 1 && textual(r.At(0).Type()) && !isError(r.At(0).Type())
}

func errorResult(sig *types.Signature, idx int) bool {
	r := sig.Results()
	i := max(idx, 0)
	return i < r.Len() && isError(r.At(i).Type())
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// resultOf summarises what fn returns (memoised; recursion is cut).
func (a *pkg) resultOf(fn *ssa.Function) *resultSum {
	if s, ok := a.results[fn]; ok {
		return s
	}
	n := fn.Signature.Results().Len()
	a.results[fn] = &resultSum{}
	s := &resultSum{o: make([]*origin, n), params: make([]uint64, n)}
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			for i, r := range ret.Results {
				if i >= n {
					break
				}
				w := a.walker(fn)
				if x := w.eval(r); x != nil && s.o[i] == nil {
					s.o[i] = x
				}
				s.params[i] |= w.params
			}
		}
	}
	a.results[fn] = s
	return s
}

// logsOf returns the parameters fn writes to a log (memoised).
func (a *pkg) logsOf(fn *ssa.Function) []paramLog {
	if l, ok := a.logs[fn]; ok {
		return l
	}
	a.logs[fn] = nil
	var out []paramLog
	add := func(bits uint64, sink, where string, r models.Render) {
		for i := 0; i < 64; i++ {
			if bits&(1<<i) == 0 {
				continue
			}
			dup := false
			for _, p := range out {
				dup = dup || p.param == i
			}
			if !dup && len(out) < 8 {
				out = append(out, paramLog{param: i, sink: sink, where: where, render: r})
			}
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			obj := callee(cc)
			if obj == nil {
				continue
			}
			name := obj.FullName()
			args := argsOf(cc, obj)
			for _, row := range a.c.sinksFor(name) {
				if row.Stdout || row.Arg >= len(args) {
					continue
				}
				w := a.walker(fn)
				w.eval(args[row.Arg])
				if isVariadicSlice(args[row.Arg]) {
					for _, e := range indexedElems(args[row.Arg]) {
						if e != nil {
							w.eval(e)
						}
					}
				}
				add(w.params, shortName(name), typesutil.Position(a.pass.Fset, call.Pos()), row.Render)
			}
			for _, pl := range a.logsParams(cc, obj) {
				w := a.walker(fn)
				w.eval(paramArg(cc, obj, pl.param))
				add(w.params, pl.sink, pl.where, pl.render)
			}
		}
	}
	a.logs[fn] = out
	return out
}

// logsParams returns the parameters a callee writes to a log: from its
// summary in this package or its fact.
func (a *pkg) logsParams(cc *ssa.CallCommon, obj *types.Func) []paramLog {
	if fn := cc.StaticCallee(); fn != nil && fn.Pkg == a.res.SSA.Pkg && fn.Blocks != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		return a.logsOf(fn)
	}
	if cc.IsInvoke() || obj.Pkg() == nil || obj.Pkg() == a.pass.Pkg {
		return nil
	}
	var f funcFact
	if !a.pass.ImportObjectFact(obj, &f) {
		return nil
	}
	var out []paramLog
	for _, l := range f.Logs {
		out = append(out, paramLog{param: l.Param, sink: l.Sink, where: l.Where, render: models.Render(l.Render)})
	}
	return out
}

// summarise computes the summaries of every function of the package.
func (a *pkg) summarise() {
	for _, fn := range a.res.SSA.SrcFuncs {
		a.resultOf(fn)
		a.logsOf(fn)
	}
}
