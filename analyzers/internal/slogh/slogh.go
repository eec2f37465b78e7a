// Package slogh resolves what a package knows of the handler behind a
// *slog.Logger: how it renders whole values (JSON or text) and which keys
// its HandlerOptions.ReplaceAttr redacts. It reads the package's SSA only
// (no facts): loggers made, stored and returned in the package.
package slogh

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Handler is what is known of the handler behind a logger.
type Handler struct {
	// Render is the handler's renderer (models.RenderSlogJSON or
	// RenderSlogText), 0 when not knowable or not one kind.
	Render models.Render
	// replace holds the ReplaceAttr function of every handler the logger
	// may have; nil when one of them has none or is not known.
	replace []ssa.Value
}

// Resolver answers for one package; it caches what it reads.
type Resolver struct {
	pkg    *ssa.Package
	funcs  []*ssa.Function
	stores map[types.Object][]ssa.Value
	def    *Handler
	memo   map[memoKey]bool
	// globals: the one value stored into each package variable, or nil
	// (globalOnce).
	globals map[*ssa.Global]ssa.Value
}

type memoKey struct {
	fn  ssa.Value
	key string
}

// New returns a resolver over the package's source functions.
func New(pkg *ssa.Package, funcs []*ssa.Function) *Resolver {
	return &Resolver{pkg: pkg, funcs: funcs, memo: map[memoKey]bool{}}
}

// Logger resolves the handler behind the *slog.Logger v:
// slog.New(slog.NewJSONHandler(w, opts)) or NewTextHandler, through With
// and WithGroup, phis, calls of functions of this package that return
// one, and fields or package variables every store of which in this
// package makes such a logger.
func (r *Resolver) Logger(v ssa.Value) Handler { return r.logger(v, 0) }

func (r *Resolver) logger(v ssa.Value, depth int) Handler {
	if depth > 8 || v == nil {
		return Handler{}
	}
	switch x := v.(type) {
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil {
			return Handler{}
		}
		switch obj.FullName() {
		case "log/slog.New":
			if len(x.Call.Args) == 1 {
				return r.handler(x.Call.Args[0])
			}
		case "(*log/slog.Logger).With", "(*log/slog.Logger).WithGroup":
			return r.logger(x.Call.Args[0], depth+1)
		default:
			// A constructor of this package: newLogger().
			fn := x.Call.StaticCallee()
			if fn == nil || fn.Pkg != r.pkg || fn.Blocks == nil || fn.Signature.Results().Len() != 1 {
				return Handler{}
			}
			var rets []ssa.Value
			for _, b := range fn.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
					rets = append(rets, ret.Results[0])
				}
			}
			return r.agree(rets, depth)
		}
	case *ssa.Phi:
		return r.agree(x.Edges, depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return Handler{}
		}
		switch addr := x.X.(type) {
		case *ssa.FieldAddr:
			if st, ok := typesutil.Deref(addr.X.Type()).Underlying().(*types.Struct); ok {
				return r.agree(r.storesTo()[st.Field(addr.Field)], depth)
			}
		case *ssa.Global:
			return r.agree(r.storesTo()[addr.Object()], depth)
		}
	}
	return Handler{}
}

// handler resolves a slog.Handler value made by slog.NewJSONHandler or
// NewTextHandler here, with the ReplaceAttr of its options.
func (r *Resolver) handler(v ssa.Value) Handler {
	c, ok := typesutil.Unconvert(v).(*ssa.Call)
	if !ok {
		return Handler{}
	}
	h := typesutil.Callee(c.Common())
	if h == nil || len(c.Call.Args) != 2 {
		return Handler{}
	}
	var out Handler
	switch h.FullName() {
	case "log/slog.NewJSONHandler":
		out.Render = models.RenderSlogJSON
	case "log/slog.NewTextHandler":
		out.Render = models.RenderSlogText
	default:
		return Handler{}
	}
	if f := r.replaceAttr(c.Call.Args[1]); f != nil {
		out.replace = []ssa.Value{f}
	}
	return out
}

