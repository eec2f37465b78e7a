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
// above), computed once: the receivers of its handler methods, the
// pointees of the free variables of handler closures made outside any
// request (a closure made while serving one captures that request's
// values), and the concrete types the package stores in their interface
// fields (an App's repo Repo holding a *memRepo), whose methods see the
// object through their own receiver. A struct behind a pointer field
// needs no entry: a path continues through a pointer loaded from a field
// (s.board.items is the Site's ".board.items"). A type made for one
// request (a framework's request context) is never shared.
func (p *pkgState) sharedTypes() map[*types.Named]bool {
	if p.shared != nil {
		return p.shared
	}
	p.shared = map[*types.Named]bool{}
	var work []*types.Named
	add := func(t types.Type) {
		if ptr, ok := t.(*types.Pointer); ok {
			if pp, ok := ptr.Elem().(*types.Pointer); ok {
				t = pp // a captured variable that holds the pointer
			}
		}
		if n := sharedStruct(t); n != nil && !p.shared[n] && !typesutil.RequestScoped(t) {
			p.shared[n] = true
			work = append(work, n)
		}
	}
	for _, fn := range p.all {
		if !typesutil.RequestHandler(fn.Signature) {
			continue
		}
		if recv := fn.Signature.Recv(); recv != nil {
			add(recv.Type())
		}
		if !madePerRequest(fn) {
			for _, fv := range fn.FreeVars {
				add(fv.Type())
			}
		}
	}
	if len(work) > 0 && p.slots == nil {
		p.scanSlots() // only for packages with shared state
	}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for f := range n.Underlying().(*types.Struct).Fields() {
			if types.IsInterface(f.Type()) {
				for _, t := range p.ifaceSlots[f] {
					add(t)
				}
			}
		}
	}
	return p.shared
}

// madePerRequest reports whether closure fn is made while a request is
// served: a function it is declared in takes a request-scoped value.
func madePerRequest(fn *ssa.Function) bool {
	for up := fn.Parent(); up != nil; up = up.Parent() {
		for _, prm := range up.Params {
			if typesutil.RequestScoped(prm.Type()) {
				return true
			}
		}
	}
	return false
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
	s.storeSharedIn(n, path, t)
}

// storeSharedParam records a callee's write at path under its parameter
// prm, when that points to shared state: the caller's argument may be an
// interface the shared object holds (a.repo.Save(note)), which gives the
// store no root of its own.
func (s *fnState) storeSharedParam(prm *types.Var, path string, t Taint) {
	if prm == nil || !strings.HasPrefix(path, ".") {
		return
	}
	if n := sharedStruct(prm.Type()); n != nil && s.p.sharedTypes()[n] {
		s.storeSharedIn(n, path, t)
	}
}

// storeSharedIn records what is stored at path of shared type n.
func (s *fnState) storeSharedIn(n *types.Named, path string, t Taint) {
	t.Params, t.Blind, t.EscP = 0, 0, 0
	// Input and stored data only (the kinds injection sinks care about):
	// a password or a secret a server keeps in its state is judged by
	// the field it is kept in (logleak's and pwhash's names), not spread
	// to every read of the type.
	t.clean(models.Sensitive | models.Password)
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
		o.Kept = n.Obj().Name() + path
		o.Hops = append([]Step{{Pos: pos, Desc: "stored in " + o.Kept + " here"}}, o.Hops...)
		t.Source = &o
	}
	if s.p.sharedFields == nil {
		s.p.sharedFields = map[*types.Named][]*globalField{}
	}
	var changed bool
	s.p.sharedFields[n], changed = storeField(s.p.sharedFields[n], path, t)
	s.p.shareChanged = s.p.shareChanged || changed
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
	return loadField(s.p.sharedFields[n], path, false)
}
