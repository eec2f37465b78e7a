package taint

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Sinks reached through interfaces of analysed code.
//
// A program often hides its database handle behind an interface of its own
// (type Querier interface{ QueryContext(ctx, q string, args ...any)
// (*sql.Rows, error) }, set to a *sql.DB), and a handler may hold its
// response writer in one (var out htmlSink = w). A call of such an
// interface's method M, which no model names, reaches the modelled sink
// rows "(T).M" of each modelled type T that implements the interface (with
// the receiver, pointer or value, as the row names it). Which of them apply
// depends on what the call can be shown to reach:
//
//   - The interface is written against T's library: its methods name a type
//     of T's module (*sql.Rows, sql.Result, *xorm.Session). Such an
//     interface stands for the library's handle, and T's rows apply
//     whatever value the call holds (a field, a parameter set elsewhere).
//   - Otherwise (Write([]byte) (int, error), which every writer
//     implements), a row applies only when the receiver is seen to be a T:
//     a value of T's type (or, for an interface T, one implementing it)
//     converted to the interface where it is called.
//   - A row that is a sink by what its receiver holds ((io.Writer).Write,
//     a write into whatever response writer it holds) applies when the
//     receiver is a parameter of the calling function: its callers
//     decide, as for a parameter of type io.Writer (see writerParam).
//
// Rows that apply alike (same argument, class and conditions) are applied
// once, named after the first type in table order.

// ifaceSink is a sink row an interface method may reach.
type ifaceSink struct {
	sk   *models.Sink
	recv types.Type // the modelled receiver type
	// specific: the interface is written against recv's library, so the
	// row applies without seeing the value.
	specific bool
	// byWriter: a row that is a sink by what its receiver holds
	// ((io.Writer).Write: a response writer). It applies to a receiver
	// that is a parameter of the calling function, which its callers
	// pass (see writerParam); a receiver seen to be a response writer
	// gets the writer's own row instead.
	byWriter bool
}

// ifaceSinks returns the modelled sink rows that a call of the interface
// method m may reach (see above); nil unless m belongs to an interface of
// analysed code.
func (p *pkgState) ifaceSinks(m *types.Func) []ifaceSink {
	if out, ok := p.ifaceSinkCache[m]; ok {
		return out
	}
	var out []ifaceSink
	rows := models.MethodSinks(m.Name())
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if len(rows) > 0 && iface != nil && m.Pkg() != nil && (m.Pkg() == p.pass.Pkg || p.isAnalysed(m.Pkg())) {
		type key struct {
			arg                   int
			class                 models.Class
			stringOnly, firstElem bool
			mapKeys               bool
			writer                models.WriterKind
			writerAt              int
			ctx                   models.Escape
			specific              bool
		}
		seen := map[key]bool{}
		for _, sk := range rows {
			t := p.modelledRecv(sk.Func)
			if t == nil || !types.Implements(t, iface) {
				continue
			}
			byWriter := sk.Writer != models.AnyWriter && sk.WriterAt == models.Recv
			specific := !byWriter && mentionsLibrary(iface, typesutil.Deref(t))
			k := key{sk.Arg, sk.Class, sk.StringOnly, sk.FirstElem, sk.MapKeys, sk.Writer, sk.WriterAt, sk.Ctx, specific}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, ifaceSink{sk: sk, recv: t, specific: specific, byWriter: byWriter})
		}
	}
	p.ifaceSinkCache[m] = out
	return out
}

// applies reports whether the row applies to a call whose receiver is v,
// a row that is a sink by what its receiver holds aside: the interface is
// written against the row's library, or v is seen to be of its type.
func (is ifaceSink) applies(v ssa.Value) bool {
	return is.specific || valueOf(v, is.recv)
}

// CallSinks returns the modelled sink rows of class c that a call in this
// package reaches by its callee alone: the rows naming the callee, or, for
// a call of an interface method of analysed code that no row names, the
// rows of the modelled types the interface stands for (see above). It lets
// a client that checks a call's arguments by their kind, not by their
// taint (pwhash: a password bound as a query parameter), treat a
// repository's own Exec interface as the database handle the engine does.
// Rows that are sinks by what their receiver holds are left out: they
// depend on the callers.
func (r *Result) CallSinks(call ssa.CallInstruction, c models.Class) []*models.Sink {
	cc := typesutil.Unbind(call.Common())
	obj := typesutil.Callee(cc)
	if obj == nil {
		return nil
	}
	var out []*models.Sink
	for _, sk := range models.SinksFor(obj.FullName()) {
		if sk.Class == c {
			out = append(out, sk)
		}
	}
	if len(out) > 0 || !cc.IsInvoke() || r.p == nil {
		return out
	}
	for _, is := range r.p.ifaceSinks(cc.Method) {
		if is.sk.Class == c && !is.byWriter && is.applies(cc.Value) {
			out = append(out, is.sk)
		}
	}
	return out
}