// replaceAttr returns the ReplaceAttr function stored into options built
// in place (&slog.HandlerOptions{ReplaceAttr: f}), directly or in a
// package variable set once, or nil.
func (r *Resolver) replaceAttr(opts ssa.Value) ssa.Value {
	opts = typesutil.Unconvert(opts)
	if u, ok := opts.(*ssa.UnOp); ok && u.Op == token.MUL {
		if g, ok := u.X.(*ssa.Global); ok {
			opts = r.globalOnce(g)
		}
	}
	alloc, ok := opts.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var f ssa.Value
	for _, ref := range *alloc.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != alloc || fieldName(alloc.Type(), fa.Field) != "ReplaceAttr" {
			continue
		}
		for _, fr := range *fa.Referrers() {
			if st, ok := fr.(*ssa.Store); ok && st.Addr == fa {
				if f != nil {
					return nil // assigned twice: not one function
				}
				f = st.Val
			}
		}
	}
	return f
}

// agree is what all of vs have in common: one renderer, and the
// ReplaceAttr functions of all when each has one.
func (r *Resolver) agree(vs []ssa.Value, depth int) Handler {
	if len(vs) == 0 {
		return Handler{}
	}
	var out Handler
	for i, v := range vs {
		h := r.logger(v, depth+1)
		if i == 0 {
			out = h
			continue
		}
		if h.Render != out.Render {
			out.Render = 0
		}
		if h.replace == nil || out.replace == nil {
			out.replace = nil
		} else {
			out.replace = append(append([]ssa.Value(nil), out.replace...), h.replace...)
		}
	}
	return out
}

// Default resolves the handler of slog's default logger as this package
// sets it: every slog.SetDefault call here passes a logger of that
// handler. Unknown (zero) when the package does not set it.
func (r *Resolver) Default() Handler {
	if r.def != nil {
		return *r.def
	}
	var loggers []ssa.Value
	for _, fn := range r.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				c, ok := instr.(*ssa.Call)
				if !ok {
					continue
				}
				if obj := typesutil.Callee(c.Common()); obj != nil && obj.FullName() == "log/slog.SetDefault" && len(c.Call.Args) == 1 {
					loggers = append(loggers, c.Call.Args[0])
				}
			}
		}
	}
	h := r.agree(loggers, 0)
	r.def = &h
	return h
}

// storesTo maps each *slog.Logger field and package variable to the
// values this package stores into it (a constructor's
// &Logger{S: slog.New(...)} is such a store in SSA).
func (r *Resolver) storesTo() map[types.Object][]ssa.Value {
	if r.stores != nil {
		return r.stores
	}
	r.stores = map[types.Object][]ssa.Value{}
	for _, fn := range r.allFuncs() {
		r.collectStores(fn)
	}
	return r.stores
}

// allFuncs is the package's source functions (anonymous ones included)
// and its init with the closures of its variable initialisers, which are
// not source functions: each once, so that a store is counted once.
func (r *Resolver) allFuncs() []*ssa.Function {
	out := slices.Clone(r.funcs)
	seen := map[*ssa.Function]bool{}
	for _, fn := range out {
		seen[fn] = true
	}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if seen[fn] {
			return
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	if init := r.pkg.Func("init"); init != nil {
		add(init)
	}
	return out
}

func (r *Resolver) collectStores(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || typesutil.NamedPath(st.Val.Type()) != "log/slog.Logger" {
				continue
			}
			switch addr := st.Addr.(type) {
			case *ssa.FieldAddr:
				if s, ok := typesutil.Deref(addr.X.Type()).Underlying().(*types.Struct); ok {
					f := s.Field(addr.Field)
					r.stores[f] = append(r.stores[f], st.Val)
				}
			case *ssa.Global:
				r.stores[addr.Object()] = append(r.stores[addr.Object()], st.Val)
			}
		}
	}
}

// Redacts reports whether the logger's handler replaces the value of
// every top-level attribute with this constant key by one that carries
// nothing of it: each of its ReplaceAttr functions, given an attribute
// with this key, returns on every path an attribute whose value does not
// come from the one it was given (slog.String(a.Key, "[REDACTED]"),
// slog.Attr{}, a.Value = slog.StringValue("***")). Keys are decided
// through ==, switch, strings.ToLower and the tests of stringTests
// (Contains, HasPrefix...), a map of constant keys (sensitive[a.Key]),
// and slices.Contains on a constant list; a condition it cannot decide is
// taken both ways. A ReplaceAttr that does something else (renames the
// time key) redacts nothing.
//
// The caller must check that the value is not a group: slog calls
// ReplaceAttr on a group's members, not on the group (a LogValuer
// resolving to one).
func (r *Resolver) Redacts(h Handler, key string) bool {
	if len(h.replace) == 0 {
		return false
	}
	for _, f := range h.replace {
		k := memoKey{f, key}
		ok, seen := r.memo[k]
		if !seen {
			ok = r.redacts(f, key)
			r.memo[k] = ok
		}
		if !ok {
			return false
		}
	}
	return true
}

