package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Values stored under a key in a request-scoped store (models.ContextValue:
// gin's c.Set, context.WithValue) are read back under the same key in
// other functions, typically a middleware's and a handler's. What the
// package stores under a key is package-wide state (flow-insensitive, as
// for package variables), joined into every read of that key here, and
// exported to the packages that import this one as a ctxFact. A read keeps
// its default (data of unknown origin: something this analysis does not see
// may store under the key too); what was stored adds its kinds and, when
// more severe, its origin. Under a key of an unexported type of the
// package that the package stores under, nothing else can store: the
// read is what was stored alone (privateKey).
//
// Keys are compared by identity: a constant by its type and value ("tenant",
// a typed constant userKey), a zero value of a named type by its type
// (ctxKey{}), a package variable by its name (var userKey = &key{}).

// ctxFact lists what a package stores under keys, for the keys that carry
// something: a package fact, exported only by packages that have one.
type ctxFact struct {
	Keys []ctxKeyFact
}

type ctxKeyFact struct {
	Key string
	T   factTaint
}

// AFact marks ctxFact as an analysis fact.
func (*ctxFact) AFact() {}

// String renders the fact for `// want` fact tests: "ctx(c:string:"k"=untrusted{...})".
func (f *ctxFact) String() string {
	var parts []string
	for _, k := range f.Keys {
		parts = append(parts, k.Key+"="+k.T.String())
	}
	return "ctx(" + strings.Join(parts, "; ") + ")"
}

// contextValue applies a call that stores or reads a value by key.
func (s *fnState) contextValue(cc *ssa.CallCommon, instr ssa.CallInstruction, res []Taint) {
	cc = typesutil.Unbind(cc)
	obj := typesutil.Callee(cc)
	if obj == nil {
		return
	}
	rows := models.ContextValuesFor(obj.FullName())
	if len(rows) == 0 {
		return
	}
	args := typesutil.CallArgs(cc)
	hasRecv := obj.Signature().Recv() != nil
	for _, row := range rows {
		key := ctxKey(modelArg(args, hasRecv, row.Key))
		if key == "" {
			continue
		}
		if !row.Setter() {
			t := s.p.ctxStored(key)
			if s.p.ctxStoredHere[key] && privateKey(s.p.pass.Pkg, modelArg(args, hasRecv, row.Key)) {
				// Only this package can make the key, and it stores under
				// it: the read is what was stored, nothing else.
				sig := cc.Signature()
				for i := range res {
					if i < sig.Results().Len() && carries(sig.Results().At(i).Type()) {
						res[i] = Taint{}
					}
				}
			}
			if t.Empty() {
				continue
			}
			if t.Source != nil {
				o := *t.Source
				o.Hops = append([]Step{{Pos: instr.Pos(), Desc: "stored under key " + keyLabel(key) + ", read back by " + shortName(obj.FullName())}}, o.Hops...)
				t.Source = &o
			}
			sig := cc.Signature()
			for i := range res {
				if i < sig.Results().Len() && carries(sig.Results().At(i).Type()) {
					res[i].join(t)
				}
			}
			continue
		}
		val := modelArg(args, hasRecv, row.Val)
		if val != nil && row.ValElem {
			val = firstElem(val)
		}
		if val == nil {
			continue
		}
		s.storeCtx(key, s.deep(val))
	}
}

// storeCtx records that this function stores t under key: its kinds in
// the package's key store set, and what it stores of its own parameters in
// its summary, which each call applies with the caller's arguments (a
// helper contextWith(r, u) that stores u under a key stores the header its
// middleware passes). Through parameters, what is stored stays in this
// package: summaries carry it to callers here, the ctxFact only what was
// resolved.
func (s *fnState) storeCtx(key string, t Taint) {
	if !s.p.ctxStoredHere[key] {
		if s.p.ctxStoredHere == nil {
			s.p.ctxStoredHere = map[string]bool{}
		}
		s.p.ctxStoredHere[key] = true
		s.p.shareChanged = true
	}
	if t.Params != 0 {
		s.sum.addCtxStore(key, forCallers(Taint{Params: t.Params, Blind: t.Blind, Built: t.Built, Construct: t.Construct, Esc: t.Esc}))
	}
	t = s.outside(t)
	if t.Kinds == 0 {
		return
	}
	if s.p.ctxVals == nil {
		s.p.ctxVals = map[string]*Taint{}
	}
	c := s.p.ctxVals[key]
	if c == nil {
		c = new(Taint)
		s.p.ctxVals[key] = c
	}
	if c.join(t) {
		s.p.shareChanged = true
	}
}

// ctxStore is a summary's store of parameters under a key: T's Params.
type ctxStore struct {
	Key string
	T   Taint
}

// maxCtxStores bounds the keys one summary stores parameters under.
const maxCtxStores = 8

func (s *summary) addCtxStore(key string, t Taint) {
	for i := range s.ctxStores {
		if c := &s.ctxStores[i]; c.Key == key {
			c.T.join(t)
			return
		}
	}
	if len(s.ctxStores) < maxCtxStores {
		s.ctxStores = append(s.ctxStores, ctxStore{key, t})
	}
}

// ctxString renders the summary's key stores, for change detection in the
// package fixpoint (they are not part of the fact).
func (s *summary) ctxString() string {
	var parts []string
	for _, c := range s.ctxStores {
		parts = append(parts, c.Key+"="+toFactTaint(nil, c.T).String())
	}
	slices.Sort(parts)
	return strings.Join(parts, "; ")
}

// ctxStored is what this package, and the analysed packages it imports,
// store under a key.
func (p *pkgState) ctxStored(key string) Taint {
	var t Taint
	if c := p.ctxVals[key]; c != nil {
		t = *c
	}
	if p.ctxImported == nil {
		p.ctxImported = map[string]Taint{}
		for _, pf := range p.pass.AllPackageFacts() {
			f, ok := pf.Fact.(*ctxFact)
			if !ok || pf.Package == p.pass.Pkg {
				continue
			}
			for _, k := range f.Keys {
				it := p.ctxImported[k.Key]
				it.join(fromFactTaint(k.T))
				p.ctxImported[k.Key] = it
			}
		}
	}
	t.join(p.ctxImported[key])
	return t
}

// exportCtx exports what the package stores under keys, if anything.
func (p *pkgState) exportCtx() {
	if len(p.ctxVals) == 0 {
		return
	}
	f := &ctxFact{}
	for k, t := range p.ctxVals {
		f.Keys = append(f.Keys, ctxKeyFact{Key: k, T: toFactTaint(p, *t)})
	}
	slices.SortFunc(f.Keys, func(a, b ctxKeyFact) int { return strings.Compare(a.Key, b.Key) })
	p.pass.ExportPackageFact(f)
}

// ctxKey returns the identity of a key (see above), or "" for a key that
// is none of those (a computed string).
func ctxKey(v ssa.Value) string {
	if v == nil {
		return ""
	}
	v = typesutil.Unconvert(v)
	switch x := v.(type) {
	case *ssa.Const:
		t := types.TypeString(x.Type(), nil)
		if x.Value == nil {
			if _, named := types.Unalias(x.Type()).(*types.Named); named {
				return "z:" + t // the zero value of a named type: ctxKey{}
			}
			return ""
		}
		return "c:" + t + ":" + x.Value.ExactString()
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return ""
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			if obj := a.Object(); obj != nil && obj.Pkg() != nil {
				return "g:" + obj.Pkg().Path() + "." + obj.Name()
			}
		case *ssa.Alloc:
			// ctxKey{} of a struct type with no fields, built in a local.
			st, ok := typesutil.Deref(a.Type()).Underlying().(*types.Struct)
			if _, named := types.Unalias(typesutil.Deref(a.Type())).(*types.Named); ok && named && st.NumFields() == 0 {
				return "z:" + types.TypeString(typesutil.Deref(a.Type()), nil)
			}
		}
	}
	return ""
}

// keyLabel renders a key identity for messages: "tenant", ctxvalcase.ctxKey{},
// ctxvalmw.SiteKey, keyKind(1).
func keyLabel(key string) string {
	short := func(t string) string { return t[strings.LastIndexByte(t, '/')+1:] }
	switch key[:2] {
	case "c:":
		t, v, _ := strings.Cut(key[2:], ":")
		if t == "string" {
			return v
		}
		return short(t) + "(" + v + ")"
	case "z:":
		return short(key[2:]) + "{}"
	case "g:":
		return short(key[2:])
	}
	return key
}

// privateKey reports whether the key v is a value of an unexported type
// of pkg (ctxKey{}, a typed constant of it): no other package can make
// it, so no other package stores under it.
func privateKey(pkg *types.Package, v ssa.Value) bool {
	if v == nil {
		return false
	}
	n, ok := types.Unalias(typesutil.Deref(typesutil.Unconvert(v).Type())).(*types.Named)
	return ok && n.Obj().Pkg() == pkg && !n.Obj().Exported()
}