// modelledRecv returns the receiver type a method row names, as the row
// names it (*sql.DB, http.ResponseWriter), when its package is among the
// packages this one imports, directly or not; nil otherwise (no value of
// it can be seen here).
func (p *pkgState) modelledRecv(full string) types.Type {
	recv, ptr, _, ok := models.SplitMethod(full)
	if !ok {
		return nil
	}
	dot := strings.LastIndex(recv, ".")
	pkg := p.importedPkg(recv[:dot])
	if pkg == nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup(recv[dot+1:]).(*types.TypeName)
	if !ok {
		return nil
	}
	t := tn.Type()
	if ptr {
		t = types.NewPointer(t)
	}
	return t
}

// importedPkg returns the package of the given path among those this
// package imports, directly or not, or nil.
func (p *pkgState) importedPkg(path string) *types.Package {
	if p.imported == nil {
		p.imported = map[string]*types.Package{}
		var walk func(pkg *types.Package)
		walk = func(pkg *types.Package) {
			for _, imp := range pkg.Imports() {
				if p.imported[imp.Path()] == nil {
					p.imported[imp.Path()] = imp
					walk(imp)
				}
			}
		}
		walk(p.pass.Pkg)
	}
	return p.imported[path]
}

// mentionsLibrary reports whether a method of iface names, in its
// parameters or results, a named type of t's library: a package whose path
// is t's package path, one under it or above it, or, for a hosted module
// (github.com/jackc/pgx/v5/pgxpool), one of the same repository.
func mentionsLibrary(iface *types.Interface, t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	lib := named.Obj().Pkg().Path()
	seen := map[types.Type]bool{}
	var mentions func(t types.Type) bool
	mentions = func(t types.Type) bool {
		t = types.Unalias(t)
		if seen[t] {
			return false
		}
		seen[t] = true
		switch x := t.(type) {
		case *types.Named:
			return x.Obj().Pkg() != nil && sameLibrary(x.Obj().Pkg().Path(), lib)
		case *types.Pointer:
			return mentions(x.Elem())
		case *types.Slice:
			return mentions(x.Elem())
		case *types.Array:
			return mentions(x.Elem())
		case *types.Map:
			return mentions(x.Key()) || mentions(x.Elem())
		case *types.Chan:
			return mentions(x.Elem())
		case *types.Signature:
			return tupleMentions(x.Params(), mentions) || tupleMentions(x.Results(), mentions)
		}
		return false
	}
	for i := 0; i < iface.NumMethods(); i++ {
		if mentions(iface.Method(i).Type()) {
			return true
		}
	}
	return false
}

func tupleMentions(t *types.Tuple, mentions func(types.Type) bool) bool {
	for i := 0; i < t.Len(); i++ {
		if mentions(t.At(i).Type()) {
			return true
		}
	}
	return false
}

// sameLibrary reports whether two package paths belong to one library:
// one is the other or under it, or both are of one hosted repository
// (host.tld/owner/repo/...).
func sameLibrary(a, b string) bool {
	if a == b || strings.HasPrefix(a, b+"/") || strings.HasPrefix(b, a+"/") {
		return true
	}
	ea, eb := strings.Split(a, "/"), strings.Split(b, "/")
	if len(ea) < 3 || len(eb) < 3 || !strings.Contains(ea[0], ".") {
		return false
	}
	return ea[0] == eb[0] && ea[1] == eb[1] && ea[2] == eb[2]
}

// valueOf reports whether v is seen to be a value of type t where it is
// used: v itself, or what an interface conversion or a named-type change
// made v from, is of type t (for an interface t, implements it).
func valueOf(v ssa.Value, t types.Type) bool {
	iface, _ := t.Underlying().(*types.Interface)
	return typesutil.Boxed(v, func(vt types.Type) bool {
		return types.Identical(vt, t) || iface != nil && types.Implements(vt, iface)
	})
}