func (r *Resolver) redacts(f ssa.Value, key string) bool {
	var fn *ssa.Function
	bind := map[*ssa.FreeVar]ssa.Value{}
	switch x := typesutil.Unconvert(f).(type) {
	case *ssa.Function:
		fn = x
	case *ssa.MakeClosure:
		fn, _ = x.Fn.(*ssa.Function)
		if fn != nil {
			for i, fv := range fn.FreeVars {
				if i < len(x.Bindings) {
					bind[fv] = x.Bindings[i]
				}
			}
		}
	}
	if fn == nil || fn.Blocks == nil || len(fn.Params) != 2 || fn.Pkg != r.pkg {
		return false
	}
	e := &eval{r: r, fn: fn, attr: fn.Params[1], key: key, bind: bind}
	return e.walk(fn.Blocks[0], nil)
}

// eval walks the paths of a ReplaceAttr function with the attribute's key
// fixed.
type eval struct {
	r     *Resolver
	fn    *ssa.Function
	attr  *ssa.Parameter
	key   string
	bind  map[*ssa.FreeVar]ssa.Value
	steps int
}

// walk reports whether every return reachable from b along path redacts.
func (e *eval) walk(b *ssa.BasicBlock, path []*ssa.BasicBlock) bool {
	e.steps++
	if e.steps > 2000 {
		return false
	}
	for _, p := range path {
		if p == b {
			return true // a loop's back edge: its exits are walked from the first visit
		}
	}
	path = append(path[:len(path):len(path)], b)
	switch last := b.Instrs[len(b.Instrs)-1].(type) {
	case *ssa.Return:
		return len(last.Results) == 1 && !e.carries(last.Results[0], path, map[ssa.Value]bool{})
	case *ssa.If:
		if v, ok := e.boolOf(last.Cond, path); ok {
			if v {
				return e.walk(b.Succs[0], path)
			}
			return e.walk(b.Succs[1], path)
		}
		return e.walk(b.Succs[0], path) && e.walk(b.Succs[1], path)
	case *ssa.Panic:
		return true
	}
	for _, s := range b.Succs {
		if !e.walk(s, path) {
			return false
		}
	}
	return true
}

// phiEdge is the edge of a phi taken on this path, or nil.
func phiEdge(p *ssa.Phi, path []*ssa.BasicBlock) ssa.Value {
	for i := len(path) - 1; i > 0; i-- {
		if path[i] == p.Block() {
			for j, pred := range p.Block().Preds {
				if pred == path[i-1] {
					return p.Edges[j]
				}
			}
			return nil
		}
	}
	return nil
}

func (e *eval) boolOf(v ssa.Value, path []*ssa.BasicBlock) (bool, bool) {
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.Bool {
			return constant.BoolVal(x.Value), true
		}
	case *ssa.UnOp:
		if x.Op == token.NOT {
			b, ok := e.boolOf(x.X, path)
			return !b, ok
		}
	case *ssa.BinOp:
		if x.Op == token.EQL || x.Op == token.NEQ {
			l, lok := e.stringOf(x.X, path)
			rr, rok := e.stringOf(x.Y, path)
			if lok && rok {
				return (l == rr) == (x.Op == token.EQL), true
			}
		}
	case *ssa.Phi:
		if ed := phiEdge(x, path); ed != nil {
			return e.boolOf(ed, path)
		}
	case *ssa.Lookup:
		// sensitive[a.Key] in a map of constant bools.
		if m, ok := e.constMap(x.X); ok {
			if k, ok := e.stringOf(x.Index, path); ok {
				val, in := m[k]
				if !in {
					return false, true // the zero value
				}
				if val != nil && val.Kind() == constant.Bool {
					return constant.BoolVal(val), true
				}
			}
		}
	case *ssa.Extract:
		// _, ok := sensitive[a.Key]
		if l, ok := x.Tuple.(*ssa.Lookup); ok && l.CommaOk && x.Index == 1 {
			if m, ok := e.constMap(l.X); ok {
				if k, ok := e.stringOf(l.Index, path); ok {
					_, in := m[k]
					return in, true
				}
			}
		}
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil || len(x.Call.Args) != 2 {
			break
		}
		switch obj.FullName() {
		case "slices.Contains":
			if list, ok := e.constList(x.Call.Args[0]); ok {
				if k, ok := e.stringOf(x.Call.Args[1], path); ok {
					for _, s := range list {
						if s == k {
							return true, true
						}
					}
					return false, true
				}
			}
		case "strings.EqualFold", "strings.Contains", "strings.HasPrefix", "strings.HasSuffix":
			l, lok := e.stringOf(x.Call.Args[0], path)
			rr, rok := e.stringOf(x.Call.Args[1], path)
			if lok && rok {
				return stringTests[obj.FullName()](l, rr), true
			}
		}
	}
	return false, false
}

