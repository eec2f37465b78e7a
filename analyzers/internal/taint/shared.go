package taint

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Handler state: the fields of an object that outlives a request.
//
// The receiver of a request handler (func (g *Guestbook) post(w, r)) and
// an object a handler closure captures (store in func list(store *Store)
// http.HandlerFunc { return func(w, r) { ... } }) are the same object in
// every request: what one handler stores in their fields, another reads.
// That is the in-memory guestbook, whose post handler appends the
// message and whose list handler writes every message into the page.
//
// The struct types of such objects are shared state here, a heap of the
// package's like a package variable: what the package stores at a field
// path through a pointer to one (a parameter, a free variable or a
// variable of its own, in any function), every read at that path through
// such a pointer sees, field-sensitively and flow-insensitively. Only
// what comes from outside the storing function counts (request input,
// stored data): a parameter's value is its callers' to store, through
// their own pointer. A read of a field that holds such state gets no
// parameter bit (every store the package makes is in the state, and a
// caller's view would blur what was escaped); a field that holds none
// (a configuration the constructor is given) keeps the callers' view.

// sharedTypes returns the package's shared-state struct types (see
// above), computed once: the receivers of its handler methods and the
// pointees of its handler closures' free variables.
func (p *pkgState) sharedTypes() map[*types.Named]bool {
	if p.shared != nil {
		return p.shared
	}
	p.shared = map[*types.Named]bool{}
	add := func(t types.Type) {
		if ptr, ok := t.(*types.Pointer); ok {
			if pp, ok := ptr.Elem().(*types.Pointer); ok {
				t = pp // a captured variable that holds the pointer
			}
		}
		if n := sharedStruct(t); n != nil {
			p.shared[n] = true
		}
	}
	for _, fn := range p.all {
		if !typesutil.RequestHandler(fn.Signature) {
			continue
		}
		if recv := fn.Signature.Recv(); recv != nil {
			add(recv.Type())
		}
		for _, fv := range fn.FreeVars {
			add(fv.Type())
		}
	}
	return p.shared
}

// sharedStruct returns the named struct type a pointer of type t points
// to, or nil.
func sharedStruct(t types.Type) *types.Named {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return nil
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// sharedRoot returns the shared-state type a field path under root is
// in, and the path in it: root is a parameter, a free variable or a
// variable that points to one (path ".entries"), or holds such a pointer
// (path "*.entries"). Nil otherwise.
func (p *pkgState) sharedRoot(root ssa.Value, path string) (*types.Named, string) {
	switch root.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Alloc:
	default:
		return nil, ""
	}
	t := root.Type()
	if rest, ok := strings.CutPrefix(path, "*"); ok {
		ptr, isPtr := t.(*types.Pointer)
		if !isPtr {
			return nil, ""
		}
		t, path = ptr.Elem(), rest
	}
	if !strings.HasPrefix(path, ".") {
		return nil, "" // the pointer itself, or the whole pointee
	}
	n := sharedStruct(t)
	if n == nil || !p.sharedTypes()[n] {
		return nil, ""
	}
	return n, path
}

// storeShared records what is stored at path under root, when that is
// shared state.
func (s *fnState) storeShared(root ssa.Value, path string, t Taint) {
	n, path := s.p.sharedRoot(root, path)
	if n == nil {
		return
	}
	t.Params, t.Blind, t.EscP = 0, 0, 0
	if t.Empty() {
		return
	}
	if escKinds(t) {
		t.Esc |= models.EscHTML // the parameters dropped were the unescaped part
	}
	if t.Source != nil {
		// Where it was stored, for the reader's message.
		o := *t.Source
		pos := s.fn.Pos()
		if s.at != nil && s.at.Pos().IsValid() {
			pos = s.at.Pos()
		}
		o.Hops = append([]Step{{Pos: pos, Desc: "stored in " + n.Obj().Name() + path + ", state every request shares"}}, o.Hops...)
		t.Source = &o
	}
	fs := s.p.sharedFields[n]
	for _, e := range fs {
		if e.path == path {
			if e.t.join(t) {
				s.p.shareChanged = true
			}
			return
		}
	}
	if s.p.sharedFields == nil {
		s.p.sharedFields = map[*types.Named][]*globalField{}
	}
	s.p.sharedFields[n] = append(fs, &globalField{path: path, t: t})
	s.p.shareChanged = true
}

// loadShared is what the package stored at path under root; ok is false
// when that is not shared state, or the package stored nothing there
// that came from outside the storing function (a field set only from
// parameters, such as a configuration a constructor is given, keeps the
// callers' view).
func (s *fnState) loadShared(root ssa.Value, path string) (t Taint, ok bool) {
	n, path := s.p.sharedRoot(root, path)
	if n == nil {
		return t, false
	}
	for _, e := range s.p.sharedFields[n] {
		if related(e.path, path) {
			t.join(e.t)
			ok = true
		}
	}
	return t, ok
}