// stringTests are the strings functions of two strings that answer a
// question boolOf can decide when both are known.
var stringTests = map[string]func(string, string) bool{
	"strings.EqualFold": strings.EqualFold, "strings.Contains": strings.Contains,
	"strings.HasPrefix": strings.HasPrefix, "strings.HasSuffix": strings.HasSuffix,
}

// stringOf evaluates text: constants, the attribute's Key, and
// strings.ToLower, ToUpper and TrimSpace of those.
func (e *eval) stringOf(v ssa.Value, path []*ssa.BasicBlock) (string, bool) {
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return constant.StringVal(x.Value), true
		}
	case *ssa.Field:
		if x.X == e.attr && fieldName(x.X.Type(), x.Field) == "Key" {
			return e.key, true
		}
	case *ssa.UnOp:
		// a.Key where a is kept in memory (its Value reassigned).
		if fa, ok := x.X.(*ssa.FieldAddr); ok && x.Op == token.MUL && fieldName(fa.X.Type(), fa.Field) == "Key" {
			if alloc, ok := fa.X.(*ssa.Alloc); ok {
				whole, key := e.allocStores(alloc, path)
				if key != nil {
					return e.stringOf(key, path)
				}
				if whole == e.attr {
					return e.key, true
				}
			}
		}
	case *ssa.Phi:
		if ed := phiEdge(x, path); ed != nil {
			return e.stringOf(ed, path)
		}
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil || len(x.Call.Args) != 1 {
			break
		}
		s, ok := e.stringOf(x.Call.Args[0], path)
		if !ok {
			break
		}
		switch obj.FullName() {
		case "strings.ToLower":
			return strings.ToLower(s), true
		case "strings.ToUpper":
			return strings.ToUpper(s), true
		case "strings.TrimSpace":
			return strings.TrimSpace(s), true
		}
	}
	return "", false
}

// constMap resolves a map of constant keys: a map literal in a package
// variable (set once, in init, never updated elsewhere in the package), a
// captured local, or a local of the function itself.
func (e *eval) constMap(v ssa.Value) (map[string]constant.Value, bool) {
	mm, ok := e.held(v).(*ssa.MakeMap)
	if !ok {
		return nil, false
	}
	out := map[string]constant.Value{}
	for _, ref := range *mm.Referrers() {
		up, ok := ref.(*ssa.MapUpdate)
		if !ok || up.Map != mm {
			continue
		}
		k, ok := up.Key.(*ssa.Const)
		if !ok || k.Value == nil || k.Value.Kind() != constant.String {
			return nil, false
		}
		var val constant.Value
		if c, ok := typesutil.Unconvert(up.Value).(*ssa.Const); ok {
			val = c.Value
		}
		out[constant.StringVal(k.Value)] = val
	}
	return out, true
}

// constList resolves a slice literal of constant strings, held as a
// constMap's map is.
func (e *eval) constList(v ssa.Value) ([]string, bool) {
	els, ok := typesutil.InPlaceElems(e.held(v))
	if !ok {
		return nil, false
	}
	var out []string
	for _, el := range els {
		c, ok := el.Val.(*ssa.Const)
		if !ok || c.Value == nil || c.Value.Kind() != constant.String {
			return nil, false
		}
		out = append(out, constant.StringVal(c.Value))
	}
	return out, true
}

// held resolves a variable read to the one value it holds: a captured
// variable's binding, a package variable set once (globalOnce), a local
// stored once (typesutil.StoredOnce). nil when there is no one value.
func (e *eval) held(v ssa.Value) ssa.Value {
	for range 4 {
		switch x := v.(type) {
		case *ssa.FreeVar:
			v = e.bind[x]
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v
			}
			switch addr := x.X.(type) {
			case *ssa.Global:
				v = e.r.globalOnce(addr)
			case *ssa.Alloc:
				v = typesutil.StoredOnce(addr)
			case *ssa.FreeVar:
				a, ok := e.bind[addr].(*ssa.Alloc)
				if !ok {
					return nil
				}
				v = typesutil.StoredOnce(a)
			default:
				return nil
			}
		default:
			return v
		}
	}
	return v
}

// globalOnce returns the one value the package stores into g, when it
// stores exactly one and never writes into the map or slice it holds
// elsewhere (sensitive["x"] = false, delete, index stores) nor lets its
// address escape: nil otherwise. (A Global has no referrers in SSA: the
// package's functions are scanned once.)
func (r *Resolver) globalOnce(g *ssa.Global) ssa.Value {
	if r.globals == nil {
		r.globals = map[*ssa.Global]ssa.Value{}
		bad := map[*ssa.Global]bool{}
		count := map[*ssa.Global]int{}
		scan := func(fn *ssa.Function) {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					var ops [8]*ssa.Value
					for _, op := range instr.Operands(ops[:0]) {
						gl, ok := (*op).(*ssa.Global)
						if !ok {
							continue
						}
						switch x := instr.(type) {
						case *ssa.Store:
							if x.Addr == gl {
								r.globals[gl] = x.Val
								count[gl]++
							} else {
								bad[gl] = true // its address stored
							}
						case *ssa.UnOp:
							if x.Op != token.MUL || writesThrough(x) {
								bad[gl] = true
							}
						default:
							bad[gl] = true
						}
					}
				}
			}
		}
		for _, fn := range r.allFuncs() {
			scan(fn)
		}
		for gl := range r.globals {
			if bad[gl] || count[gl] != 1 {
				r.globals[gl] = nil
			}
		}
	}
	return r.globals[g]
}

// writesThrough reports whether a loaded map or slice is written into.
func writesThrough(load *ssa.UnOp) bool {
	for _, ref := range *load.Referrers() {
		switch w := ref.(type) {
		case *ssa.MapUpdate, *ssa.IndexAddr:
			return true
		case *ssa.Call:
			if b, ok := w.Call.Value.(*ssa.Builtin); ok && (b.Name() == "delete" || b.Name() == "clear" || b.Name() == "copy") {
				return true
			}
		}
	}
	return false
}

// carries reports whether v, a returned attribute or a part of one, may
// hold the value of the attribute ReplaceAttr was given, on this path.
// Unknown values do.
func (e *eval) carries(v ssa.Value, path []*ssa.BasicBlock, seen map[ssa.Value]bool) bool {
	if v == nil {
		return false
	}
	if seen[v] {
		return false
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Parameter:
		return x == e.attr
	case *ssa.Const, *ssa.Global, *ssa.FreeVar, *ssa.Function:
		return false
	case *ssa.Field:
		if x.X == e.attr && fieldName(x.X.Type(), x.Field) == "Key" {
			return false
		}
		return e.carries(x.X, path, seen)
	case *ssa.MakeInterface:
		return e.carries(x.X, path, seen)
	case *ssa.ChangeType:
		return e.carries(x.X, path, seen)
	case *ssa.Convert:
		return e.carries(x.X, path, seen)
	case *ssa.BinOp:
		return e.carries(x.X, path, seen) || e.carries(x.Y, path, seen)
	case *ssa.Phi:
		if ed := phiEdge(x, path); ed != nil {
			return e.carries(ed, path, seen)
		}
		for _, ed := range x.Edges {
			if e.carries(ed, path, seen) {
				return true
			}
		}
		return false
	case *ssa.Call:
		if obj := typesutil.Callee(x.Common()); obj != nil && models.SanitisingName(typesutil.PkgQualified(obj)) {
			return false // mask(a.Value.String())
		}
		if x.Call.IsInvoke() && e.carries(x.Call.Value, path, seen) {
			return true
		}
		for _, a := range x.Call.Args {
			if e.carries(a, path, seen) {
				return true
			}
		}
		return false
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return e.carries(x.X, path, seen)
		}
		// A struct in memory (slog.Attr{Key: a.Key, Value: ...}, or a
		// copy of a whose Value is reassigned): what this path stored.
		if alloc, ok := x.X.(*ssa.Alloc); ok {
			return e.allocCarries(alloc, path, seen)
		}
		// One field of it: its Key carries nothing of the value.
		if fa, ok := x.X.(*ssa.FieldAddr); ok {
			if alloc, ok := fa.X.(*ssa.Alloc); ok {
				whole, key, value := e.allocParts(alloc, path)
				switch fieldName(alloc.Type(), fa.Field) {
				case "Key":
					return key != nil && e.carries(key, path, seen) || key == nil && whole != e.attr && e.carries(whole, path, seen)
				case "Value":
					if value != nil {
						return e.carries(value, path, seen)
					}
					return e.carries(whole, path, seen)
				}
			}
		}
		return true
	}
	return true
}

// allocCarries reports whether a local slog.Attr holds the given
// attribute's value at the end of this path: the last store into its
// Value field, else the last store of a whole attribute, else the zero
// Attr. A Key set to "" drops the attribute.
func (e *eval) allocCarries(alloc *ssa.Alloc, path []*ssa.BasicBlock, seen map[ssa.Value]bool) bool {
	whole, key, value := e.allocParts(alloc, path)
	if key != nil {
		if s, ok := e.stringOf(key, path); ok && s == "" {
			return false
		}
	}
	if value != nil {
		return e.carries(value, path, seen)
	}
	return e.carries(whole, path, seen)
}

// allocStores is allocParts without the Value field.
func (e *eval) allocStores(alloc *ssa.Alloc, path []*ssa.BasicBlock) (whole, key ssa.Value) {
	whole, key, _ = e.allocParts(alloc, path)
	return whole, key
}

// allocParts returns the last values this path stores into a local
// attribute: whole, into its Key field and into its Value field since.
func (e *eval) allocParts(alloc *ssa.Alloc, path []*ssa.BasicBlock) (whole, key, value ssa.Value) {
	for _, b := range path {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			if st.Addr == alloc {
				whole, key, value = st.Val, nil, nil
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok || fa.X != alloc {
				continue
			}
			switch fieldName(alloc.Type(), fa.Field) {
			case "Value":
				value = st.Val
			case "Key":
				key = st.Val
			}
		}
	}
	return whole, key, value
}

func fieldName(ptr types.Type, i int) string {
	if st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

// Call resolves the handler a slog call logs through: its *slog.Logger
// receiver's (Logger), or for slog's package functions the default
// logger as this package sets it (Default). Zero for other calls.
func (r *Resolver) Call(name string, cc *ssa.CallCommon) Handler {
	if cc.IsInvoke() {
		return Handler{}
	}
	if len(cc.Args) > 0 && typesutil.NamedPath(cc.Args[0].Type()) == "log/slog.Logger" && strings.HasPrefix(name, "(*log/slog.Logger).") {
		return r.Logger(cc.Args[0])
	}
	if defaultSinks[name] {
		return r.Default()
	}
	return Handler{}
}

// defaultSinks are slog's package functions that log through the default
// logger (not the attribute constructors, which log nothing).
var defaultSinks = func() map[string]bool {
	m := map[string]bool{"log/slog.Log": true, "log/slog.LogAttrs": true}
	for _, n := range []string{"Debug", "Info", "Warn", "Error"} {
		m["log/slog."+n] = true
		m["log/slog."+n+"Context"] = true
	}
	return m
}()

// Hides reports whether the handler h writes something else for v logged
// under key: its ReplaceAttr redacts the key (Redacts), and v is not a
// value slog resolves to a group, whose members ReplaceAttr sees under
// their own keys (a LogValuer, a slog.Value or Attr, an interface that
// may hold one).
func (r *Resolver) Hides(h Handler, key string, v ssa.Value) bool {
	if len(h.replace) == 0 {
		return false
	}
	t := v.Type()
	if mi, ok := v.(*ssa.MakeInterface); ok {
		t = mi.X.Type()
	}
	if types.IsInterface(t) || typesutil.NamedPath(t) == "log/slog.Value" || typesutil.NamedPath(t) == "log/slog.Attr" {
		return false
	}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		if ms.At(i).Obj().Name() == "LogValue" {
			return false
		}
	}
	return r.Redacts(h, key)
}

// Hidden returns the values of a slog sink argument (row, of the call's
// arguments args without the receiver) that the handler writes something
// else for: in a key-value list, each value whose constant key the
// logger's handler redacts; for an attribute constructor
// (slog.String(key, v)), v when every call the attribute is logged by
// (Info's list, LogAttrs) hides its key. nil when none.
func (r *Resolver) Hidden(instr ssa.CallInstruction, name string, row *models.LogSink, args []ssa.Value) map[ssa.Value]bool {
	if row.Render != models.RenderSlog || row.Arg >= len(args) {
		return nil
	}
	arg := args[row.Arg]
	switch {
	case row.KV:
		h := r.Call(name, typesutil.Unbind(instr.Common()))
		if len(h.replace) == 0 {
			return nil
		}
		els, _ := typesutil.InPlaceElems(arg)
		byIndex := map[int]ssa.Value{}
		for _, el := range els {
			if el.Index >= 0 {
				byIndex[el.Index] = el.Val
			}
		}
		// slog's pairing (argsToAttr): a string is a key and takes the
		// next element as its value; anything else (an Attr, a bad key)
		// stands alone.
		var out map[ssa.Value]bool
		for i := 0; i < len(els); {
			k := byIndex[i]
			if k == nil {
				break // an element not known: the pairing after it is not
			}
			kt := k.Type()
			if mi, ok := k.(*ssa.MakeInterface); ok {
				kt = mi.X.Type()
			}
			if b, ok := kt.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
				i++
				continue
			}
			key, isConst := typesutil.ConstString(k)
			if v := byIndex[i+1]; isConst && v != nil && r.Hides(h, key, v) {
				if out == nil {
					out = map[ssa.Value]bool{}
				}
				out[v] = true
			}
			i += 2
		}
		return out
	case row.Key && row.Arg > 0:
		key, ok := typesutil.ConstString(args[row.Arg-1])
		c, isCall := instr.(*ssa.Call)
		if !ok || !isCall {
			return nil
		}
		sinks := attrSinks(c)
		if len(sinks) == 0 {
			return nil
		}
		for _, s := range sinks {
			obj := typesutil.Callee(s.Common())
			if obj == nil || !r.Hides(r.Call(obj.FullName(), typesutil.Unbind(s.Common())), key, arg) {
				return nil
			}
		}
		return map[ssa.Value]bool{arg: true}
	}
	return nil
}

// attrSinks returns the calls an attribute is passed to in a variadic
// list built in place (logger.Info(msg, attr), LogAttrs(ctx, l, msg,
// attr)); nil when it is used any other way.
func attrSinks(attr *ssa.Call) []ssa.CallInstruction {
	var out []ssa.CallInstruction
	var uses func(v ssa.Value) bool
	uses = func(v ssa.Value) bool {
		for _, ref := range *v.Referrers() {
			switch x := ref.(type) {
			case *ssa.MakeInterface:
				if !uses(x) {
					return false
				}
			case *ssa.Store:
				ia, ok := x.Addr.(*ssa.IndexAddr)
				if !ok || x.Val != v {
					return false
				}
				alloc, ok := ia.X.(*ssa.Alloc)
				if !ok {
					return false
				}
				for _, ar := range *alloc.Referrers() {
					sl, ok := ar.(*ssa.Slice)
					if !ok {
						continue
					}
					for _, sr := range *sl.Referrers() {
						c, ok := sr.(ssa.CallInstruction)
						if !ok {
							return false
						}
						out = append(out, c)
					}
				}
			default:
				return false
			}
		}
		return true
	}
	if !uses(attr) {
		return nil
	}
	return out
}

// InLogValue reports whether fn is, or is a closure of, a LogValue method
// (slog.LogValuer's): the attributes and values it builds are its
// result, which slog resolves where the value is logged; they are
// written nowhere in it.
func InLogValue(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	sig := fn.Signature
	return sig.Recv() != nil && fn.Name() == "LogValue" && sig.Params().Len() == 0 &&
		sig.Results().Len() == 1 && typesutil.NamedPath(sig.Results().At(0).Type()) == "log/slog.Value"
}

// IsConstructor reports whether obj is a function of log/slog that
// builds an attribute or a value (slog.String, slog.GroupValue), not a
// logging call.
func IsConstructor(obj *types.Func) bool {
	if obj.Pkg() == nil || obj.Pkg().Path() != "log/slog" {
		return false
	}
	sig := obj.Signature()
	if sig.Recv() != nil || sig.Results().Len() != 1 {
		return false
	}
	switch typesutil.NamedPath(sig.Results().At(0).Type()) {
	case "log/slog.Attr", "log/slog.Value":
		return true
	}
	return false
}
