package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// fnState is the taint of one function's values and memory.
type fnState struct {
	p      *pkgState
	fn     *ssa.Function
	at     ssa.Instruction // the instruction visit is at
	vals   map[ssa.Value]Taint
	tuples map[ssa.Value][]Taint
	locs   map[ssa.Value][]locEntry
	sum    *summary
	flows  []*Flow
	// changed is set when a value or location grew in this iteration.
	changed bool
	names   []string
	exp     bool
	inPhi   map[*ssa.Phi]bool    // guards load through cycles of pointer phis
	guards  map[ssa.Value][]bool // per checked value: blocks where it passed an allow-list check
	// passEdges: per checked value, the edges (from, to block index) an
	// allow-list check on it passes along.
	passEdges map[ssa.Value]map[blockEdge]bool
	// schemeEdges: per value, the edges along which its URL scheme check
	// (strings.HasPrefix(u, "https://")) passed.
	schemeEdges map[ssa.Value]map[blockEdge]bool
	// errGuards: per error, the blocks reached only where a check of its
	// kind failed (errors.Is, an IsErrX predicate).
	errGuards map[ssa.Value][]bool
	// schemeGuards: per text, the blocks reached only where a check of
	// its start against a prefix that fixes a URL's scheme passed
	// (strings.HasPrefix(u, "https://")).
	schemeGuards map[ssa.Value][]bool
	// escGuards: per text, the blocks reached only where a check showed
	// it holds none of the characters that matter in some output
	// contexts: as escaped for those (strings.ContainsAny(s, "<>\"'")
	// false: HTML; an anchored regexp of a colour: HTML and CSS).
	escGuards map[ssa.Value][]escGuard
	// locGuard: checks on fields, which hold for every load (guards.go).
	locGuard locGuardState
	// fieldParams names the field-parameter bits: bit 32+k of Params is
	// what the function read at fieldParams[k] (a field of a parameter).
	fieldParams []paramPath
	// resFields holds, per call, the field contents of its results from
	// the callee's summary, for the call's (or Extract's) value.
	resFields map[ssa.Value][][]locEntry
	cur       *ssa.BasicBlock // block of the instruction being visited
	refDepth  int             // bounds reads through stored pointers
	// storingRef: the store in progress is of the entry's ref pointer.
	storingRef bool
	// aliases maps a call's result to the argument the callee returns
	// unchanged (summary.aliases): the same memory.
	aliases map[ssa.Value]ssa.Value
	// spills maps a local variable to the struct parameter stored in it
	// whole (the parameter spilled because its address is taken): reads
	// of its fields read the parameter's fields.
	spills map[*ssa.Alloc]*spill
	// kills: per memory root, the loop that overwrites all its elements
	// (nil: none); post: what is stored into such a root inside or after
	// that loop (see strong.go).
	kills map[ssa.Value]*killLoop
	post  map[ssa.Value]*Taint
	// sharedBits: the bit fieldBit gave a path read after the 32 field
	// bits were used up.
	sharedBits map[paramPath]uint64
	// keyMat: the text values that hold key material by their use, each
	// with its credential source (keyuse.go).
	keyMat map[ssa.Value]Taint
}

// spill is the struct parameter, or the struct under a parameter (an
// element of a slice parameter: the variable of a range over it), that a
// local variable holds whole.
type spill struct {
	param *ssa.Parameter
	path  string
}

// paramPath is a field path under a parameter: param 0, path ".tableName".
type paramPath struct {
	param int
	path  string
}

// fieldBit returns the Params bit for a read of path under parameter i.
// When the 32 field bits are used up, a plain field shares the bit of a
// plain field read before under the same parameter (plainField), and
// other paths get the whole parameter's bit.
func (s *fnState) fieldBit(i int, path string) uint64 {
	for k, fp := range s.fieldParams {
		if fp.param == i && fp.path == path {
			return 1 << (32 + k)
		}
	}
	if len(s.fieldParams) >= 32 {
		// Decided once per path: each load asks again, every iteration.
		key := paramPath{i, path}
		if b, ok := s.sharedBits[key]; ok {
			return b
		}
		b := uint64(1) << i
		if name, ok := plainField(path); ok {
			for k, fp := range s.fieldParams {
				if other, ok := plainField(fp.path); ok && fp.param == i && token.IsExported(other) == token.IsExported(name) {
					b = 1 << (32 + k)
					break
				}
			}
		}
		if s.sharedBits == nil {
			s.sharedBits = map[paramPath]uint64{}
		}
		s.sharedBits[key] = b
		return b
	}
	s.fieldParams = append(s.fieldParams, paramPath{i, path})
	return 1 << (32 + len(s.fieldParams) - 1)
}

// plainField returns the last field name of a field path when the name
// says nothing of what the field holds (models.NameKind; not a generic
// name such as Name, which a record's type makes personal data): such a
// field may share its Params bit with another (fieldBit). A wide request
// struct read field by field (miniflux's FeedCreationRequest, 23 fields)
// would otherwise hand each caller the whole struct, its Cookie and
// Password, for any one field that reaches a sink.
func plainField(path string) (string, bool) {
	name := path[strings.LastIndexByte(path, '.')+1:]
	if name == "" || strings.Contains(name, "[") || models.GenericField(name) {
		return "", false
	}
	if k, _, _ := models.NameKind(name, ""); k != 0 {
		return "", false
	}
	return name, true
}

// paramNames names each Params bit: "q" for a parameter, "r.tableName" for
// a field read under one.
func (s *fnState) paramNames() []string {
	out := make([]string, 32+len(s.fieldParams))
	copy(out, s.names)
	for k, fp := range s.fieldParams {
		if fp.param < len(s.names) {
			out[32+k] = s.names[fp.param] + fp.path
		}
	}
	return out
}

// settable returns the Params bits that callers outside the package can
// set to any text: whole parameters, and fields whose last name is
// exported, unless their type is an enumeration (see enum): such a value
// is one of the constants its package declares, by the type's contract.
func (s *fnState) settable() uint64 {
	bits := uint64(1<<32 - 1)
	for i, prm := range s.fn.Params {
		if i < 32 && s.p.enum(prm.Type()) {
			bits &^= 1 << i
		}
	}
	for k, fp := range s.fieldParams {
		name := fp.path[strings.LastIndexAny(fp.path, ".")+1:]
		// Elements of the parameter itself (tags[i]) are as settable as
		// the parameter, unless they are structs read whole, whose
		// unexported fields are not.
		if strings.Trim(name, "[]") == "" {
			if fp.param >= len(s.fn.Params) {
				continue
			}
			if et := pathType(s.fn.Params[fp.param].Type(), fp.path); et == nil || isStruct(et) {
				continue
			}
		} else if !token.IsExported(strings.TrimSuffix(name, "[]")) {
			continue
		}
		if fp.param < len(s.fn.Params) && s.p.enum(pathType(s.fn.Params[fp.param].Type(), fp.path)) {
			continue
		}
		bits |= 1 << (32 + k)
	}
	return bits
}

// containerElem returns the type of an element of a slice, array or map
// (the "[]" of a field path), or nil.
func containerElem(t types.Type) types.Type {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}

// pathType returns the type of the value at a field path ("r.opts.Order",
// "[]") under a value of type t, or nil.
func pathType(t types.Type, path string) types.Type {
	for path != "" {
		if t == nil {
			return nil
		}
		t = typesutil.Deref(t)
		if rest, ok := strings.CutPrefix(path, "[]"); ok {
			if t = containerElem(t); t == nil {
				return nil
			}
			path = rest
			continue
		}
		rest, ok := strings.CutPrefix(path, ".")
		if !ok {
			return nil
		}
		name := rest
		if i := strings.IndexAny(rest, ".["); i >= 0 {
			name = rest[:i]
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		var ft types.Type
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() == name {
				ft = st.Field(i).Type()
				break
			}
		}
		t, path = ft, rest[len(name):]
	}
	return t
}

// locEntry is what was stored at a field path of a memory root.
type locEntry struct {
	path string
	t    Taint
	// ref is the one pointer ever stored here, if any: a deeper read
	// (x.f.g after x.f = p) reads p.g instead of everything p reaches.
	ref   ssa.Value
	multi bool // more than one pointer was stored: no ref
	other bool // something else was stored too: no ref
}

// maxVia bounds the chain of wrappers between a call and a sink.
const maxVia = 6

// maxIters bounds the local fixpoint over a function's instructions.
const maxIters = 8

// analyse computes the taint of fn's values by fixpoint (values are
// recomputed from their operands, memory only grows), then its summary and
// flows.
func (p *pkgState) analyse(fn *ssa.Function) *fnState {
	s := &fnState{
		p:      p,
		fn:     fn,
		vals:   map[ssa.Value]Taint{},
		tuples: map[ssa.Value][]Taint{},
		locs:   map[ssa.Value][]locEntry{},
		exp:    exported(fn),
	}
	for _, prm := range fn.Params {
		s.names = append(s.names, prm.Name())
	}
	for _, fv := range fn.FreeVars {
		s.names = append(s.names, fv.Name()) // their bits: see fvIndex
	}
	s.findGuards()
	s.findKills()
	s.findKeyMaterial()
	for iter := 0; iter < maxIters; iter++ {
		s.changed = false
		s.sum = &summary{results: make([]Taint, fn.Signature.Results().Len())}
		s.flows = nil
		for _, b := range fn.Blocks {
			s.cur = b
			for _, instr := range b.Instrs {
				s.visit(instr)
			}
		}
		if !s.changed {
			break
		}
	}
	s.cur = nil
	s.sum.fieldParams = s.fieldParams
	s.sum.masks = p.masking(fn, s.sum)
	s.sum.headers = p.funcHeaders(fn)
	return s
}

// val is the taint of a value itself (not what it points to).
func (s *fnState) val(v ssa.Value) Taint {
	switch v := v.(type) {
	case *ssa.Parameter:
		for i, p := range s.fn.Params {
			// A time parameter only when named as a date of birth.
			if p == v && i < 32 && (!typesutil.HoldsNoText(v.Type()) && !s.p.opaque(v.Type()) || isTime(v.Type()) && !s.p.paramSource(v).Empty()) {
				t := s.p.paramSource(v)
				if kt, ok := s.keyMat[v]; ok {
					t.join(kt)
				}
				t.Params = 1 << i
				return s.guard(v, t)
			}
		}
		return Taint{}
	case *ssa.FreeVar:
		var t Taint
		if ft := s.p.fvs[v]; ft != nil {
			t = *ft
		}
		if bit := s.fvBit(v); bit != 0 {
			// The bit stands for what the binders bind: escaped as the
			// bindings seen are, or joining it would drop their escaping.
			bt := Taint{Params: bit}
			if !t.Empty() {
				bt.Esc = t.Esc
			}
			t.join(s.guard(v, bt))
		}
		return t
	case *ssa.Const, *ssa.Function, *ssa.Builtin, *ssa.Global:
		return Taint{}
	}
	if t, ok := s.vals[v]; ok {
		return s.guard(v, t)
	}
	return Taint{}
}

// fvIndex returns the Params bit index of a free variable of a closure
// (see fnState.fn), or -1: free variable k is bit len(Params)+k, within
// the first 32, when its type can carry text. Reads of it carry the bit
// as a parameter's would, so that the closure's summary says which sinks
// its free variables reach: the function that makes the closure binds
// them (closureSinks). Calls of the closure pass its parameters only, so
// its callers never instantiate these bits.
func (s *fnState) fvIndex(v *ssa.FreeVar) int {
	if typesutil.HoldsNoText(v.Type()) || s.p.opaque(v.Type()) {
		return -1
	}
	for k, fv := range s.fn.FreeVars {
		if fv == v {
			if i := len(s.fn.Params) + k; i < 32 {
				return i
			}
		}
	}
	return -1
}

// fvBit returns fvIndex's bit, or 0.
func (s *fnState) fvBit(v *ssa.FreeVar) uint64 {
	if i := s.fvIndex(v); i >= 0 {
		return 1 << i
	}
	return 0
}

// fvMask returns the Params bits of the function's free variables and of
// the fields read under them: bits of the closure's summary only, which
// the values and flows clients see do not carry (see withoutFV).
func (s *fnState) fvMask() uint64 {
	n := len(s.fn.Params)
	if len(s.fn.FreeVars) == 0 || n >= 32 {
		return 0
	}
	var m uint64
	for i := n; i < n+len(s.fn.FreeVars) && i < 32; i++ {
		m |= 1 << i
	}
	for k, fp := range s.fieldParams {
		if fp.param >= n {
			m |= 1 << (32 + k)
		}
	}
	return m
}

// withoutFV drops the bits of free variables (fvMask) from t.
func (s *fnState) withoutFV(t Taint) Taint {
	if m := s.fvMask(); t.Params&m != 0 {
		t.Params &^= m
		t.Blind &^= m
	}
	return t
}

// guard cleans a value of injection kinds where an allow-list check on it
// (slices.Contains, == a constant, a comma-ok map lookup, a regexp match)
// has passed on every path: in the blocks guards marks clean for it.
func (s *fnState) guard(v ssa.Value, t Taint) Taint { return s.guardAt(v, t, s.cur) }

// guardAt is guard in block b.
func (s *fnState) guardAt(v ssa.Value, t Taint, b *ssa.BasicBlock) Taint {
	if t.Empty() || b == nil {
		return t
	}
	if clean := s.guards[v]; clean != nil && clean[b.Index] || s.locChecked(v, b.Index, -1) {
		t = checked(t)
	}
	if sg := s.schemeGuards[v]; sg != nil && sg[b.Index] || s.locSchemeChecked(v, b) {
		t.Esc |= models.EscScheme
	}
	for _, g := range s.escGuards[v] {
		if g.blocks[b.Index] {
			t.Esc |= g.esc
		}
	}
	if other := s.errGuards[v]; other != nil && other[b.Index] {
		// An error that failed a check of its kind (!IsErrUserNotExist(err),
		// !errors.Is(err, ErrNotExist)): the errors that quote the input
		// (not found, invalid) were handled, what is left names a failure
		// below (a database, a network): not the credentials or personal
		// data passed in.
		t.clean(models.Sensitive)
		t.Blind = t.Params
	}
	return t
}

// escGuardKey and escGuard: a check that shows a text escaped for esc
// (see fnState.escGuards), and the blocks where it holds.
type escGuardKey struct {
	v   ssa.Value
	esc models.Escape
}

type escGuard struct {
	esc    models.Escape
	blocks []bool
	edges  map[blockEdge]bool // the check's own edges (into a join)
}

// checked is t after an allow-list check on its value passed: without
// injection kinds.
func checked(t Taint) Taint {
	t.Kinds &^= models.Injection
	t.Params, t.Blind = 0, 0
	if t.Kinds == 0 {
		t.Source = nil
	}
	return t
}

// phiEdge is the taint of the value a phi receives along its i-th edge.
// The value is read at the end of that predecessor, on that edge: where an
// allow-list check on it passed there, or the edge is the check's passing
// outcome, it is clean, though the phi's own block is not (the failing
// branch replaced the value with a default: "if !slices.Contains(l, dir)
// { dir = "ASC" }").
func (s *fnState) phiEdge(phi *ssa.Phi, i int) Taint {
	e := phi.Edges[i]
	t := s.val(e)
	if t.Empty() || i >= len(phi.Block().Preds) {
		return t
	}
	pred := phi.Block().Preds[i].Index
	if clean := s.guards[e]; clean != nil && clean[pred] || s.passEdges[e][blockEdge{pred, phi.Block().Index}] ||
		s.locChecked(e, pred, phi.Block().Index) {
		t = checked(t)
	}
	// if !strings.HasPrefix(u, "https://") { u = defaultURL }: the
	// value arriving along the passed check's edge has a safe scheme.
	if sg := s.schemeGuards[e]; sg != nil && sg[pred] || s.schemeEdges[e][blockEdge{pred, phi.Block().Index}] ||
		s.edgeSchemeChecked(e, pred, phi.Block().Index) {
		t.Esc |= models.EscScheme
	}
	for _, g := range s.escGuards[e] {
		if g.blocks[pred] || g.edges[blockEdge{pred, phi.Block().Index}] {
			t.Esc |= g.esc
		}
	}
	return t
}

// blockEdge is a control-flow edge between two blocks of a function, by
// block index.
type blockEdge struct{ from, to int }

// findGuards computes, for each value an if-statement checks against an
// allow-list, the blocks reached only through a passed check: a block is
// clean when every edge into it leaves a clean block or is the success
// edge of a check (so "x != a && x != b → return" cleans what follows).
func (s *fnState) findGuards() {
	type edge = blockEdge
	success := map[ssa.Value]map[edge]bool{}
	otherKind := map[ssa.Value]map[edge]bool{}
	schemeOK := map[ssa.Value]map[edge]bool{}
	escOK := map[escGuardKey]map[edge]bool{}
	noteEsc := func(x ssa.Value, esc models.Escape, e edge) {
		k := escGuardKey{x, esc}
		if escOK[k] == nil {
			escOK[k] = map[edge]bool{}
		}
		escOK[k][e] = true
	}
	for _, b := range s.fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cond, succ := ifi.Cond, 0
		if u, ok := cond.(*ssa.UnOp); ok && u.Op == token.NOT {
			cond, succ = u.X, 1
		}
		var checked ssa.Value
		var konst *ssa.Const // what checked is compared with
		var bound ssa.Value  // a struct validated by its tags (err != nil of a gin Bind)
		var boundBy *models.StructCheck
		switch c := cond.(type) {
		case *ssa.Call:
			checked = s.p.checkedBy(c, false)
		case *ssa.BinOp:
			if c.Op == token.EQL || c.Op == token.NEQ {
				if k, ok := c.Y.(*ssa.Const); ok && k.Value != nil {
					checked, konst = c.X, k
				} else if k, ok := c.X.(*ssa.Const); ok && k.Value != nil {
					checked, konst = c.Y, k
				} else if k, ok := c.Y.(*ssa.Const); ok && k.IsNil() {
					// err == nil of a validation rule's Validate(v).
					checked = s.p.checkedBy(c.X, true)
					bound, boundBy = structChecked(c.X)
				}
				if c.Op == token.NEQ {
					succ = 1 - succ
				}
			}
		case *ssa.Lookup:
			checked = s.p.setMember(c) // allowed[v] of a set of constants
		case *ssa.Phi:
			checked = s.p.foundFlag(c) // ok set by a loop that compares v with each element
		case *ssa.Extract:
			if lk, ok := c.Tuple.(*ssa.Lookup); ok && c.Index == 1 && lk.CommaOk {
				checked = lk.Index
			} else if call, ok := c.Tuple.(*ssa.Call); ok && c.Index == 0 {
				checked = s.p.checkedBy(call, false) // regexp.MatchString's bool
			}
		}
		if c, ok := cond.(*ssa.Call); ok {
			if x := schemePrefixChecked(c); x != nil {
				e := edge{b.Index, b.Succs[succ].Index}
				if schemeOK[x] == nil {
					schemeOK[x] = map[edge]bool{}
				}
				schemeOK[x][e] = true
				s.noteLocScheme(x, e)
			}
			if e := errKindChecked(c); e != nil {
				if otherKind[e] == nil {
					otherKind[e] = map[edge]bool{}
				}
				otherKind[e][edge{b.Index, b.Succs[1-succ].Index}] = true
			}
			if x := markupRejected(c); x != nil {
				noteEsc(x, models.EscHTML, edge{b.Index, b.Succs[1-succ].Index}) // where the call said false
			}
			if x, esc := s.p.patternEscaped(c); x != nil {
				noteEsc(x, esc, edge{b.Index, b.Succs[succ].Index}) // where it matched
			}
		}
		if bound != nil {
			s.noteStructCheck(bound, boundBy, edge{b.Index, b.Succs[succ].Index})
		}
		if checked == nil {
			continue
		}
		if success[checked] == nil {
			success[checked] = map[edge]bool{}
		}
		success[checked][edge{b.Index, b.Succs[succ].Index}] = true
		s.noteLocCheck(checked, konst, edge{b.Index, b.Succs[succ].Index})
		// u.Scheme == "https" of u, _ := url.Parse(next): next's scheme
		// is that too.
		if x := parsedSchemeOf(checked, konst); x != nil {
			e := edge{b.Index, b.Succs[succ].Index}
			if schemeOK[x] == nil {
				schemeOK[x] = map[edge]bool{}
			}
			schemeOK[x][e] = true
		}
	}
	s.finishLocGuards()
	s.schemeEdges = schemeOK
	for v, edges := range schemeOK {
		if s.schemeGuards == nil {
			s.schemeGuards = map[ssa.Value][]bool{}
		}
		s.schemeGuards[v] = s.cleanBlocks(func(from, to int) bool { return edges[edge{from, to}] })
	}
	for v, edges := range otherKind {
		if s.errGuards == nil {
			s.errGuards = map[ssa.Value][]bool{}
		}
		s.errGuards[v] = s.cleanBlocks(func(from, to int) bool { return edges[edge{from, to}] })
	}
	for k, edges := range escOK {
		if s.escGuards == nil {
			s.escGuards = map[ssa.Value][]escGuard{}
		}
		s.escGuards[k.v] = append(s.escGuards[k.v], escGuard{k.esc, s.cleanBlocks(func(from, to int) bool { return edges[edge{from, to}] }), edges})
	}
	if len(success) == 0 {
		return
	}
	s.guards = map[ssa.Value][]bool{}
	s.passEdges = success
	for v, edges := range success {
		s.guards[v] = s.cleanBlocks(func(from, to int) bool { return edges[edge{from, to}] })
	}
	// A slice every element of which a range loop checked, after the loop.
	for v, edges := range success {
		if xs, e, ok := s.rangeChecked(v, s.guards[v], edges); ok && s.guards[xs] == nil {
			s.guards[xs] = s.cleanBlocks(func(from, to int) bool { return from == e.from && to == e.to })
		}
	}
}

// cleanBlocks returns the blocks reached only through the edges pass
// accepts: a block is clean when every edge into it leaves a clean block
// or passes.
func (s *fnState) cleanBlocks(pass func(from, to int) bool) []bool {
	clean := make([]bool, len(s.fn.Blocks))
	for i := range clean {
		clean[i] = i != 0 // greatest fixpoint: start clean, remove
	}
	for changed := true; changed; {
		changed = false
		for _, b := range s.fn.Blocks {
			if !clean[b.Index] {
				continue
			}
			ok := len(b.Preds) > 0
			for _, p := range b.Preds {
				if !clean[p.Index] && !pass(p.Index, b.Index) {
					ok = false
					break
				}
			}
			if !ok {
				clean[b.Index] = false
				changed = true
			}
		}
	}
	return clean
}

// errKindChecked returns the error a call checks the kind of, or nil:
// errors.Is(err, target), errors.As(err, &target), or a predicate
// func(error) bool (IsErrUserNotExist(err), os.IsNotExist(err)).
func errKindChecked(c *ssa.Call) ssa.Value {
	cc := c.Common()
	if cc.IsInvoke() || len(cc.Args) == 0 || !isError(cc.Args[0].Type()) {
		return nil
	}
	fn := staticOrigin(cc)
	if fn == nil {
		return nil
	}
	if obj, ok := fn.Object().(*types.Func); ok && (obj.FullName() == "errors.Is" || obj.FullName() == "errors.As") {
		return cc.Args[0]
	}
	sig := cc.Signature()
	if sig.Params().Len() == 1 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
		return cc.Args[0]
	}
	return nil
}

// deep is a value's taint plus, for pointers, slices, maps and channels,
// everything stored through it.
func (s *fnState) deep(v ssa.Value) Taint {
	switch v.Type().Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan:
		root, path := rootOf(v)
		if path == "" {
			// Read after a loop that overwrote every element: the value
			// is a view of the root's memory, which holds only the
			// loop's stores now.
			if t, ok := s.postView(root, "", true); ok {
				return s.p.filter(t, v.Type())
			}
		}
		t := s.val(v)
		t.join(s.load(root, path, path == ""))
		t = s.schemeChecked(root, path, t)
		return s.p.filter(t, v.Type())
	}
	t := s.val(v)
	return s.p.filter(t, v.Type())
}

// rootOf returns the memory root of an address and the field path from it.
func rootOf(v ssa.Value) (ssa.Value, string) { return rootOfN(v, 0) }

// maxRootDepth bounds rootOf's walk (a variable may hold a load of itself).
const maxRootDepth = 32

func rootOfN(v ssa.Value, depth int) (ssa.Value, string) {
	if depth > maxRootDepth {
		return v, ""
	}
	depth++
	switch a := v.(type) {
	case *ssa.FieldAddr:
		r, p := rootOfN(a.X, depth)
		return r, p + "." + fieldName(a.X.Type(), a.Field)
	case *ssa.IndexAddr:
		r, p := rootOfN(a.X, depth)
		return r, p + "[]"
	case *ssa.Slice:
		return rootOfN(a.X, depth)
	case *ssa.MakeInterface:
		return rootOfN(a.X, depth)
	case *ssa.ChangeType:
		return rootOfN(a.X, depth)
	case *ssa.Convert:
		// Pointer conversions through unsafe.Pointer keep the memory.
		if isPointer(a.X.Type()) && isPointer(a.Type()) {
			return rootOfN(a.X, depth)
		}
	case *ssa.UnOp:
		// A variable stored once (a parameter spilled because a closure
		// captures it): its loads point where the stored value points.
		if v := storedOnce(a); v != nil {
			return rootOfN(v, depth)
		}
		// A pointer loaded from a field: its pointee's fields continue the
		// path (r.resolver.suffix is root r, path ".resolver.suffix").
		if _, ok := a.X.(*ssa.FieldAddr); ok && a.Op == token.MUL && (isPointer(a.Type()) || isMap(a.Type())) {
			return rootOfN(a.X, depth)
		}
		// The same variable seen from a closure: *fv.
		if fv, ok := a.X.(*ssa.FreeVar); ok && a.Op == token.MUL {
			return fv, "*"
		}
		// A pointer kept in a package variable (var db = &store{}): what is
		// stored through it is the variable's, which every function of
		// the package reads (db.add(n) in one handler, db.all() in
		// another).
		if g, ok := a.X.(*ssa.Global); ok && a.Op == token.MUL && isPointer(a.Type()) {
			return g, "*"
		}
	}
	return v, ""
}

// closurePaths lists, per free variable of a closure, the field paths the
// closure reads under it.
func (p *pkgState) closurePaths(fn *ssa.Function) map[*ssa.FreeVar][]string {
	if m, ok := p.fvPathCache[fn]; ok {
		return m
	}
	m := map[*ssa.FreeVar][]string{}
	add := func(r ssa.Value, path string) {
		if fv, ok := r.(*ssa.FreeVar); ok && path != "" && !slices.Contains(m[fv], path) {
			m[fv] = append(m[fv], path)
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.FieldAddr:
				add(rootOf(x))
			case ssa.CallInstruction:
				// Fields a callee reads under an argument that points into
				// a free variable (recv.f.g for &fv.f): read there too.
				cc := typesutil.Unbind(x.Common())
				sum := p.staticSummary(cc)
				if sum == nil {
					continue
				}
				args := typesutil.CallArgs(cc)
				for _, fp := range sum.fieldParams {
					if fp.param < len(args) {
						r, path := rootOf(args[fp.param])
						add(r, path+fp.path)
					}
				}
			}
		}
	}
	p.fvPathCache[fn] = m
	return m
}

// staticSummary returns the summary of a static callee analysed here or
// in another package, or nil.
func (p *pkgState) staticSummary(cc *ssa.CallCommon) *summary {
	return p.funcSummary(typesutil.Unbind(cc).StaticCallee())
}

// funcSummary returns the summary of a function analysed here or in
// another package, or nil.
func (p *pkgState) funcSummary(fn *ssa.Function) *summary {
	if fn == nil {
		return nil
	}
	if fn.Origin() != nil {
		fn = fn.Origin()
	}
	if fn.Pkg == p.ssa.Pkg {
		return p.sums[fn]
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return nil
	}
	var f funcFact
	if !p.pass.ImportObjectFact(obj, &f) {
		return nil
	}
	return f.summary()
}

// storedOnce returns the only value ever stored in the local variable a
// load reads, when it is a pointer or a channel (the same memory or
// channel, read or written through the variable), or nil.
func storedOnce(u *ssa.UnOp) ssa.Value {
	alloc, ok := u.X.(*ssa.Alloc)
	if u.Op != token.MUL || !ok || !isPointer(u.Type()) && !isChan(u.Type()) {
		return nil
	}
	return typesutil.StoredOnce(alloc)
}

func isMap(t types.Type) bool {
	_, ok := t.Underlying().(*types.Map)
	return ok
}

func isChan(t types.Type) bool {
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// copyFields stores a struct value read from a local variable (src+spath)
// at dst+dpath field by field, so that a copy (x := T{...}; *p = x) keeps
// its fields apart. It reports false when src is not such a variable.
func (s *fnState) copyFields(dst ssa.Value, dpath string, src ssa.Value, spath string) bool {
	switch x := src.(type) {
	case *ssa.Alloc:
		if src == dst || s.p.captured[x] != nil || s.spills[x] != nil {
			return false
		}
	case *ssa.Call:
		// A struct the callee returned field by field (resFields).
		if !s.hasResFields(x, 0) {
			return false
		}
	case *ssa.Extract:
		if !s.hasResFields(x.Tuple, x.Index) {
			return false
		}
	default:
		return false
	}
	s.copyLocs(dst, dpath, src, spath)
	return true
}

// copyLocs stores at dst+dpath, path by path, what src holds at spath and
// under it (and what it holds whole, at a prefix of spath).
func (s *fnState) copyLocs(dst ssa.Value, dpath string, src ssa.Value, spath string) {
	for _, e := range slices.Clone(s.locs[src]) {
		if !related(e.path, spath) {
			continue
		}
		p := dpath
		if len(e.path) > len(spath) {
			p += e.path[len(spath):]
		}
		s.store(dst, p, e.t)
	}
}

// valuePath returns where a struct value was read from: a by-value struct
// parameter, or the memory root and path of a loaded variable, followed by
// the fields selected from it. ok is false for other values.
func valuePath(v ssa.Value) (root ssa.Value, path string, ok bool) {
	return valuePathN(v, 0)
}

func valuePathN(v ssa.Value, depth int) (ssa.Value, string, bool) {
	if depth > maxRootDepth {
		return v, "", false
	}
	switch x := v.(type) {
	case *ssa.Field:
		r, p, ok := valuePathN(x.X, depth+1)
		return r, p + "." + fieldName(x.X.Type(), x.Field), ok
	case *ssa.Call, *ssa.Extract:
		// A struct a call returns: its fields are stored under the call
		// (or the Extract) from the callee's result fields.
		if isStruct(x.Type()) {
			return x, "", true
		}
	case *ssa.Parameter:
		if isStruct(x.Type()) {
			return x, "", true
		}
	case *ssa.UnOp:
		if x.Op == token.MUL && isStruct(x.Type()) {
			r, p := rootOf(x.X)
			return r, p, true
		}
		if x.Op == token.ARROW && isStruct(x.Type()) {
			return x, "", true // a struct received field by field (recv)
		}
	}
	return v, "", false
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

func isPointer(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	}
	return false
}

func fieldName(ptr types.Type, i int) string {
	if st, ok := typesutil.Deref(ptr).Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return "?"
}

// libNotSecret reports whether field i of the struct (or pointer to one)
// of type t is a library field that holds no credential
// (models.NotSecretLibField: a url.URL's Host).
func libNotSecret(t types.Type, i int) bool {
	named := typesutil.NamedPath(t)
	return named != "" && models.NotSecretLibField(named, fieldName(t, i))
}

// related reports whether one field path is a prefix of the other.
func related(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(a, b) && (len(a) == len(b) || a[len(b)] == '.' || a[len(b)] == '[')
}

// load is what a read at root+path sees (all paths when all is set).
func (s *fnState) load(root ssa.Value, path string, all bool) Taint {
	if a := s.aliases[root]; a != nil && s.refDepth < 16 {
		r, p := rootOf(a)
		s.refDepth++
		t := s.load(r, p+path, all)
		s.refDepth--
		if path == "" || all {
			// A field read through the alias sees that field of the
			// aliased memory only; the pointer's own taint (a whole
			// parameter's) would bring in every other field.
			t.join(s.val(root))
		}
		return t
	}
	if t, ok := s.postView(root, path, all); ok {
		return t
	}
	var t Taint
	for _, e := range s.locs[root] {
		if !all && e.ref != nil && !e.multi && !e.other && len(path) > len(e.path) && related(e.path, path) && s.refDepth < 4 {
			rr, rp := rootOf(e.ref)
			s.refDepth++
			t.join(s.load(rr, rp+path[len(e.path):], false))
			s.refDepth--
			continue
		}
		if all || related(e.path, path) {
			t.join(e.t)
		}
	}
	if !all {
		// State every request shares is the package's, not the
		// caller's: no field bit (shared.go).
		if st, ok := s.loadShared(root, path); ok {
			t.join(st)
			return t
		}
	}
	switch r := root.(type) {
	case *ssa.Parameter:
		// A field read under a parameter gets its own bit, so that callers
		// pass on what they stored in that field only.
		if !all && path != "" && !typesutil.HoldsNoText(r.Type()) && !s.p.opaque(r.Type()) {
			for i, prm := range s.fn.Params {
				if prm == r && i < 32 {
					t.join(s.guard(r, Taint{Params: s.fieldBit(i, path)}))
				}
			}
		} else {
			t.join(s.val(root))
		}
	case *ssa.FreeVar:
		if !all && path != "" {
			// The field's own bit, whether or not the maker has bound
			// the field yet (a closure may be analysed first: see order).
			if ft := s.p.fvFields[r][path]; ft != nil {
				t.join(*ft)
			} else if ft := s.p.fvs[r]; ft != nil {
				t.join(*ft)
			}
			if i := s.fvIndex(r); i >= 0 {
				t.join(s.guard(r, Taint{Params: s.fieldBit(i, path)}))
			}
		} else {
			t.join(s.val(root))
		}
	case *ssa.Global:
		t.join(s.p.global(r, path, all))
	case *ssa.Alloc:
		if c := s.p.captured[r]; c != nil {
			t.join(*c)
		}
		if sp := s.spills[r]; sp != nil {
			t.join(s.load(sp.param, sp.path+path, all))
		}
	case *ssa.MakeChan, *ssa.MakeMap, *ssa.MakeSlice:
		// A channel, map or slice a closure writes into through its free
		// variable (go func() { ch <- v }()): what the closures stored,
		// through the value or the variable that holds it.
		if c := s.p.captured[r]; c != nil {
			t.join(*c)
		}
		for _, ref := range *r.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Val == r {
				if a, ok := st.Addr.(*ssa.Alloc); ok {
					if c := s.p.captured[a]; c != nil {
						t.join(*c)
					}
				}
			}
		}
	case *ssa.Phi:
		// A pointer that is one of several: read through each.
		t.join(s.val(root))
		if s.inPhi == nil {
			s.inPhi = map[*ssa.Phi]bool{}
		}
		if !s.inPhi[r] && (isPointer(r.Type()) || structElems(r.Type())) {
			s.inPhi[r] = true
			for i, e := range r.Edges {
				er, ep := rootOf(e)
				et := s.load(er, ep+path, all)
				if path == "" && !et.Empty() && i < len(r.Block().Preds) && s.edgeSchemeChecked(e, r.Block().Preds[i].Index, r.Block().Index) {
					et.Esc |= models.EscScheme // the URL whose check passed on this edge
				}
				t.join(et)
			}
			delete(s.inPhi, r)
		}
	case *ssa.Call:
		// A field of a struct the callee returned field by field: what
		// the callee stored there (in locs), not the whole value.
		if all || path == "" || !isStruct(r.Type()) || !s.hasResFields(r, 0) {
			t.join(s.val(root))
		}
	case *ssa.Extract:
		if all || path == "" || !isStruct(r.Type()) || !s.hasResFields(r.Tuple, r.Index) {
			t.join(s.val(root))
		}
	case *ssa.UnOp:
		// A field of a struct received field by field (recv).
		if all || path == "" || r.Op != token.ARROW || !isStruct(r.Type()) || !s.hasResFields(r, 0) {
			t.join(s.val(root))
		}
	default:
		t.join(s.val(root))
	}
	return t
}

// spilled reports whether the stored value v is a struct parameter, or a
// struct read under a parameter (*&eps[i], the element a range over a
// slice parameter copies into its variable): the parameter and the path.
func spilled(v ssa.Value) (*ssa.Parameter, string, bool) {
	if !isStruct(v.Type()) {
		return nil, "", false
	}
	if prm, ok := v.(*ssa.Parameter); ok {
		return prm, "", true
	}
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil, "", false
	}
	r, path := rootOf(u.X)
	prm, ok := r.(*ssa.Parameter)
	return prm, path, ok && path != ""
}

// structElems reports whether t is a slice of structs.
func structElems(t types.Type) bool {
	sl, ok := t.Underlying().(*types.Slice)
	return ok && isStruct(sl.Elem())
}

// appendFields applies append(args...) of a slice of structs: the result
// holds the elements of each argument field by field, as a slice literal
// does, so that a reader of one field of an element (ep.URL) sees what
// was stored in that field, not the element's other fields (ep.Secret).
// It returns the result's own taint: its arguments' own.
func (s *fnState) appendFields(rv ssa.Value, args []ssa.Value) Taint {
	var own Taint
	for _, a := range args {
		r, p := rootOf(a)
		if p == "" {
			own.join(s.val(r)) // not a slice of an array's value, which is its contents
		} else {
			own.join(s.val(a))
		}
		s.copyElems(rv, r, p, map[*ssa.Phi]bool{})
	}
	return own
}

// copyElems stores at dst what root r holds under path p, path by path:
// through the edges of a phi (a slice that is one of several, as the
// variable of a loop appending to it), whose other edge may be dst
// itself.
func (s *fnState) copyElems(dst, r ssa.Value, p string, seen map[*ssa.Phi]bool) {
	if r == dst {
		return
	}
	s.copyLocs(dst, "", r, p)
	if ph, ok := r.(*ssa.Phi); ok && p == "" && !seen[ph] && len(seen) < 8 {
		seen[ph] = true
		for _, e := range ph.Edges {
			er, ep := rootOf(e)
			if ep == "" {
				s.copyElems(dst, er, "", seen)
			}
		}
	}
}

// fieldwise returns the structs a returned pointer may be, when each is
// returned field by field (see the Return case): a struct allocated here
// and not captured, or a call's result with fields stored here (or given
// by the callee's summary) and no alias of a parameter; through phis, nil
// constants aside. Nil when some value is neither.
func (s *fnState) fieldwise(r ssa.Value, depth int) []ssa.Value {
	if depth > 4 || !isPointer(r.Type()) || !isStruct(typesutil.Deref(r.Type())) {
		return nil
	}
	switch x := r.(type) {
	case *ssa.Alloc:
		if len(s.locs[x]) > 0 && s.p.captured[x] == nil {
			return []ssa.Value{x}
		}
	case *ssa.Phi:
		var out []ssa.Value
		for _, e := range x.Edges {
			if c, ok := e.(*ssa.Const); ok && c.IsNil() {
				continue
			}
			xs := s.fieldwise(e, depth+1)
			if xs == nil {
				return nil
			}
			out = append(out, xs...)
		}
		return out
	default:
		if callResult(r) && len(s.locs[r]) > 0 && s.aliases[r] == nil {
			return []ssa.Value{r}
		}
	}
	return nil
}

// callResult reports whether v is a result of a call (its only result,
// or one extracted from its tuple).
func callResult(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Call:
		return true
	case *ssa.Extract:
		_, ok := x.Tuple.(*ssa.Call)
		return ok
	}
	return false
}

// hasResFields reports whether the callee's summary gave result i of the
// call field contents (summary.resultFields).
func (s *fnState) hasResFields(call ssa.Value, i int) bool {
	fs := s.resFields[call]
	return i < len(fs) && len(fs[i]) > 0
}

// store records t at root+path and its effects beyond the function.
func (s *fnState) store(root ssa.Value, path string, t Taint) {
	if t.Empty() {
		return
	}
	if a := s.aliases[root]; a != nil && s.refDepth < 16 {
		r, p := rootOf(a)
		s.refDepth++
		s.store(r, p+path, t)
		s.refDepth--
		return
	}
	es := s.locs[root]
	found := false
	for i := range es {
		if es[i].path == path {
			if es[i].t.join(t) {
				s.changed = true
			}
			if !s.storingRef && !es[i].other {
				es[i].other = true
				s.changed = true
			}
			found = true
			break
		}
	}
	if !found {
		s.locs[root] = append(es, locEntry{path: path, t: t, other: !s.storingRef})
		s.changed = true
	}
	s.storePost(root, path, t)
	s.storeShared(root, path, t)
	switch r := root.(type) {
	case *ssa.Parameter:
		for i, prm := range s.fn.Params {
			if prm == r {
				s.sum.addWrite(i, path, forCallers(t))
			}
		}
	case *ssa.Global:
		if r.Pkg == s.p.ssa.Pkg {
			var changed bool
			s.p.globals[r], changed = storeField(s.p.globals[r], path, s.outside(t))
			s.p.shareChanged = s.p.shareChanged || changed
		}
	case *ssa.FreeVar:
		for _, b := range s.p.fvBind[r] {
			br, _ := rootOf(b)
			c := s.p.captured[br]
			if c == nil {
				c = new(Taint)
				s.p.captured[br] = c
			}
			if c.join(s.outside(t)) {
				s.p.shareChanged = true
			}
		}
	}
}

// storeRef records the pointer stored at root+path (see locEntry.ref).
func (s *fnState) storeRef(root ssa.Value, path string, val ssa.Value) {
	es := s.locs[root]
	for i := range es {
		if es[i].path == path {
			switch {
			case es[i].multi || es[i].ref == val:
			case es[i].ref == nil && es[i].t.Empty() && !es[i].other:
				es[i].ref = val
			default:
				es[i].multi = true
				s.changed = true
			}
			return
		}
	}
	s.locs[root] = append(es, locEntry{path: path, ref: val})
	s.changed = true
}

// outside converts a taint for use outside its function (package
// variables, closures): parameters of an exported function are of unknown
// origin there; parameters of others are dropped.
func (s *fnState) outside(t Taint) Taint {
	if t.Params != 0 {
		settable := t.Params & s.settable()
		t.Params, t.Blind = 0, 0
		if s.exp && settable != 0 {
			t.Kinds |= models.Unknown
			// The origin of the unknown kind, unless input or data of
			// unknown origin came with its own (a name that says the
			// parameter holds personal data is no origin for a query).
			if t.Source == nil || t.Source.Kind&models.Injection == 0 {
				var names []string
				for i, n := range s.paramNames() {
					if i < 64 && settable&(1<<i) != 0 && n != "" {
						names = append(names, n)
					}
				}
				desc := "parameter "
				if len(names) > 1 {
					desc = "parameters "
				}
				t.Source = &Origin{Kind: models.Unknown, Desc: desc + strings.Join(names, ", ") + " of exported " + s.fn.Name(), Label: "callers may be outside the analysed code"}
			}
		}
	}
	return t
}

// globalField is what the package stores at one field path of a package
// variable ("" for the whole value), in every function and order.
type globalField struct {
	path string
	t    Taint
}

// storeField joins t into the entry of fs at path, adding one if there
// is none; changed says whether fs or the entry changed.
func storeField(fs []*globalField, path string, t Taint) (out []*globalField, changed bool) {
	for _, e := range fs {
		if e.path == path {
			return fs, e.t.join(t)
		}
	}
	return append(fs, &globalField{path: path, t: t}), true
}

// loadField is what the entries of fs related to path hold (every entry
// when all is set); found says whether any was.
func loadField(fs []*globalField, path string, all bool) (t Taint, found bool) {
	for _, e := range fs {
		if all || related(e.path, path) {
			t.join(e.t)
			found = true
		}
	}
	return t, found
}

// global is the taint a read of a package variable at path sees (every
// path when all is set): the package's own variables are field-sensitive,
// flow-insensitive (a store anywhere reaches every read, since each call
// sees what earlier calls left).
func (p *pkgState) global(g *ssa.Global, path string, all bool) Taint {
	if g.Pkg == p.ssa.Pkg {
		t, _ := loadField(p.globals[g], path, all)
		return t
	}
	obj := g.Object()
	if obj == nil || obj.Pkg() == nil {
		return Taint{}
	}
	name := obj.Pkg().Path() + "." + obj.Name()
	if src := models.VarSourceFor(name); src != nil {
		return Taint{Kinds: src.Kind, Source: &Origin{Kind: src.Kind, Desc: obj.Pkg().Name() + "." + obj.Name(), Label: src.Label}}
	}
	if carries(typesutil.Deref(g.Type())) && !p.enum(typesutil.Deref(g.Type())) && !p.isAnalysed(obj.Pkg()) {
		if _, isVar := obj.(*types.Var); isVar && !models.IsPurePackage(obj.Pkg().Path()) {
			return Taint{Kinds: models.Unknown, Source: &Origin{Kind: models.Unknown, Desc: obj.Pkg().Name() + "." + obj.Name(), Label: "package variable"}}
		}
	}
	return Taint{}
}

func (s *fnState) set(v ssa.Value, t Taint) {
	if kt, ok := s.keyMat[v]; ok {
		t.join(kt)
	}
	t = s.p.filter(t, v.Type())
	if !same(s.vals[v], t) {
		s.changed = true
	}
	s.vals[v] = t
}

func (s *fnState) setTuple(v ssa.Value, ts []Taint) {
	var u Taint
	for _, t := range ts {
		u.join(t)
	}
	old := s.tuples[v]
	if len(old) != len(ts) {
		s.changed = s.changed || !u.Empty()
	} else {
		for i := range ts {
			if !same(old[i], ts[i]) {
				s.changed = true
			}
		}
	}
	s.tuples[v] = ts
	s.vals[v] = u
}

func (s *fnState) visit(instr ssa.Instruction) {
	s.at = instr
	switch v := instr.(type) {
	case *ssa.Store:
		if fa, ok := v.Addr.(*ssa.FieldAddr); ok {
			s.fieldSink(fa, v)
		}
		r, path := rootOf(v.Addr)
		if prm, ppath, ok := spilled(v.Val); ok && path == "" {
			if a, ok := r.(*ssa.Alloc); ok {
				if s.spills == nil {
					s.spills = map[*ssa.Alloc]*spill{}
				}
				if s.spills[a] == nil {
					s.spills[a] = &spill{prm, ppath}
					s.changed = true
				}
				if sp := s.spills[a]; sp.param == prm && sp.path == ppath {
					// Its fields are read under the parameter (load); what
					// the value carries besides the parameter's bits (the
					// request input of *r.URL) it carries whole.
					if t := s.deep(v.Val); ppath != "" && t.Kinds != 0 {
						t.Params, t.Blind = 0, 0
						s.store(r, "", t)
					}
					return
				}
			}
		}
		if sr, sp, ok := valuePath(v.Val); ok && isStruct(v.Val.Type()) {
			if sr == r && sp == path {
				return // a struct stored back where it was read (return of a named result)
			}
			if s.copyFields(r, path, sr, sp) {
				return
			}
		}
		if isPointer(v.Val.Type()) {
			s.storeRef(r, path, v.Val)
			s.storingRef = true
		}
		s.store(r, path, s.deep(v.Val))
		s.storingRef = false
		return
	case *ssa.MapUpdate:
		r, path := rootOf(v.Map)
		s.store(r, path+"[]", s.deep(v.Value))
		if u, ok := v.Map.(*ssa.UnOp); ok && u.Op == token.MUL {
			if g, ok := u.X.(*ssa.Global); ok && r != g {
				// A package variable's map: its entries are the
				// variable's, read wherever it is (a lookup table
				// filled from the database at start-up).
				s.store(g, "[]", s.deep(v.Value))
			}
		}
		return
	case *ssa.Send:
		r, _ := rootOf(v.Chan)
		s.store(r, "[]", s.deep(v.X))
		s.send(v.Chan, v.X)
		return
	case *ssa.Return:
		s.errRouteSinks(v)
		for i, r := range v.Results {
			if i >= len(s.sum.results) {
				continue
			}
			s.sum.alias(i, s.aliasParam(r))
			// A struct allocated here, or made by a call (a parser's or
			// constructor's result) whose fields this function then set,
			// is returned field by field, also when it is one of several
			// (a phi of such structs, or nil): a caller reading one field
			// sees what was stored there and the structs' own taint, not
			// what was stored in the other fields.
			if roots := s.fieldwise(r, 0); len(roots) > 0 {
				for _, x := range roots {
					s.sum.results[i].join(forCallers(s.val(x)))
					for _, e := range s.locs[x] {
						s.sum.addResultField(i, e.path, forCallers(e.t))
					}
					if _, made := x.(*ssa.Alloc); !made {
						s.sum.addText(i, v.Parent().Signature.Results().At(i).Type(), forCallers(s.fmtText(x)))
					}
				}
				continue
			}
			// A struct value kept in a local variable (a named result
			// filled field by field) is returned whole and field by field:
			// a caller reading one field sees that field's contents only.
			if u, ok := r.(*ssa.UnOp); ok && u.Op == token.MUL && isStruct(u.Type()) {
				if a, ok := u.X.(*ssa.Alloc); ok && len(s.locs[a]) > 0 && s.p.captured[a] == nil && s.spills[a] == nil {
					for _, e := range s.locs[a] {
						s.sum.addResultField(i, e.path, forCallers(e.t))
					}
				}
			}
			s.sum.results[i].join(forCallers(s.deep(r)))
			s.sum.addText(i, v.Parent().Signature.Results().At(i).Type(), forCallers(s.fmtText(r)))
		}
		return
	case *ssa.Go:
		s.call(v.Common(), v)
		return
	case *ssa.Defer:
		s.call(v.Common(), v)
		return
	case *ssa.Call:
		res := s.call(v.Common(), v)
		s.keyedSource(v.Common(), v, res)
		s.contextValue(v.Common(), v, res)
		if name, args, hasRecv := staticCall(v.Common()); !hasRecv && len(args) == 2 {
			if _, ok := models.CompareFunc(name); ok {
				s.compareSink(args[0], args[1], v.Pos(), name)
			}
		}
		if _, ok := v.Type().(*types.Tuple); ok {
			s.setTuple(v, res)
		} else if len(res) > 0 {
			s.set(v, res[0])
			if fs := s.resFields[v]; len(fs) > 0 {
				for _, e := range fs[0] {
					s.store(v, e.path, e.t)
				}
			}
		}
		return
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		s.closureSinks(v, fn)
		s.closureCallbacks(v, fn)
		for i, b := range v.Bindings {
			if i >= len(fn.FreeVars) {
				break
			}
			fv := fn.FreeVars[i]
			if !containsValue(s.p.fvBind[fv], b) {
				s.p.fvBind[fv] = append(s.p.fvBind[fv], b)
			}
			t := s.p.fvs[fv]
			if t == nil {
				t = new(Taint)
				s.p.fvs[fv] = t
			}
			bt := s.deep(b)
			if s.capturedChecked(b, v.Block()) {
				bt = checked(bt) // checked before the closure is made, and only read by it
			}
			if t.join(s.outside(bt)) {
				s.p.shareChanged = true
			}
			// Fields the closure reads under the free variable: what the
			// enclosing function sees there, field by field.
			for _, key := range s.p.closurePaths(fn)[fv] {
				br, bp := rootOf(b)
				path := key
				if rest, ok := strings.CutPrefix(path, "*"); ok {
					// The closure reads through a captured variable: follow
					// the value it holds when it is stored once.
					if a, isAlloc := b.(*ssa.Alloc); isAlloc {
						if v := typesutil.StoredOnce(a); v != nil && isPointer(v.Type()) {
							br, bp = rootOf(v)
							path = rest
						}
					}
				}
				ft := s.outside(s.load(br, bp+path, false))
				m := s.p.fvFields[fv]
				if m == nil {
					m = map[string]*Taint{}
					s.p.fvFields[fv] = m
				}
				if m[key] == nil {
					m[key] = new(Taint)
					s.p.shareChanged = true
				}
				if m[key].join(ft) {
					s.p.shareChanged = true
				}
			}
		}
		return
	}
	v, ok := instr.(ssa.Value)
	if !ok {
		return
	}
	var t Taint
	switch v := v.(type) {
	case *ssa.Phi:
		for i := range v.Edges {
			t.join(s.phiEdge(v, i))
		}
	case *ssa.BinOp:
		if v.Op == token.EQL || v.Op == token.NEQ {
			s.compareSink(v.X, v.Y, v.Pos(), v.Op.String())
		}
		if v.Op == token.ADD && typesutil.IsString(v.Type()) {
			x, y := s.val(v.X), s.val(v.Y)
			t = x
			t.join(y)
			t = built(t, v.Pos(), "string concatenation")
			if !t.Empty() && (x.Esc&models.EscScheme != 0 || configured(x) && fixesScheme(v.X)) {
				t.Esc |= models.EscScheme
			} else if !emptyString(v.X) {
				// Text before a fixed scheme ("javascript:" + url)
				// leaves the scheme open again.
				t.Esc &^= models.EscScheme
			}
			t = placeConcat(v, x, y, t)
		}
	case *ssa.UnOp:
		switch v.Op {
		case token.MUL:
			r, path := rootOf(v.X)
			rs := s.p.reachingOf(v)
			if vals, viaClosure, ok := rs.vals, rs.viaClosure, rs.local; ok {
				// A local variable read where only some of its stores
				// reach (err reused down a function, a named result kept
				// in memory because of a defer, data and err shared with
				// a range-over-func loop body): those stores' values, and
				// what the closures store when one may run on the way.
				for _, x := range vals {
					t.join(s.deep(x))
				}
				if viaClosure {
					if c := s.p.captured[r]; c != nil {
						t.join(*c)
					}
				}
				break
			}
			if vals, copies, ok := rs.vals, rs.copies, rs.field; ok {
				// A field of a local record: the stores that reach,
				// and the field of each record copied in whole.
				for _, x := range vals {
					t.join(s.deep(x))
				}
				for _, c := range copies {
					t.join(s.load(c.root, c.path, false))
				}
			} else {
				t = s.load(r, path, false)
			}
			if fa, ok := v.X.(*ssa.FieldAddr); ok {
				if models.NotSecretField(fieldName(fa.X.Type(), fa.Field)) || libNotSecret(fa.X.Type(), fa.Field) {
					t.clean(models.Credential)
				}
				t.join(s.fieldSource(fa))
			}
			if ia, ok := v.X.(*ssa.IndexAddr); ok {
				if s.authFirstPart(ia) {
					t.clean(models.Credential) // the scheme, the user name
				}
				if fa, ok := ia.X.(*ssa.FieldAddr); ok {
					// An element of an array field, read in place
					// (p.Diagnoses[1]): the field's name says what it is.
					t.join(s.fieldSource(fa))
				}
			}
			t.join(s.enclosingSource(v.X))
		case token.ARROW:
			r, _ := rootOf(v.X)
			t = s.recv(v.X, v, s.load(r, "", true))
		default:
			t = s.val(v.X)
		}
	case *ssa.Field:
		if r, path, ok := valuePath(v); ok {
			t = s.load(r, path, false)
		} else {
			t = s.val(v.X)
		}
		if models.NotSecretField(fieldName(v.X.Type(), v.Field)) || libNotSecret(v.X.Type(), v.Field) {
			t.clean(models.Credential)
		}
		t.join(s.fieldNameSource(v.X.Type(), v.Field, v.Pos()))
	case *ssa.Index:
		t = s.val(v.X)
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			t = s.deep(v.X) // the map's values; never the key
			if c, ok := v.Index.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.String {
				t.join(s.nameSource(constant.StringVal(c.Value), "", v.Pos(), "key")) // body["password"]
			}
			if routeVarsMap(v.X) && s.routeVarChecked(v.Index) {
				t = checked(t) // mux.Vars(r)["id"] of a route {id:[0-9]+}
			}
			if v.CommaOk {
				s.setTuple(v, []Taint{s.p.filter(t, v.Type().(*types.Tuple).At(0).Type()), {}})
				return
			}
		} else {
			t = s.val(v.X)
		}
	case *ssa.Slice:
		t = s.deep(v.X)
		if tail(v) {
			// The last few characters (s[len(s)-4:]) mask the value: no
			// credential or personal data, here or from callers (mask.go).
			t.clean(models.Sensitive)
			t.Blind = t.Params
		}
	case *ssa.Convert:
		t = s.deep(v.X)
		s.convSink(v, t)
	case *ssa.ChangeType:
		t = s.deep(v.X)
		s.convSink(v, t)
	case *ssa.MakeInterface:
		t = s.deep(v.X)
	case *ssa.ChangeInterface:
		t = s.val(v.X)
	case *ssa.SliceToArrayPointer:
		t = s.deep(v.X)
	case *ssa.MultiConvert:
		// A conversion of a type parameter's value
		// (template.HTML(v) for v of type T ~string | ~[]byte).
		t = s.deep(v.X)
		s.convSink(v, t)
	case *ssa.TypeAssert:
		t = s.deep(v.X)
		if v.CommaOk {
			s.setTuple(v, []Taint{s.p.filter(t, v.AssertedType), {}})
			return
		}
	case *ssa.Extract:
		if ts, ok := s.tuples[v.Tuple]; ok && v.Index < len(ts) {
			t = ts[v.Index]
		} else {
			t = s.val(v.Tuple)
		}
		if fs := s.resFields[v.Tuple]; v.Index < len(fs) {
			for _, e := range fs[v.Index] {
				s.store(v, e.path, e.t)
			}
		}
	case *ssa.Next:
		rng, _ := v.Iter.(*ssa.Range)
		if rng != nil {
			t = s.deep(rng.X)
			t.join(s.val(rng.X))
		}
		s.setTuple(v, []Taint{{}, t, t})
		return
	case *ssa.Select:
		// (index, recvOk, one value per receive case): sends as Send,
		// receives as UnOp ARROW, without their fields apart.
		ts := []Taint{{}, {}}
		for _, st := range v.States {
			r, _ := rootOf(st.Chan)
			if st.Dir == types.SendOnly {
				s.store(r, "[]", s.deep(st.Send))
				s.send(st.Chan, st.Send)
				continue
			}
			t, _ := s.received(st.Chan, s.load(r, "", true))
			// The received value's type, from the select's tuple: the
			// channel's own type may be a type parameter's.
			ts = append(ts, s.p.filter(t, v.Type().(*types.Tuple).At(len(ts)).Type()))
		}
		s.setTuple(v, ts)
		return
	default:
		// Alloc, MakeMap, MakeSlice, MakeChan, FieldAddr, IndexAddr,
		// Range: no taint of their own.
	}
	s.set(v, t)
}

// closureSinks applies, at the making of a closure, the sinks its free
// variables reach (fvIndex): whoever receives the closure may call it (a
// gorm scope, a transaction's body, an http.HandlerFunc), so a parameter
// of this function bound to one of them reaches the sink through this
// function, a sink effect for its callers (drugScope(c.Query("drug"))
// builds the query the scope it returns runs). What else the bound values
// carry reaches the closure through its free variables, which report it.
// Sinks of a writer the closure is given are left: its callers choose.
func (s *fnState) closureSinks(mc *ssa.MakeClosure, fn *ssa.Function) {
	sum := s.p.sums[fn]
	if sum == nil || len(sum.sinks) == 0 {
		return
	}
	n := len(fn.Params)
	if n >= 32 {
		return
	}
	// The closure's parameters are not bound here: no bit of theirs is
	// instantiated (the mask below), so they need no value.
	args := make([]ssa.Value, n, n+len(mc.Bindings))
	args = append(args, mc.Bindings...)
	var mask uint64
	for i := n; i < len(args) && i < 32; i++ {
		mask |= 1 << i
	}
	for k, fp := range sum.fieldParams {
		if fp.param >= n && k < 32 {
			mask |= 1 << (32 + k)
		}
	}
	callee := shortName(calleeName(fn))
	for _, e := range sum.sinks {
		if e.Params&mask == 0 || e.Writer != models.AnyWriter || len(e.Via) >= maxVia || slices.Contains(e.Via, callee) {
			continue
		}
		var t Taint
		for bit := 0; bit < 64; bit++ {
			m := uint64(1) << bit
			if e.Params&mask&m == 0 {
				continue
			}
			var pt Taint
			if cb, ok := sum.callbackArgs(bit); ok && bit < 32 {
				pt = s.closureCallback(sum, args, bit, cb)
			} else if bit < 32 {
				pt = s.deep(args[bit])
				if s.capturedChecked(args[bit], mc.Block()) {
					pt = checked(pt)
				}
			} else {
				fp := sum.fieldParams[bit-32]
				pt = s.boundField(args[fp.param], fp.path)
			}
			if pt = blind(pt, e.Blind&m != 0); !sinkFits(&e, pt) {
				t.join(pt)
			}
		}
		if t.Params == 0 {
			continue
		}
		out := sinkEffect{Class: e.Class, Sink: e.Sink, Via: append([]string{callee}, e.Via...), Params: t.Params, Blind: t.Blind,
			Built: t.Built || e.Built, Construct: t.Construct, Ctx: e.Ctx, SinkPos: e.SinkPos, SinkWhere: e.SinkWhere}
		if out.Construct == nil {
			out.Construct = e.Construct
		}
		s.sum.addSink(out)
	}
}

// boundField is what a closure reads at a field path under a free
// variable bound to b: through the variable, "*.Sort", when it captures
// one (b is its address) that holds one pointer.
func (s *fnState) boundField(b ssa.Value, path string) Taint {
	br, bp := rootOf(b)
	if rest, ok := strings.CutPrefix(path, "*"); ok {
		a, isAlloc := b.(*ssa.Alloc)
		if !isAlloc {
			return s.deep(b)
		}
		v := typesutil.StoredOnce(a)
		if v == nil || !isPointer(v.Type()) {
			return s.deep(b)
		}
		br, bp = rootOf(v)
		path = rest
	}
	return s.load(br, bp+path, false)
}

// compareSink checks a comparison of x and y (== or !=, or a call of
// models.CompareFunc): where one side is a password the program holds (the
// Password kind by name, not from a request: user.Password), what the
// other side carries flows into models.PasswordCompare, and through the
// summary to callers that pass it a password.
func (s *fnState) compareSink(x, y ssa.Value, pos token.Pos, op string) {
	if !pos.IsValid() || !textValue(x) || !textValue(y) {
		return
	}
	tx, ty := s.deep(x), s.deep(y)
	held := func(t Taint) bool { return t.Has(models.Password) && !t.Has(models.Untrusted) }
	var other, peer Taint
	switch {
	case held(tx) && !held(ty):
		other, peer = ty, tx
	case held(ty) && !held(tx):
		other, peer = tx, ty
	default:
		return // neither side, or both, held: not a check of a supplied password
	}
	if other.Empty() {
		return
	}
	s.flow(&Flow{Class: models.PasswordCompare, Sink: op, Pos: pos, Taint: other, Peer: peer})
}

// textValue reports whether v is text (a string or a byte slice), through
// the conversion to an interface that a call of bytes.Equal does not need
// but reflect.DeepEqual does.
func textValue(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if _, ok := v.(*ssa.Const); ok {
		return false
	}
	t := v.Type()
	if typesutil.IsString(t) {
		return true
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := sl.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// fieldSource is the taint of a modelled source field read (r.URL), or of
// a struct's text field whose name says what it holds. A field of an
// anonymous struct is a name source only in a struct the function holds
// itself, in a local variable or a parameter (var req struct{ Password
// string }, decoded from a request body): the anonymous structs of package
// variables are a program's settings (gitea's setting.Repository.Signing),
// where the vocabulary found one connection string and 15 false findings
// (a signing key's id, an email notification preference).
func (s *fnState) fieldSource(fa *ssa.FieldAddr) Taint {
	named := typesutil.NamedPath(fa.X.Type())
	if named == "" {
		if !localRoot(fa) {
			return Taint{}
		}
		return s.fieldNameSource(fa.X.Type(), fa.Field, fa.Pos())
	}
	fs := models.FieldSourceFor(named, fieldName(fa.X.Type(), fa.Field))
	if fs == nil {
		return s.fieldNameSource(fa.X.Type(), fa.Field, fa.Pos())
	}
	if fs.Kind == 0 {
		return Taint{}
	}
	return Taint{Kinds: fs.Kind, Source: &Origin{Kind: fs.Kind, Desc: s.p.describe(fa.Pos()), Label: fs.Label, Pos: fa.Pos()}}
}

// enclosingSource is the taint of a modelled source field that encloses
// the memory read at addr through pointers loaded from fields: r.URL.Path
// and (*r.URL).RawQuery read inside r.URL, r.MultipartForm.Value inside
// r.MultipartForm. The field read itself is fieldSource's.
func (s *fnState) enclosingSource(addr ssa.Value) Taint {
	pos := token.NoPos // the whole read, for its description
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		pos, addr = fa.Pos(), fa.X
	}
	for depth := 0; depth < maxRootDepth; depth++ {
		u, ok := addr.(*ssa.UnOp)
		if !ok || u.Op != token.MUL {
			break
		}
		fa, ok := u.X.(*ssa.FieldAddr)
		if !ok {
			break
		}
		if fs := models.FieldSourceFor(typesutil.NamedPath(fa.X.Type()), fieldName(fa.X.Type(), fa.Field)); fs != nil {
			if fs.Kind == 0 {
				break
			}
			if !pos.IsValid() {
				pos = fa.Pos()
			}
			return Taint{Kinds: fs.Kind, Source: &Origin{Kind: fs.Kind, Desc: s.p.describe(pos), Label: fs.Label, Pos: pos}}
		}
		addr = fa.X
	}
	return Taint{}
}

// localRoot reports whether the memory a field address points into is the
// function's own: a local variable, a parameter, or a local variable of the
// enclosing function seen from a closure (never a package variable, nor
// memory reached through a call's result or a loaded pointer).
func localRoot(fa *ssa.FieldAddr) bool {
	r, _ := rootOf(fa)
	switch r.(type) {
	case *ssa.Alloc, *ssa.Parameter, *ssa.FreeVar:
		return true
	}
	return false
}

func containsValue(vs []ssa.Value, v ssa.Value) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// built marks t as text built at pos by op.
func built(t Taint, pos token.Pos, op string) Taint {
	if t.Empty() {
		return t
	}
	t.Built = true
	if t.Construct == nil {
		t.Construct = &Step{Pos: pos, Desc: op}
	}
	return t
}

// filter drops taint from values of types that cannot carry text: safe
// types, and opaque handles (see opaque).
func (p *pkgState) filter(t Taint, typ types.Type) Taint {
	if t.Empty() {
		return Taint{}
	}
	if _, ok := typ.(*types.Tuple); ok {
		return t
	}
	if isTime(typ) {
		return birthDate(t) // a date of birth is personal data even as a time
	}
	if typesutil.IsSafeType(typ) || p.opaque(typ) {
		return Taint{}
	}
	return trusted(t, typ)
}

// opaque reports whether values of type t are handles, not data: a
// non-empty interface with no text method (core.App, dbx.Builder,
// echo.Context), a struct (or pointer to one) of an unanalysed package
// that the models do not list as data (*sql.DB, *zap.Logger), or a value
// that describes the program itself (models.IsProgramType: reflect.Type). Storing such
// a handle in a struct must not make the struct's text fields look
// tainted, and a parameter of such a type is not a text input.
func (p *pkgState) opaque(t types.Type) bool {
	if v, ok := p.opaqueCache[t]; ok {
		return v
	}
	v := false
	d := typesutil.Deref(t)
	if _, isTP := types.Unalias(d).(*types.TypeParam); isTP {
		// A type parameter: a handle when every type it admits is one; a
		// constraint without terms admits text unless it asks for
		// methods and no text method (any, comparable admit strings).
		if terms := typesutil.TermTypes(d); terms != nil {
			v = true
			for _, term := range terms {
				v = v && p.opaque(term)
			}
		} else if u, ok := d.Underlying().(*types.Interface); ok {
			v = u.NumMethods() > 0 && !textMethods(u)
		}
		p.opaqueCache[t] = v
		return v
	}
	switch u := d.Underlying().(type) {
	case *types.Interface:
		v = !u.Empty() && !models.IsDataType(typesutil.NamedPath(d)) && !textMethods(u) && !p.rendersOwnText(d, u) ||
			models.IsProgramType(typesutil.NamedPath(d))
	case *types.Struct:
		if n, ok := types.Unalias(d).(*types.Named); ok && n.Obj().Pkg() != nil {
			pkg := n.Obj().Pkg()
			v = pkg != p.pass.Pkg && !p.isAnalysed(pkg) && !models.IsDataType(typesutil.NamedPath(d)) ||
				models.IsProgramType(typesutil.NamedPath(d))
		}
	case *types.Basic:
		v = models.IsProgramType(typesutil.NamedPath(d)) // reflect.StructTag
	}
	p.opaqueCache[t] = v
	return v
}

// textMethods reports whether an interface's values render or read text.
func textMethods(u *types.Interface) bool {
	for i := 0; i < u.NumMethods(); i++ {
		switch u.Method(i).Name() {
		case "Error", "String", "Read", "ReadString", "Bytes", "Text":
			return true
		}
	}
	return false
}

// carries reports whether values of type t can hold text (used for the
// defaults of unmodelled calls).
func carries(t types.Type) bool {
	if typesutil.IsSafeType(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		// []byte and []rune are text (io.ReadAll, exec output).
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && (b.Kind() == types.Byte || b.Kind() == types.Rune) {
			return true
		}
		return carries(u.Elem())
	case *types.Array:
		return carries(u.Elem())
	case *types.Chan:
		return carries(u.Elem())
	case *types.Map:
		return carries(u.Key()) || carries(u.Elem())
	case *types.Interface:
		return true
	case *types.Pointer:
		return carries(u.Elem())
	case *types.Struct:
		return models.IsDataType(typesutil.NamedPath(t))
	}
	return false
}

// holdsText reports whether values of t can hold text, records included:
// a struct with a field that can (a row a database source fills), or a
// slice, array, pointer or map of such.
func holdsText(t types.Type, depth int) bool {
	if carries(t) {
		return true
	}
	if depth > 3 || typesutil.IsSafeType(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsText(u.Field(i).Type(), depth+1) {
				return true
			}
		}
	case *types.Slice:
		return holdsText(u.Elem(), depth+1)
	case *types.Array:
		return holdsText(u.Elem(), depth+1)
	case *types.Pointer:
		return holdsText(u.Elem(), depth+1)
	case *types.Map:
		return holdsText(u.Elem(), depth+1)
	}
	return false
}

// same reports whether two taints are equal for the fixpoint.
func same(a, b Taint) bool {
	return a.Kinds == b.Kinds && a.Params == b.Params && a.Blind == b.Blind && a.Built == b.Built && a.Esc == b.Esc && a.EscP == b.EscP && a.EscK == b.EscK &&
		(a.Source == nil) == (b.Source == nil) && (a.Construct == nil) == (b.Construct == nil) &&
		(a.Sens == nil) == (b.Sens == nil) && (a.Misfit == nil) == (b.Misfit == nil)
}

// rank orders kinds for choosing the source a message names.
func rank(k models.Kind) int {
	switch {
	case k&models.Untrusted != 0:
		return 3
	case k&models.Password != 0:
		return 2
	case k&^models.Sensitive != 0:
		return 1
	}
	return 0 // sensitive kinds only: Sens names them; they never displace an injection source
}

func strongest(k models.Kind) models.Kind {
	if k&^models.Sensitive != 0 {
		k &^= models.Sensitive // as rank: sensitive kinds never name the Source
	}
	for i := 0; i < 16; i++ {
		if b := models.Kind(1 << i); k&b != 0 && b != models.Unknown {
			return b
		}
	}
	return k
}

// join adds u to t and reports whether t grew.
func (t *Taint) join(u Taint) bool {
	if u.Empty() {
		return false
	}
	wasEmpty := t.Empty()
	// A parameter, or the sources, stay escaped only if every path that
	// brings them is.
	unesc := u.Params &^ escParams(u)
	escK := u.Kinds == 0 || escKinds(u)
	if !wasEmpty {
		unesc |= t.Params &^ escParams(*t)
		escK = escK && (t.Kinds == 0 || escKinds(*t))
	}
	tEscK := !wasEmpty && t.Kinds != 0 && escKinds(*t)
	changed := joinEsc(t, wasEmpty, u)
	if e := (t.Params | u.Params) &^ unesc; e != t.EscP {
		t.EscP = e
		changed = true
	}
	if escK != t.EscK {
		t.EscK = escK
		changed = true
	}
	if t.Kinds|u.Kinds != t.Kinds {
		t.Kinds |= u.Kinds
		changed = true
	}
	// A parameter stays blind only if every path that brings it is.
	seen := (t.Params &^ t.Blind) | (u.Params &^ u.Blind)
	if t.Params|u.Params != t.Params {
		t.Params |= u.Params
		changed = true
	}
	if b := t.Params &^ seen; b != t.Blind {
		t.Blind = b
		changed = true
	}
	if u.Built && !t.Built {
		t.Built = true
		changed = true
	}
	// The source a finding names: the most severe, and of equal ones
	// the one not escaped for HTML (escaped input beside raw input).
	if u.Source != nil && (t.Source == nil || rank(u.Source.Kind) > rank(t.Source.Kind) ||
		rank(u.Source.Kind) == rank(t.Source.Kind) && tEscK && !escKinds(u)) {
		t.Source = u.Source
		changed = true
	}
	if u.Construct != nil && t.Construct == nil {
		t.Construct = u.Construct
		changed = true
	}
	if u.Misfit != nil && t.Misfit == nil {
		t.Misfit = u.Misfit
		changed = true
	}
	if u.Sens != nil && (t.Sens == nil || sensRank(u.Sens.Kind) > sensRank(t.Sens.Kind)) {
		t.Sens = u.Sens
		changed = true
	}
	return changed
}

// sensRank orders the sensitive kinds for choosing the origin logleak
// names: a credential before personal data.
func sensRank(k models.Kind) int {
	switch {
	case k&models.Credential != 0:
		return 2
	case k&models.PII != 0:
		return 1
	}
	return 0
}

// call computes the taint of a call's results (one per result) and applies
// its effects: stores into pointees, flows into sinks, summaries.
func (s *fnState) call(cc *ssa.CallCommon, instr ssa.CallInstruction) []Taint {
	cc = typesutil.Unbind(cc)
	res := s.callEffects(cc, instr)
	// A function named for masking, redacting or hashing its argument
	// (maskEmail, redactToken, HashPassword) returns no credential or
	// personal data, whatever its body; nor does one whose body masks it
	// (mask.go: redact.Last4).
	var name string
	if cc.IsInvoke() {
		name = typesutil.PkgQualified(cc.Method)
	} else if fn := cc.StaticCallee(); fn != nil {
		name = typesutil.FuncQualified(fn)
	}
	if name != "" && models.SanitisingName(name) || !cc.IsInvoke() && cc.StaticCallee() != nil && s.p.masksFunc(cc.StaticCallee()) {
		// Through parameters too: what a caller passes in comes out
		// masked (Blind), so a summary does not carry a caller's email
		// to the log line that prints audit.Mask(reg.Email).
		for i := range res {
			res[i] = blind(res[i], true)
		}
	}
	return res
}

// callEffects is call without the name-based sanitisers.
func (s *fnState) callEffects(cc *ssa.CallCommon, instr ssa.CallInstruction) []Taint {
	// A method value's call, as the method's: model indexes and summary
	// parameters count the receiver.
	cc = typesutil.Unbind(cc)
	sig := cc.Signature()
	res := make([]Taint, sig.Results().Len())
	args := typesutil.CallArgs(cc)

	if b, ok := cc.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "append", "min", "max":
			if rv := instr.Value(); b.Name() == "append" && rv != nil && len(res) > 0 && structElems(rv.Type()) {
				res[0] = s.appendFields(rv, args)
				return res
			}
			var t Taint
			for _, a := range args {
				t.join(s.deep(a))
			}
			if len(res) > 0 {
				res[0] = t
			}
		case "copy":
			if len(args) == 2 {
				r, _ := rootOf(args[0])
				s.store(r, "[]", s.deep(args[1]))
			}
		}
		return res
	}
	if !cc.IsInvoke() {
		// A method of a function type calling its receiver: the
		// functions the package converts to that type (funcslots.go).
		if fs := s.p.receiverFuncs(s.fn, cc.Value); len(fs) > 0 {
			res = s.callEach(cc, instr, fs, res)
			if s.p.routedErrorHandler(s.fn) {
				// A handler adapter: the error the receiver returns is
				// checked at each return of the functions converted to
				// it (adapterRoutes), as the receiver's bit.
				for i := range res {
					if isError(sig.Results().At(i).Type()) {
						res[i] = Taint{Params: 1}
					}
				}
			}
			return res
		}
	}
	if s.callbackCall(cc, args, res) {
		return res
	}

	if cc.IsInvoke() {
		// A method of the concrete types stored in the interface field or
		// package variable the receiver was read from: each as if called
		// directly on its value.
		if ms := s.p.slotMethods(cc.Value, cc.Method); len(ms) > 0 {
			for _, m := range ms {
				direct := ssa.CallCommon{Value: m, Args: args}
				for i, t := range s.callEffects(&direct, instr) {
					res[i].join(t)
				}
			}
			return res
		}
	}

	var obj *types.Func
	var fn *ssa.Function
	if cc.IsInvoke() {
		obj = cc.Method
	} else if fn = cc.StaticCallee(); fn != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		obj, _ = fn.Object().(*types.Func)
	}
	name := ""
	hasRecv := false
	if obj != nil {
		obj = obj.Origin()
		name = obj.FullName()
		hasRecv = obj.Signature().Recv() != nil
	}
	argAt := func(i int) ssa.Value { return modelArg(args, hasRecv, i) }
	if cc.IsInvoke() {
		s.errRouteRaise(instr, name, args) // c.Error(err) in a route's handler
	}
	if s.p.middlewareHeader(s.fn, name, args) {
		return res // the middleware's value, not the client's
	}
	allArgs := func() Taint {
		var t Taint
		for _, a := range args {
			// A time carries only a date of birth (see filter), which
			// its methods' text shows (dob.Format(layout)).
			if carries(a.Type()) || isTime(a.Type()) {
				t.join(s.deep(a))
			}
		}
		return t
	}
	fillResults := func(t Taint) {
		for i := range res {
			if carries(sig.Results().At(i).Type()) {
				res[i].join(t)
			}
		}
	}

	if obj != nil && slogh.IsConstructor(obj) && slogh.InLogValue(s.fn) {
		// An attribute or value a LogValue method builds is its result,
		// logged where the value is: it carries what it is built from,
		// and is written nowhere here.
		fillResults(allArgs())
		return res
	}
	if name != "" && hasRecv && models.CallsReceiver(name) && len(args) > 0 {
		// templ.ComponentFunc(f).Render(ctx, w) is f(ctx, w).
		if f := funcValue(args[0]); f != nil {
			direct := ssa.CallCommon{Value: f, Args: args[1:]}
			return s.callEffects(&direct, instr)
		}
	}
	if name != "" {
		s.templateFuncCalls(name, args, instr)
		// sink applies a row, and reports whether it did: a row whose
		// writer is not of its kind does not apply, unless the writer is
		// this function's parameter (the callers decide).
		sink := func(sk *models.Sink, name string) bool {
			if sk.If != nil && !s.p.builtWith(argAt(models.Recv), sk.If) {
				return false
			}
			if sk.AfterSent && !bodyBegun(instr) {
				return true // the row is met: its own type is served
			}
			var ev escVerdict
			if sk.SelfEscaping {
				if ev = s.p.selfEscaping(name, argAt); ev.ok {
					return true // the row is met: the template escapes what it prints
				}
			}
			wparam := -1
			if sk.Writer != models.AnyWriter {
				w := argAt(sk.WriterAt)
				if !isWriter(sk.Writer, w) {
					if wparam = s.writerParam(sk.Writer, w); wparam < 0 {
						return false
					}
				}
			}
			s.sink(sk, argAt(sk.Arg), instr, name, wparam, ev)
			return true
		}
		modelled := false
		for _, sk := range models.SinksFor(name) {
			modelled = sink(sk, name) || modelled
		}
		if cc.IsInvoke() {
			// A method promoted from an embedded interface is also looked
			// up under the receiver's static type: "(hash.Hash).Write"
			// beside "(io.Writer).Write".
			if rn := typesutil.NamedPath(cc.Value.Type()); rn != "" {
				if alt := "(" + rn + ")." + obj.Name(); alt != name {
					for _, sk := range models.SinksFor(alt) {
						modelled = sink(sk, alt) || modelled
					}
				}
			}
			if !modelled {
				// An interface of analysed code that modelled types
				// implement (see ifacesinks.go).
				for _, is := range s.p.ifaceSinks(cc.Method) {
					if is.byWriter {
						if !isWriter(is.sk.Writer, cc.Value) && s.writerParam(is.sk.Writer, cc.Value) >= 0 {
							sink(is.sk, is.sk.Func)
						}
						continue
					}
					if !is.applies(cc.Value) {
						continue
					}
					sink(is.sk, is.sk.Func)
				}
			}
		}
		if name == "(*encoding/json.Encoder).Encode" {
			// JSON escapes <, > and & by default: what it writes is inert
			// markup. An encoder told not to (SetEscapeHTML(false)) writes
			// the text as it is into the writer it was made with.
			if w := rawJSONWriter(argAt(models.Recv)); w != nil && argAt(0) != nil {
				if respWriter(w) {
					s.sink(&models.Sink{Func: name, Arg: 0, Class: models.HTMLWrite, Ctx: models.EscHTML}, argAt(0), instr, name, -1, escVerdict{})
				} else if t := s.deep(argAt(0)); !t.Empty() {
					r, path := rootOf(w)
					s.store(r, path, built(t, instr.Pos(), "json.Encoder without HTML escaping"))
				}
			}
		}
		if name == "(*strings.Replacer).Replace" {
			// A replacer made to escape markup (see replacerEsc).
			if e := s.p.replacerEsc(argAt(models.Recv), 0); e != 0 {
				if t := s.deep(argAt(0)); !t.Empty() {
					t.Esc |= e
					fillResults(t)
				}
				return res
			}
		}
		if models.IsDecoder(name) {
			// The text before its escaping: its taint with no escape.
			// Its error quotes at most a bad escape sequence.
			t := allArgs()
			t.Esc, t.EscP, t.EscK, t.Misfit = 0, 0, false, nil
			for i := range res {
				if !isError(sig.Results().At(i).Type()) && carries(sig.Results().At(i).Type()) {
					res[i].join(t)
				}
			}
			return res
		}
		if san := models.SanitiserFor(name); san != nil && models.IsPolicySanitiser(name) {
			if why := s.p.policyWidened(argAt(models.Recv)); why != "" {
				// Its configuration lets script through: the markup of
				// what it is given passes.
				var t Taint
				for i, a := range args {
					if i > 0 && carries(a.Type()) {
						t.join(s.deep(a))
					}
				}
				fillResults(withStep(t, instr.Pos(), WidenedPolicyStep+why+widenedPolicyEnd))
				return res
			}
		}
		if san := models.SanitiserFor(name); san != nil {
			t := allArgs()
			if san.Signs {
				t = Taint{}
				if r := argAt(models.Recv); r != nil {
					t = s.deep(r)
				}
			}
			t.clean(san.Clean)
			if san.Clean&models.Untrusted != 0 {
				t.Params, t.Blind = 0, 0
			}
			if san.Clean&models.Sensitive != 0 {
				// A hash of a parameter hides what callers pass in too.
				t.Blind = t.Params
			}
			if !t.Empty() {
				t.Esc |= san.Esc
			}
			fillResults(t)
			if _, client := models.RequestURLArg(name); client {
				// The server's reply (a referral letter, another service's
				// page) is data of unknown origin, as a database's is.
				u := Taint{Kinds: models.Unknown, Source: &Origin{Kind: models.Unknown, Desc: s.p.describe(instr.Pos()), Label: models.LabelUpstream, Pos: instr.Pos()}}
				for i := range res {
					if !isError(sig.Results().At(i).Type()) {
						res[i].join(u)
					}
				}
			}
			// An escaper's, encoder's or signer's error names what failed
			// (an unsupported type, a bad key), as an unmodelled library's
			// does: not the credentials or personal data it was given.
			for i := range res {
				if isError(sig.Results().At(i).Type()) {
					if et, ok := s.errorQuotes(name, argAt); ok {
						res[i] = et // json.Marshal's names a type
						continue
					}
					res[i].clean(models.Sensitive)
					res[i].Blind = res[i].Params
					// net/http's client error quotes the URL but its
					// password (see clienturl.go).
					if u, ok := s.requestURLText(name, argAt); ok {
						res[i].join(u)
					}
				}
			}
			return res
		}
		src := models.SourceFor(name)
		if src == nil && cc.IsInvoke() {
			src = rowScanner(cc)
		}
		if src != nil {
			if src.Label == models.LabelStored && s.p.catalogRows(name, argAt) {
				return res // names of the program's own tables and indexes
			}
			t := Taint{Kinds: src.Kind, Source: &Origin{Kind: src.Kind, Desc: s.p.describe(instr.Pos()), Label: src.Label, Pos: instr.Pos()}}
			if k, ok := models.RouteParamKey(name); ok && s.routeVarChecked(argAt(k)) {
				t = checked(t) // chi.URLParam(r, "id") of a route {id:[0-9]+}
			}
			if src.Out == models.Result {
				// A record the source fills (pgx.CollectRows with
				// RowToStructByName): its text fields carry it.
				for i := range res {
					if holdsText(sig.Results().At(i).Type(), 0) {
						res[i].join(t)
					}
				}
			} else if a := argAt(src.Out); a != nil {
				if src.OutElems {
					for _, e := range elems(a) {
						r, path := rootOf(e)
						s.store(r, path, t)
						s.decodedTrusted(e, t, instr)
					}
				} else {
					r, path := rootOf(a)
					s.store(r, path, t)
					s.decodedTrusted(a, t, instr)
				}
				dst := a.Type()
				if mi, ok := a.(*ssa.MakeInterface); ok {
					dst = mi.X.Type() // c.Bind(&req): the destination's own type
				}
				if bq, ok := models.BindQuoteFor(name); ok && parsesText(dst, bq.Numbers) {
					et := withStep(t, instr.Pos(), "its error quotes the text it could not parse")
					for i := range res {
						if isError(sig.Results().At(i).Type()) {
							res[i].join(et)
						}
					}
				}
			}
			return res
		}
		if pt := models.ProgramTextFor(name); pt != nil || hasRecv && models.IsProgramType(typesutil.NamedPath(obj.Signature().Recv().Type())) {
			// Program-defined text (a bean's table name, a reflect type's
			// name): clean, but for a name passed through as a string.
			var t Taint
			if pt != nil && pt.Pass != models.None {
				if a := argAt(pt.Pass); a != nil {
					if a = stringOperand(a); a != nil {
						t = s.redescribe(s.deep(a), instr.Pos())
					}
				}
			}
			fillResults(t)
			return res
		}
		if fr := models.FileReadFor(name); fr != nil {
			// A file named by its path: the contents (and the error that
			// quotes the path) carry the path's taint, not an unknown
			// origin; an embedded file's contents are program text.
			t := s.redescribe(allArgs(), instr.Pos())
			t.clean(models.Sensitive)
			t.Blind = t.Params
			embedded := false
			if fsys := argAt(fr.FS); fsys != nil {
				if mi, ok := fsys.(*ssa.MakeInterface); ok {
					fsys = mi.X
				}
				embedded = models.IsEmbeddedFS(typesutil.NamedPath(fsys.Type()))
			}
			// The contents are not built from the path: the error is.
			content := t
			content.Built, content.Construct = false, nil
			if content.Source != nil {
				o := *content.Source
				o.Hops = append([]Step{{Pos: instr.Pos(), Desc: "the path of the file read by " + shortName(name)}}, o.Hops...)
				content.Source = &o
			}
			for i := range res {
				switch rt := sig.Results().At(i).Type(); {
				case !carries(rt):
				case isError(rt):
					res[i] = t
				case !embedded:
					res[i] = content
				}
			}
			return res
		}
		if q := queryArg(name, argAt); q != nil {
			// A query's results are rows read from the database, never its
			// text: data of unknown origin, unless the query reads only
			// the catalog (names of objects the program created).
			if !models.CatalogQuery(constText(q, 0)) {
				for i := range res {
					if rt := sig.Results().At(i).Type(); carries(rt) && !s.p.enum(rt) {
						res[i] = Taint{Kinds: models.Unknown, Source: &Origin{Kind: models.Unknown, Desc: s.p.describe(instr.Pos()), Label: "result of " + shortName(name), Pos: instr.Pos()}}
					}
				}
			}
			return res
		}
		if props := models.PropagatorsFor(name); len(props) > 0 {
			for _, pr := range props {
				if pr.If != nil && !s.p.builtWith(argAt(models.Recv), pr.If) {
					continue
				}
				if pr.Unless != nil && s.p.madeSafe(argAt(pr.Unless.Arg), pr.Unless) {
					continue
				}
				var t Taint
				if pr.From == models.AllArgs {
					t = allArgs()
				} else if a := argAt(pr.From); a != nil {
					t = s.deep(a)
				}
				switch {
				case pr.Build:
					t = built(t, instr.Pos(), pr.Op)
					t = s.placeFormat(name, argAt, t, instr.Pos())
					if pr.SelfEscaping && !t.Empty() && s.p.selfEscaping(name, argAt).ok {
						t.Esc |= models.EscHTML
					}
				case pr.Op != "":
					t = withStep(t, instr.Pos(), pr.Op)
				default:
					t = s.redescribe(t, instr.Pos())
				}
				if pr.To == models.Result {
					fillResults(t)
				} else if a := argAt(pr.To); a != nil {
					if pr.Decode && pointsToStruct(a) {
						t.clean(models.Sensitive | models.Password)
						t.Blind |= t.Params
					}
					r, path := rootOf(a)
					s.store(r, path, t)
					if pr.Decode {
						s.decodedTrusted(a, t, instr)
					}
				}
			}
			if q := models.ErrorQuoteFor(name); q != nil && calledOn(argAt(models.Recv), q.After) {
				if a := argAt(q.From); a != nil {
					t := withStep(s.deep(a), instr.Pos(), q.Op)
					for i := range res {
						if isError(sig.Results().At(i).Type()) {
							res[i].join(t)
						}
					}
				}
			}
			return res
		}
	}

	if cc.IsInvoke() && len(models.SinksFor(name)) == 0 {
		// An interface method of analysed code: what its implementations
		// in this package (summaries) and in the packages it imports
		// (facts) do, at most four of them in all. Of the imported ones,
		// what they return and write (the stored record a PatientStore
		// interface returns) and their sinks, but not the sinks of an
		// output context (HTML, a script, a URL): escaping is known per
		// value, not per parameter, so an implementation that escapes its
		// arguments in place by type (gitea's translation interface,
		// whose TrHTML gave 107 false XSS findings) looks like one that
		// writes them raw, and each of its many callers would get a
		// finding. A query built from a parameter has no such escaping to
		// lose (a quoter cleans the parameter's bit itself).
		impls, foreign := s.p.implementations(cc.Method), s.p.foreignImpls(cc.Method)
		if n := len(impls) + len(foreign); n > 0 && n <= 4 {
			for _, impl := range impls {
				if sum := s.p.sums[impl]; sum != nil {
					s.apply(sum, args, instr, shortName(calleeName(impl)), exported(impl), ssaParams(impl), res)
				}
			}
			for _, impl := range foreign {
				var f funcFact
				if s.p.pass.ImportObjectFact(impl, &f) {
					s.apply(f.summary(), args, instr, shortName(impl.FullName()), exportedFunc(impl), funcParams(impl), res)
				}
			}
			return res
		}
	}

	// Analysed code: summaries of this package, facts of others.
	if fn != nil && fn.Pkg == s.p.ssa.Pkg && (fn.Blocks != nil || fn.Parent() != nil) {
		if sum := s.p.sums[fn]; sum != nil {
			s.apply(sum, args, instr, shortName(calleeName(fn)), exported(fn), ssaParams(fn), res)
		}
		return res
	}
	if obj != nil && obj.Pkg() != nil && obj.Pkg() != s.p.pass.Pkg {
		var f funcFact
		if s.p.pass.ImportObjectFact(obj, &f) {
			s.apply(f.summary(), args, instr, shortName(obj.FullName()), exportedFunc(obj), funcParams(obj), res)
			return res
		}
		if s.p.isAnalysed(obj.Pkg()) {
			return res
		}
	}

	if fn == nil && !cc.IsInvoke() {
		// A function value read from a field or package variable that
		// only this package's functions and closures are stored into.
		// Each callee as if called directly: a summary here, a fact, or
		// the models (a library function stored in the field).
		var callees []ssa.Value
		for _, g := range s.p.slotCallees(cc.Value) {
			callees = append(callees, g)
		}
		if len(callees) == 0 {
			for _, g := range s.p.returnedFuncs(cc.Value) {
				callees = append(callees, g)
			}
		}
		if len(callees) == 0 {
			callees = localFuncs(cc.Value)
		}
		if len(callees) > 0 {
			return s.callEach(cc, instr, callees, res)
		}
	}

	// The default for unmodelled code: text flows from arguments to
	// results; outside the pure packages the result is also of unknown
	// origin.
	pure := obj != nil && obj.Pkg() != nil && models.IsPurePackage(obj.Pkg().Path())
	// An error's or a Stringer's text is built from the value itself.
	textOf := cc.IsInvoke() && (cc.Method.Name() == "Error" || cc.Method.Name() == "String")
	if textOf && pureMade(cc.Value, 0) {
		// An error or Stringer a pure package made (fmt.Errorf,
		// errors.New): its text is what the call built from its
		// arguments, whose taint the value already carries, as
		// fmt.Sprintf("%v", err) would give it.
		pure = true
	}
	// The text of the error a framework hands its error handler is what
	// the routes' errors say, judged where they are returned
	// (errroutes.go), not text of unknown origin.
	paramError := false
	if textOf && isError(cc.Value.Type()) {
		prm, ok := cc.Value.(*ssa.Parameter)
		paramError = ok && prm.Parent() == s.fn && s.p.routedError(prm, 0)
	}
	t := s.redescribe(allArgs(), instr.Pos())
	for i := range res {
		rt := sig.Results().At(i).Type()
		if !carries(rt) {
			continue
		}
		res[i] = t
		if !pure && !textOf {
			// What an unmodelled library returns (a client, a signature,
			// a command's output, an error naming what failed) is not
			// assumed to carry the credentials or personal data passed to
			// the call (ldap.Bind(user, password), exec output with a
			// GIT_AUTHOR_EMAIL environment), here or through parameters
			// (Blind). The pure packages (strings, fmt, encoding/...) do
			// pass them on.
			res[i].clean(models.Sensitive)
			res[i].Blind = res[i].Params
		}
		if !pure && !s.p.enum(rt) && !paramError {
			label := "result of an unmodelled call"
			if name != "" {
				label = "result of " + shortName(name)
			}
			res[i].join(Taint{Kinds: models.Unknown, Source: &Origin{Kind: models.Unknown, Desc: s.p.describe(instr.Pos()), Label: label, Pos: instr.Pos()}})
		}
	}
	// An error that quotes some arguments only (a request's URL, not its
	// body).
	if et, ok := s.errorQuotes(name, argAt); ok {
		for i := range res {
			if isError(sig.Results().At(i).Type()) {
				res[i] = et
			}
		}
	}
	s.authSchemeCut(instr, name, argAt, res)
	return res
}

// scannedRow is the source a program's own row-scanner interface is:
// what database/sql's Row and Rows, pgx's and sqlx's Scan into.
var scannedRow = &models.Source{Func: "Scan", Out: 0, OutElems: true, Kind: models.Unknown, Label: models.LabelStored}

// rowScanner returns scannedRow when cc calls Scan(dest ...any) error on
// an interface of the program's (type rowScanner interface{ Scan(...any)
// error }, which a helper takes to read a *sql.Row or *sql.Rows alike):
// every library method of that shape fills its destinations from a
// store. Nil otherwise.
func rowScanner(cc *ssa.CallCommon) *models.Source {
	m := cc.Method
	if m == nil || m.Name() != "Scan" || m.Pkg() == nil || models.ModelledPackage(m.Pkg().Path()) || typesutil.IsStdPath(m.Pkg().Path()) {
		return nil
	}
	sig := m.Signature()
	if !sig.Variadic() || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return nil
	}
	sl, ok := sig.Params().At(0).Type().(*types.Slice)
	if !ok {
		return nil
	}
	if it, ok := sl.Elem().Underlying().(*types.Interface); !ok || !it.Empty() {
		return nil
	}
	return scannedRow
}

// parsesText reports whether a binder filling a value of type t parses
// text into it that its error quotes when the text does not parse (see
// models.BindQuote): a time.Time, or with numbers a number or a bool, in
// t or a part of it a decoder fills (three deep).
func parsesText(t types.Type, numbers bool) bool {
	_, _, ok := typesutil.FilledPart(t, 3, func(t types.Type) bool {
		if typesutil.NamedPath(t) == "time.Time" {
			return true
		}
		b, isBasic := t.Underlying().(*types.Basic)
		return numbers && isBasic && b.Info()&(types.IsNumeric|types.IsBoolean) != 0
	})
	return ok
}

// errorQuotes returns what the error result of the call of name quotes
// when a model row says which arguments it quotes (models.ErrorArgs): a
// request's URL, or none of an encoder's value.
func (s *fnState) errorQuotes(name string, argAt func(int) ssa.Value) (Taint, bool) {
	ea := models.ErrorArgs(name)
	if ea == nil {
		return Taint{}, false
	}
	var et Taint
	for _, i := range ea {
		if a := argAt(i); a != nil && carries(a.Type()) {
			et.join(s.deep(a))
		}
	}
	if models.PartialErrorArgs(name) {
		et.clean(models.Sensitive)
		et.Blind = et.Params
	}
	return et, true
}

// emptyString reports whether v is the constant "".
func emptyString(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == ""
}

// pureMade reports whether every value v may hold was returned by a call
// into a pure package (fmt.Errorf, errors.New): its dynamic type is then
// that package's own, whose methods compute their results from what the
// call was given. So is an error whose text a model describes (a
// binder's, c.JSON's): the call's taint of it is that text's.
func pureMade(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Call:
		obj := typesutil.Callee(&x.Call)
		if obj != nil && models.ErrorModelled(obj.Origin().FullName()) {
			return true // a model says what its error quotes
		}
		return obj != nil && !x.Call.IsInvoke() && obj.Pkg() != nil && models.IsPurePackage(obj.Pkg().Path())
	case *ssa.Extract:
		return pureMade(x.Tuple, depth+1)
	case *ssa.UnOp:
		// A local variable a closure captures: the values stored into it.
		vals, viaClosure, ok := reachingStores(x)
		if !ok || viaClosure || len(vals) == 0 {
			return false
		}
		for _, v := range vals {
			if !pureMade(v, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Phi:
		for _, e := range x.Edges {
			if c, ok := e.(*ssa.Const); ok && c.IsNil() {
				continue
			}
			if !pureMade(e, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// aliasParam returns the index of the pointer parameter v is (directly or
// through calls that return their argument unchanged), or -1.
func (s *fnState) aliasParam(v ssa.Value) int {
	return s.aliasParamIn(v, map[*ssa.Phi]bool{})
}

// aliasParamIn is aliasParam through the phis of reassignments (b =
// b.WithSearch(q) on one branch, b unchanged on the other): the same
// parameter on every edge is that parameter; a phi already being walked
// (a loop) adds nothing.
func (s *fnState) aliasParamIn(v ssa.Value, walking map[*ssa.Phi]bool) int {
	for range 16 {
		if a := s.aliases[v]; a != nil {
			v = a
			continue
		}
		break
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if isPointer(v.Type()) {
			for i, p := range s.fn.Params {
				if p == v {
					return i
				}
			}
		}
	case *ssa.Phi:
		if walking[v] || len(walking) > 16 {
			return -2
		}
		walking[v] = true
		defer delete(walking, v)
		idx := -2
		for _, e := range v.Edges {
			switch a := s.aliasParamIn(e, walking); {
			case a == -2:
			case a < 0 || idx >= 0 && a != idx:
				return -1
			default:
				idx = a
			}
		}
		if idx >= 0 {
			return idx
		}
	}
	return -1
}

// maxReachBlocks bounds the backward walk of reachingStores.
const maxReachBlocks = 256

// reachingStores returns the values stored in a local variable of a
// non-aggregate type that reach the load u (a store on every path back,
// or nothing on a path to the function's entry), when the variable is
// only stored and loaded (no address taken elsewhere); ok is false
// otherwise. A closure that captures the variable is allowed when it is
// only called or passed to a call (a range-over-func loop body, a
// callback): such a call may store into the variable without killing the
// earlier stores, and viaClosure says one lies on a path back to u.
func reachingStores(u *ssa.UnOp) (vals []ssa.Value, viaClosure bool, ok bool) {
	a, isAlloc := u.X.(*ssa.Alloc)
	if !isAlloc || u.Block() == nil {
		return nil, false, false
	}
	switch typesutil.Deref(a.Type()).Underlying().(type) {
	case *types.Struct, *types.Array:
		return nil, false, false
	}
	// callers: the calls that may run a closure capturing a.
	var callers map[ssa.Instruction]bool
	deferred := false
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr != a {
				return nil, false, false
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, false, false
			}
		case *ssa.MakeClosure:
			for _, cref := range *r.Referrers() {
				if d, isDefer := cref.(*ssa.Defer); isDefer && d.Call.Value == r {
					deferred = true // runs where the function runs its defers
					continue
				}
				c, isCall := cref.(*ssa.Call)
				if !isCall {
					if _, dbg := cref.(*ssa.DebugRef); dbg {
						continue
					}
					return nil, false, false // stored, returned, a goroutine: runs anywhere
				}
				if callers == nil {
					callers = map[ssa.Instruction]bool{}
				}
				callers[c] = true
			}
		case *ssa.DebugRef:
		default:
			return nil, false, false
		}
	}
	if deferred {
		// A deferred closure runs at each RunDefers (before the named
		// results are loaded for a return) or on a panic, after which
		// only the Recover block runs.
		fn := u.Parent()
		if u.Block() == fn.Recover {
			return nil, false, false
		}
		if callers == nil {
			callers = map[ssa.Instruction]bool{}
		}
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				if _, ok := in.(*ssa.RunDefers); ok {
					callers[in] = true
				}
			}
		}
	}
	// scan looks for the last store to a in b before index end, noting a
	// call that may run a capturing closure after it.
	scan := func(b *ssa.BasicBlock, end int) ssa.Value {
		for i := end - 1; i >= 0; i-- {
			if st, ok := b.Instrs[i].(*ssa.Store); ok && st.Addr == a {
				return st.Val
			}
			if callers[b.Instrs[i]] {
				viaClosure = true
			}
		}
		return nil
	}
	vals, ok = walkBack(u, func(b *ssa.BasicBlock, end int) (ssa.Value, bool, bool) {
		v := scan(b, end)
		return v, v != nil, false
	})
	return vals, viaClosure, ok
}

// walkBack walks the blocks back from the load u: scan reports, for a
// block up to index end, the last event it finds (stop, with the value it
// stored, nil for none) or that the walk must give up (fail). The values
// of the stops that reach u are returned; ok is false when the walk gave
// up or grew past maxReachBlocks.
func walkBack(u *ssa.UnOp, scan func(b *ssa.BasicBlock, end int) (v ssa.Value, stop, fail bool)) (vals []ssa.Value, ok bool) {
	at := slices.Index(u.Block().Instrs, ssa.Instruction(u))
	if at < 0 {
		return nil, false
	}
	add := func(v ssa.Value) {
		if v != nil && !containsValue(vals, v) {
			vals = append(vals, v)
		}
	}
	v, stop, fail := scan(u.Block(), at)
	if fail {
		return nil, false
	}
	if stop {
		add(v)
		return vals, true
	}
	seen := map[*ssa.BasicBlock]bool{}
	work := slices.Clone(u.Block().Preds)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		if len(seen) > maxReachBlocks {
			return nil, false
		}
		v, stop, fail := scan(b, len(b.Instrs))
		if fail {
			return nil, false
		}
		if stop {
			add(v)
			continue
		}
		work = append(work, b.Preds...)
	}
	return vals, true
}

// funcValue returns the function or closure a function value is, through
// conversions to named function types and interfaces, or nil.
func funcValue(v ssa.Value) ssa.Value {
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Function, *ssa.MakeClosure:
		return x
	}
	return nil
}

// reachingFieldStores is reachingStores for a field of a local struct
// variable (n.Body, with var n note): the values stored into that field
// that reach the load u, so that n.Body = html.EscapeString(n.Body) leaves
// only the escaped text behind it. The field must be of a non-aggregate
// type, and the variable used only by field addresses and whole loads or
// stores; its address, or the field's, may be passed to a call (a write
// there: Scan(&n.Body)), but not kept. A write other than a plain store
// to the field (such a call, a store of the whole variable) on the way
// back from u gives up (ok false: the weak load), as does a closure that
// captures the variable; a store of a whole record (n := notes[i], a
// range variable) holds that record's field, read where the record is
// (copies). Past the variable's Alloc, or the function's entry, it holds
// its zero value.
func reachingFieldStores(u *ssa.UnOp) (vals []ssa.Value, copies []memRef, ok bool) {
	fa, isField := u.X.(*ssa.FieldAddr)
	if !isField || u.Block() == nil {
		return nil, nil, false
	}
	a, isAlloc := fa.X.(*ssa.Alloc)
	if !isAlloc {
		return nil, nil, false
	}
	switch typesutil.Deref(fa.Type()).Underlying().(type) {
	case *types.Struct, *types.Array:
		return nil, nil, false
	}
	// writes: the instructions that may write the field other than a
	// store to it (a call given its address or the variable's, a store
	// of the whole variable).
	writes := map[ssa.Instruction]bool{}
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.FieldAddr:
			for _, fref := range *r.Referrers() {
				switch x := fref.(type) {
				case *ssa.Store:
					if x.Addr == r {
						continue
					}
					// Its address kept, but for a call's variadic
					// list (Scan(&n.Body)): a write at that call.
					calls, ok := callsGiven(x)
					if !ok {
						return nil, nil, false
					}
					if r.Field == fa.Field {
						for _, c := range calls {
							writes[c] = true
						}
					}
				case *ssa.MakeInterface:
					for _, mref := range *x.Referrers() {
						st, isStore := mref.(*ssa.Store)
						calls, ok := callsGiven(st)
						if !isStore || !ok {
							return nil, nil, false
						}
						if r.Field == fa.Field {
							for _, c := range calls {
								writes[c] = true
							}
						}
					}
				case *ssa.UnOp:
					if x.Op != token.MUL {
						return nil, nil, false
					}
				case ssa.CallInstruction:
					if r.Field == fa.Field {
						writes[x] = true
					}
				case *ssa.DebugRef:
				default:
					return nil, nil, false
				}
			}
		case *ssa.Store:
			if r.Addr != a {
				return nil, nil, false
			}
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return nil, nil, false
			}
		case ssa.CallInstruction:
			writes[r] = true
		case *ssa.DebugRef:
		default:
			return nil, nil, false
		}
	}
	// scan finds the last event for the field in b before index end:
	// stop (a store's value, or the Alloc: zero), or give up.
	field := "." + fieldName(a.Type(), fa.Field)
	scan := func(b *ssa.BasicBlock, end int) (v ssa.Value, stop, fail bool) {
		for i := end - 1; i >= 0; i-- {
			in := b.Instrs[i]
			if in == a {
				return nil, true, false
			}
			if writes[in] {
				return nil, false, true
			}
			st, isStore := in.(*ssa.Store)
			if !isStore {
				continue
			}
			if f, isFA := st.Addr.(*ssa.FieldAddr); isFA && f.X == a && f.Field == fa.Field {
				return st.Val, true, false
			}
			if st.Addr == a {
				// The whole record: its field where it came from, when
				// that is the function's own memory (a parameter's or a
				// global's record is what its source says, as a whole).
				r, p, ok := valuePath(st.Val)
				switch r.(type) {
				case *ssa.Parameter, *ssa.Global, *ssa.FreeVar:
					ok = false
				}
				if !ok {
					return nil, false, true
				}
				if m := (memRef{r, p + field}); !slices.Contains(copies, m) {
					copies = append(copies, m)
				}
				return nil, true, false
			}
		}
		return nil, false, false
	}
	vals, ok = walkBack(u, scan)
	if !ok {
		return nil, nil, false
	}
	return vals, copies, true
}

// reaching is what reachingStores or reachingFieldStores found for a load:
// which one applies (local, field) and its answer.
type reaching struct {
	local, field bool
	vals         []ssa.Value
	viaClosure   bool
	copies       []memRef
}

// reachingOf memoises the two walks for a load: they read the function's
// SSA only, and the load is visited on every round of the fixpoint.
func (p *pkgState) reachingOf(u *ssa.UnOp) *reaching {
	if r, ok := p.reachMemo[u]; ok {
		return r
	}
	r := &reaching{}
	if vals, via, ok := reachingStores(u); ok {
		r.local, r.vals, r.viaClosure = true, vals, via
	} else if vals, copies, ok := reachingFieldStores(u); ok {
		r.field, r.vals, r.copies = true, vals, copies
	}
	if p.reachMemo == nil {
		p.reachMemo = map[*ssa.UnOp]*reaching{}
	}
	p.reachMemo[u] = r
	return r
}

// memRef is a place in memory: a root and a field path under it.
type memRef struct {
	root ssa.Value
	path string
}

// callsGiven returns the calls a value stored by st is passed to, when st
// stores it into an element of a variadic list built in place (an array
// used only through its elements' addresses and one slice of it, which
// only calls take); ok is false otherwise.
func callsGiven(st *ssa.Store) (calls []ssa.CallInstruction, ok bool) {
	if st == nil {
		return nil, false
	}
	ia, isIndex := st.Addr.(*ssa.IndexAddr)
	if !isIndex {
		return nil, false
	}
	arr, isAlloc := ia.X.(*ssa.Alloc)
	if !isAlloc {
		return nil, false
	}
	for _, ref := range *arr.Referrers() {
		switch r := ref.(type) {
		case *ssa.IndexAddr:
			for _, iref := range *r.Referrers() {
				if x, isStore := iref.(*ssa.Store); !isStore || x.Addr != r {
					if _, isLoad := iref.(*ssa.UnOp); !isLoad {
						return nil, false
					}
				}
			}
		case *ssa.Slice:
			for _, sref := range *r.Referrers() {
				c, isCall := sref.(ssa.CallInstruction)
				if !isCall {
					return nil, false
				}
				calls = append(calls, c)
			}
		case *ssa.DebugRef:
		default:
			return nil, false
		}
	}
	return calls, true
}

// paramNamed is the sensitive data a callee's text or error result t
// carries because it holds the text of a parameter whose name says what it
// is (lookup(nhs string) returning fmt.Errorf("lookup nhs=%s", nhs)): the
// callee's summary drops the kinds a parameter's name gives (forCallers),
// since each caller brings its own value, but the caller's value is what
// the callee's name says, whatever the caller calls it. Only the kinds of
// the parameter's name, named after it; not for a constant argument (a
// placeholder), nor through an unmodelled library's error (Taint.Blind).
func (s *fnState) paramNamed(t Taint, rt types.Type, params []*types.Var, args []ssa.Value, callee string, step *Step) Taint {
	var out Taint
	if t.Params == 0 || !isText(rt) && !isError(rt) {
		return out
	}
	for i, a := range args {
		if i >= 32 || i >= len(params) || t.Params&^t.Blind&(1<<i) == 0 || params[i] == nil {
			continue
		}
		if _, ok := typesutil.Unconvert(a).(*ssa.Const); ok || !isText(params[i].Type()) {
			continue
		}
		k, what := models.SensitiveName(params[i].Name(), false)
		if k == 0 {
			continue
		}
		o := &Origin{Desc: "parameter " + params[i].Name() + " of " + callee, Label: what + " parameter", Pos: step.Pos, What: what, Hops: []Step{*step}}
		out.join(source(k, o))
	}
	return out
}

// ssaParams returns the parameters of an analysed function as its calls
// pass them, the receiver first.
func ssaParams(fn *ssa.Function) []*types.Var {
	if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil {
		return funcParams(obj)
	}
	out := make([]*types.Var, len(fn.Params))
	for i, p := range fn.Params {
		out[i], _ = p.Object().(*types.Var)
	}
	return out
}

// funcParams returns a function's parameters as its calls pass them, the
// receiver first.
func funcParams(obj *types.Func) []*types.Var {
	sig := obj.Signature()
	var out []*types.Var
	if sig.Recv() != nil {
		out = append(out, sig.Recv())
	}
	for i := range sig.Params().Len() {
		out = append(out, sig.Params().At(i))
	}
	return out
}

// blind drops the sensitive kinds of t when it reached a result only
// through an unmodelled library's error (Taint.Blind).
// carried returns a caller's taint x for the parameter bit of a
// callee's taint t: blind, and escaped for HTML, where t carries that
// parameter so.
func (t Taint) carried(x Taint, bit uint64) Taint {
	x = blind(x, t.Blind&bit != 0)
	if escParams(t)&bit != 0 {
		x.Esc |= models.EscHTML
	}
	return x
}

func blind(t Taint, b bool) Taint {
	if b {
		t.clean(models.Sensitive)
		t.Blind = t.Params
	}
	return t
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

func calleeName(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok {
		return typesutil.MainName(obj.FullName(), obj.Pkg())
	}
	return typesutil.FuncString(fn)
}

// redescribe names a source after the accessor call it went through
// (r.URL → r.URL.Query() → r.URL.Query().Get("from")).
func (s *fnState) redescribe(t Taint, pos token.Pos) Taint {
	if t.Source == nil || t.Built || t.Source.Pos == token.NoPos {
		return t
	}
	d := s.p.describe(pos)
	if d == "" || !strings.Contains(d, t.Source.Desc) {
		return t
	}
	o := *t.Source
	o.Desc, o.Pos = d, pos
	t.Source = &o
	return t
}

// instantiate turns t, a taint in the terms of a callee's summary sum
// (its parameters and the fields read under them), into the caller's
// taint at a call with args; step, if not nil, is the hop added to the
// origins it carries.
func (s *fnState) instantiate(sum *summary, args []ssa.Value, t Taint, step *Step) Taint {
	return s.instantiateSel(sum, args, nil, t, step)
}

// instantiateSel is instantiate where argument i, when sel[i] is not "",
// is the part of args[i] at field path sel[i] (a template's {{f .Notes}}
// passes the data's Notes field); a nil argument is constant.
func (s *fnState) instantiateSel(sum *summary, args []ssa.Value, sel []string, t Taint, step *Step) Taint {
	out := Taint{Kinds: t.Kinds, Built: t.Built, Construct: t.Construct, Misfit: t.Misfit, EscK: t.Kinds != 0 && escKinds(t)}
	if t.Source != nil && t.Kinds != 0 {
		o := *t.Source
		if step != nil {
			o.Hops = append([]Step{*step}, o.Hops...)
		}
		out.Source = &o
	}
	if t.Sens != nil && t.Kinds&models.Sensitive != 0 {
		o := *t.Sens
		if step != nil {
			o.Hops = append([]Step{*step}, o.Hops...)
		}
		out.Sens = &o
	}
	for i, a := range args {
		if a == nil || i >= 32 || t.Params&(1<<i) == 0 {
			continue
		}
		if i < len(sel) && sel[i] != "" {
			out.join(t.carried(s.selected(a, sel[i]), 1<<i))
			continue
		}
		if cb, ok := sum.callbackArgs(i); ok {
			// The callee's calls of the function passed here.
			mask := sum.callbackMask()
			inst := func(t Taint) Taint {
				t.Params &^= mask
				return s.instantiateSel(sum, args, sel, t, step)
			}
			out.join(t.carried(s.callbackResult(a, cb, inst), 1<<i))
			continue
		}
		out.join(t.carried(s.deep(a), 1<<i))
		out.join(t.carried(s.slotArg(a), 1<<i))
	}
	for k, fp := range sum.fieldParams {
		if k < 32 && t.Params&(1<<(32+k)) != 0 && fp.param < len(args) && args[fp.param] != nil {
			if fp.param < len(sel) {
				out.join(t.carried(s.selected(args[fp.param], sel[fp.param]+fp.path), 1<<(32+k)))
				continue
			}
			a := args[fp.param]
			if mi, ok := a.(*ssa.MakeInterface); ok && isStruct(mi.X.Type()) {
				a = mi.X // a struct passed as an interface (a template's data): its fields
			}
			r, path, ok := valuePath(a)
			if !ok {
				r, path = rootOf(a)
			}
			out.join(t.carried(s.load(r, path+fp.path, false), 1<<(32+k)))
		}
	}
	if out.Empty() {
		return Taint{}
	}
	out.Esc |= t.Esc
	return out
}

// apply applies a callee summary at a call.
// apply applies the summary of a callee at a call. calleeReports: the
// callee is exported, so it reports the parameters it builds into a sink
// itself (see Flow.ViaReported).
func (s *fnState) apply(sum *summary, args []ssa.Value, instr ssa.CallInstruction, callee string, calleeReports bool, params []*types.Var, res []Taint) {
	step := &Step{Pos: instr.Pos(), Desc: returnedBy + callee}
	inst := func(t Taint) Taint { return s.instantiate(sum, args, t, step) }
	results := instr.Common().Signature().Results()
	for i := range res {
		if i < len(sum.results) {
			if i < results.Len() {
				// Kinds the caller's own values bring keep their origin.
				pn := s.paramNamed(sum.results[i], results.At(i).Type(), params, args, callee, step)
				pn.clean(inst(sum.results[i]).Kinds & models.Sensitive)
				res[i].join(pn)
			}
			if a := sum.aliasOf(i); a >= 0 && a < len(args) && len(res) == 1 {
				// The callee returns this pointer argument unchanged (a
				// builder's receiver): the result is the same memory, not a
				// value that carries all of it.
				if cv := instr.Value(); cv != nil {
					if s.aliases == nil {
						s.aliases = map[ssa.Value]ssa.Value{}
					}
					if s.aliases[cv] != args[a] {
						s.aliases[cv] = args[a]
						s.changed = true
					}
					res[i].join(s.val(args[a]))
					continue
				}
			}
			res[i].join(inst(sum.results[i]))
		}
	}
	if len(sum.resultFields) > 0 {
		if cv := instr.Value(); cv != nil {
			fs := make([][]locEntry, len(res))
			for _, rf := range sum.resultFields {
				if rf.Result < len(fs) {
					if t := inst(rf.T); !t.Empty() {
						fs[rf.Result] = append(fs[rf.Result], locEntry{path: rf.Path, t: t})
					}
				}
			}
			if s.resFields == nil {
				s.resFields = map[ssa.Value][][]locEntry{}
			}
			s.resFields[cv] = fs
		}
	}
	for _, w := range sum.writes {
		if w.Param < len(args) {
			r, path := rootOf(args[w.Param])
			t := inst(w.T)
			s.store(r, path+w.Path, t)
			s.sendVia(args[w.Param], w.Path, t)
			if w.Param < len(params) {
				s.storeSharedParam(params[w.Param], w.Path, t)
			}
		}
	}
	for _, c := range sum.ctxStores {
		s.storeCtx(c.Key, inst(c.T))
	}
	s.applySinks(sum, args, inst, instr, callee, calleeReports, tmplVia{})
	s.callbackSinks(sum, args, inst, instr, callee)
}

// callEach is a dynamic call cc resolved to callees: the effects of
// calling each directly, joined into res.
func (s *fnState) callEach(cc *ssa.CallCommon, instr ssa.CallInstruction, callees []ssa.Value, res []Taint) []Taint {
	for _, g := range callees {
		direct := *cc
		direct.Value = g
		for i, t := range s.callEffects(&direct, instr) {
			res[i].join(t)
		}
	}
	return res
}

// applySinks reports, or passes on to callers, the callee's sink effects
// at a call: inst instantiates a taint in the callee's terms with the
// call's arguments. tmpl names the template function (a FuncMap entry),
// or the method a field chain calls, when the call is a template's (see
// funcmap.go).
func (s *fnState) applySinks(sum *summary, args []ssa.Value, inst func(Taint) Taint, instr ssa.CallInstruction, callee string, calleeReports bool, tmpl tmplVia) {
	safe := -1 // whether the response is safe for HTML here: unknown until asked
	for _, e := range sum.sinks {
		if len(e.Via) >= maxVia || slices.Contains(e.Via, callee) {
			continue // recursion through wrappers: the shorter chain is reported
		}
		// A sink in a writer the callee is given counts when the writer
		// passed here is of the kind it needs, and is this function's
		// callers' to decide when the writer is its own parameter.
		wparam := -1
		if e.Writer != models.AnyWriter {
			if e.WriterParam >= len(args) {
				continue
			}
			if w := args[e.WriterParam]; !isWriter(e.Writer, w) {
				if wparam = s.writerParam(e.Writer, w); wparam < 0 {
					continue
				}
			}
		}
		if e.HTMLTyped && s.p.headersBefore(instr)&(NoScript|Attachment) != 0 {
			continue // a helper that types its response HTML itself, after a script-free policy or a download was set
		}
		if (e.Class == models.HTMLWrite || e.Class == models.TemplateExec) && !e.HTMLTyped {
			// A helper that writes HTML, called after this function set a
			// non-HTML type or a script-free policy.
			if safe < 0 {
				safe = 0
				if s.p.safeResponse(instr) {
					safe = 1
				}
			}
			if safe == 1 {
				continue
			}
		}
		if e.LeadPlain && e.Class == models.HTMLWrite && s.writesFirst(instr, args, &e) {
			continue // the helper's body begins with plain text
		}
		if e.Typed > 0 && !sentBefore(instr) {
			continue // the type the helper sets is served
		}
		// Each parameter's argument on its own: one escaped for the sink's
		// context here (a template.HTML argument) does not reach it
		// unescaped, whatever other parameters bring.
		var t Taint
		for bit := 0; bit < 64; bit++ {
			m := uint64(1) << bit
			if e.Params&m == 0 {
				continue
			}
			pt := inst(Taint{Params: m, Blind: e.Blind & m})
			if e.Leads&m != 0 && s.leadsPlain(instr, args, sum, &e, bit) {
				continue // the caller's text begins a body sniffed as text/plain
			}
			switch {
			case !sinkFits(&e, pt):
				t.join(pt)
			case e.Misfit != nil && pt.Params != 0:
				// This function's parameter passed on to a misplaced
				// escape (outer(u) calling inner(u)): its callers'
				// arguments decide; what else it carries fits.
				t.join(Taint{Params: pt.Params, Blind: pt.Blind})
			}
		}
		t.join(e.Src)
		if e.Misfit != nil {
			t.Misfit = e.Misfit
		}
		if t.Empty() {
			continue
		}
		builtHere := t.Built
		if e.Built {
			t.Built = true
			if t.Construct == nil && e.Construct != nil {
				t.Construct = e.Construct
			}
		}
		via := append([]string{callee}, e.Via...)
		var peer Taint
		if e.Peer != 0 {
			peer = inst(Taint{Params: e.Peer})
		}
		f := &Flow{Class: e.Class, Sink: e.Sink, Pos: instr.Pos(), Via: via, SinkPos: e.SinkPos, SinkWhere: e.SinkWhere, Taint: t, Ctx: e.Ctx,
			ViaReported: calleeReports && e.Built && !builtHere, Peer: peer, TemplateFunc: tmpl.name, TemplateMethod: tmpl.method}
		f.LateType = e.Typed > 0
		f.HTMLTyped = e.HTMLTyped
		if (e.Leads != 0 || e.LeadPlain) && wparam < 0 {
			f.Leads, f.LeadW, f.LeadPlain = s.passLeads(instr, args, &e)
		}
		if wparam >= 0 {
			s.writerFlow(f, e.Writer, wparam)
			continue
		}
		s.flow(f)
	}
}

// servedSafe reports whether HTML that instr, a call of the sink name of
// class, writes into the response cannot run script there: the response
// is typed safe, or net/http serves the body as text/plain (content
// sniffing of its first bytes), or it has no body at all.
func (s *fnState) servedSafe(instr ssa.CallInstruction, class models.Class, name string) bool {
	if s.p.safeResponse(instr) {
		return true
	}
	return class == models.HTMLWrite && (s.p.sniffedPlain(instr, name) || s.templateErrorPlain(instr, name) || csvHeaderFirst(instr, name) || s.p.bodyless(instr))
}

// sink checks a modelled sink argument. wparam >= 0: the sink counts only
// if the caller's argument for that parameter is a writer of kind
// sk.Writer (see writerFlow).
// tmpl is what the engine found of a text/template the call executes
// (models.Sink.SelfEscaping): the action that does not escape, for the
// message.
func (s *fnState) sink(sk *models.Sink, a ssa.Value, instr ssa.CallInstruction, name string, wparam int, tmpl escVerdict) {
	if a == nil || sk.InMemory && !inMemoryReader(a) {
		return
	}
	if sk.MapKeys {
		if m, ok := mapOperand(a); ok {
			// The keys only: the values are bound.
			var t Taint
			for _, k := range mapKeys(m) {
				t.join(s.deep(k))
			}
			if !t.Empty() {
				s.flow(&Flow{Class: sk.Class, Sink: name, Pos: instr.Pos(), Taint: t, Ctx: sk.Ctx})
			}
			return
		}
	}
	if sk.FirstElem {
		if a = firstElem(a); a == nil {
			return
		}
	}
	if sk.StringOnly {
		if a = stringOperand(a); a == nil {
			return
		}
	}
	t := s.deep(a)
	if sk.Class != models.Log && logRender(name, sk.Arg) == models.RenderFmt {
		t = s.fmtShown(a) // what fmt prints of it (a String method's text)
	}
	if sk.Ctx == models.EscHTML {
		t = s.placeFormat(name, func(i int) ssa.Value { return modelArg(instr.Common().Args, false, i) }, t, instr.Pos())
		if len(tmpl.places) > 0 {
			t = placeIn(t, tmpl.places, instr.Pos()) // where a text/template prints the data
		}
	}
	if sk.Class == models.Log {
		// What the slog handler's ReplaceAttr redacts is not written.
		hidden := s.slogHidden(instr, name, sk.Arg)
		if hidden[a] {
			return
		}
		// What the logger writes of it: a String that prints the id only
		// does not carry the email field's taint.
		if r := logRender(name, sk.Arg); r != 0 {
			t = s.renderedExcept(a, r, hidden)
		}
	}
	if !escaped(t, sk.Ctx) {
		t = unescapedFor(t, sk.Ctx)
	}
	if t.Empty() || escaped(t, sk.Ctx) || (sk.Ctx == models.EscHTML && !sk.SetsHTML && s.servedSafe(instr, sk.Class, name)) {
		if wparam < 0 && sk.Ctx == models.EscHTML {
			s.misfitParams(t, sk.Class, name, instr.Pos(), instr)
		}
		if sk.Class == models.HTMLWrite && wparam < 0 && !t.Empty() && !escaped(t, sk.Ctx) {
			s.typedHere(t, instr, name, sk.Ctx)
		}
		return
	}
	f := &Flow{Class: sk.Class, Sink: name, Pos: instr.Pos(), Taint: t, Ctx: sk.Ctx, LateType: sk.AfterSent, HTMLTyped: sk.Class == models.HTMLWrite && (sk.SetsHTML || frameworkHTMLBefore(instr)),
		Action: tmpl.action, ActionMisfit: tmpl.misfit}
	if sk.Class == models.HTMLWrite && wparam < 0 {
		f.Leads, f.LeadW, f.LeadPlain = s.leadParams(instr, name)
	}
	if wparam >= 0 {
		s.writerFlow(f, sk.Writer, wparam)
		return
	}
	s.flow(f)
}

// inMemoryReader reports whether a (an interface) is a reader made where
// it is passed from text in memory (strings.NewReader, bytes.NewReader),
// or the request's own body (c.Request.Body: the client's text echoed
// back), as it is or behind a reader that bounds or buffers it.
func inMemoryReader(a ssa.Value) bool {
	for range 4 {
		a = typesutil.Unconvert(a)
		if u, ok := a.(*ssa.UnOp); ok && u.Op == token.MUL {
			fa, ok := u.X.(*ssa.FieldAddr)
			return ok && isField(fa, "net/http.Request", "Body")
		}
		c, ok := a.(*ssa.Call)
		if !ok {
			return false
		}
		obj := typesutil.Callee(&c.Call)
		if obj == nil {
			return false
		}
		switch obj.FullName() {
		case "strings.NewReader", "bytes.NewReader":
			return true
		case "io.LimitReader", "io.NopCloser", "bufio.NewReader":
			a = c.Call.Args[0]
		case "net/http.MaxBytesReader":
			a = c.Call.Args[1]
		default:
			return false
		}
	}
	return false
}

// writerFlow records, for the callers only, a flow into a sink that
// counts only for a writer of kind k, written through parameter wparam
// (an io.Writer): whether the writer is an HTTP response or os.Stdout is
// known where the function is called (see apply), so the flow, whatever
// it carries (the function's own sources too), is a sink effect of the
// summary and nothing is reported here.
func (s *fnState) writerFlow(f *Flow, k models.WriterKind, wparam int) {
	if f.Class == models.Log && f.Taint.Kinds&models.Sensitive == 0 && f.Taint.Params == 0 {
		return
	}
	e := sinkEffect{Class: f.Class, Sink: f.Sink, Via: f.Via, Params: f.Taint.Params, Blind: f.Taint.Blind, Built: f.Taint.Built, Construct: f.Taint.Construct, Ctx: f.Ctx,
		Writer: k, WriterParam: wparam}
	if len(f.Via) == 0 {
		e.SinkPos = f.Pos
	} else {
		e.SinkPos, e.SinkWhere = f.SinkPos, f.SinkWhere
	}
	if f.Taint.Kinds != 0 {
		e.Src = Taint{Kinds: f.Taint.Kinds, Source: f.Taint.Source, Sens: f.Taint.Sens, Esc: f.Taint.Esc}
	}
	s.sum.addSink(e)
}

// isWriter reports whether w is a writer of kind k.
func isWriter(k models.WriterKind, w ssa.Value) bool {
	switch k {
	case models.ResponseWriter:
		return respWriter(w)
	case models.StdStream:
		return stdWriter(w)
	case models.HashWriter:
		return hashWriter(w)
	}
	return w != nil
}

// hashWriter reports whether w is an unkeyed hash.Hash (through the
// interface conversions of passing it as an io.Writer): not on any path
// an HMAC, whose server key makes a code or a tag of what it is given
// (gitea's time-limited codes), not a password hash.
func hashWriter(w ssa.Value) bool { return hashWriterN(w, 0) }

func hashWriterN(w ssa.Value, depth int) bool {
	if w == nil || depth > 4 {
		return false
	}
	switch x := w.(type) {
	case *ssa.MakeInterface:
		return hashWriterN(x.X, depth+1)
	case *ssa.ChangeInterface:
		return hashWriterN(x.X, depth+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !hashWriterN(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil && obj.FullName() == "crypto/hmac.New" {
			return false
		}
	}
	switch typesutil.NamedPath(w.Type()) {
	case "hash.Hash", "hash.Hash32", "hash.Hash64":
		return true
	}
	return false
}

// writerParam returns the index of the parameter of this function that
// w is, when the parameter's type is an interface a writer of kind k
// satisfies (an io.Writer, but not a hash.Hash): the caller passes the
// writer. Otherwise -1.
func (s *fnState) writerParam(k models.WriterKind, w ssa.Value) int {
	prm, ok := typesutil.Unconvert(w).(*ssa.Parameter)
	if !ok || prm.Parent() != s.fn {
		return -1
	}
	if !satisfiedBy(k, prm.Type()) {
		return -1
	}
	if k == models.HashWriter {
		// Only a parameter that is a hash (has Sum): a helper writing
		// into any io.Writer is not given a hash often enough to carry
		// one more conditional sink in every writer helper's fact.
		if obj, _, _ := types.LookupFieldOrMethod(prm.Type(), false, nil, "Sum"); obj == nil {
			return -1
		}
	}
	i := slices.Index(s.fn.Params, prm)
	if i >= 32 {
		return -1
	}
	return i
}

// satisfiedBy reports whether t is an interface (with methods) that every
// writer of kind k satisfies: io.Writer, http.ResponseWriter for a
// response.
func satisfiedBy(k models.WriterKind, t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	for m := range iface.Methods() {
		if !writerMethod(k, m.Name()) {
			return false
		}
	}
	return true
}

// writerMethod reports whether every writer of kind k has a method of
// this name.
func writerMethod(k models.WriterKind, name string) bool {
	switch k {
	case models.ResponseWriter: // http.ResponseWriter
		return name == "Write" || name == "Header" || name == "WriteHeader"
	case models.StdStream: // *os.File
		return name == "Write" || name == "WriteString" || name == "Close" || name == "Sync" || name == "Fd"
	case models.HashWriter: // hash.Hash
		return name == "Write" || name == "Sum" || name == "Reset" || name == "Size" || name == "BlockSize"
	}
	return false
}

// flow records a flow here and, when it depends on parameters, in the
// summary for callers.
func (s *fnState) flow(f *Flow) {
	if f.Class == models.Log && f.Taint.Kinds&models.Sensitive == 0 && f.Taint.Params == 0 {
		return // a log line of unknown or untrusted data: nothing for logleak
	}
	f.Fn = s.fn
	f.ParamNames = s.paramNames()
	f.Settable = s.settable()
	f.Exported = s.exp
	if f.Taint.Params != 0 {
		e := sinkEffect{Class: f.Class, Sink: f.Sink, Via: f.Via, Params: f.Taint.Params, Blind: f.Taint.Blind, Built: f.Taint.Built, Construct: f.Taint.Construct, Ctx: f.Ctx, Peer: f.Peer.Params,
			Leads: f.Leads & f.Taint.Params, LeadW: f.LeadW, LeadPlain: f.LeadPlain, HTMLTyped: f.HTMLTyped}
		if m := f.Taint.Misfit; m != nil && len(f.Via) > 0 && m.Params != 0 {
			// A callee's misplaced parameter, passed on from this
			// function's: the callers' arguments are judged where the
			// text lands (sinkFits).
			e.Misfit = m
		}
		if len(f.Via) == 0 {
			e.SinkPos = f.Pos
		} else {
			e.SinkPos, e.SinkWhere = f.SinkPos, f.SinkWhere
		}
		s.sum.addSink(e)
	}
	// A closure's free variables reach the sink for the function that
	// binds them (closureSinks), not here: the flow keeps what else it
	// carries.
	f.Taint, f.Peer = s.withoutFV(f.Taint), s.withoutFV(f.Peer)
	if f.Taint.Empty() || f.Class == models.Log && f.Taint.Kinds&models.Sensitive == 0 && f.Taint.Params == 0 {
		return
	}
	s.flows = append(s.flows, f)
}

// firstElem returns the first element of a variadic argument built in
// modelArg returns the SSA argument a model row's index names: models.Recv
// is the receiver, 0 the first parameter after it; nil when out of range.
func modelArg(args []ssa.Value, hasRecv bool, i int) ssa.Value {
	if i == models.Recv {
		if hasRecv && len(args) > 0 {
			return args[0]
		}
		return nil
	}
	if hasRecv {
		i++
	}
	if i >= 0 && i < len(args) {
		return args[i]
	}
	return nil
}

// place (f(a, b) → the value stored at index 0 of its backing array).
func firstElem(a ssa.Value) ssa.Value {
	return typesutil.ElemAt(a, 0)
}

// elems returns the values stored into a variadic argument built in place.
func elems(a ssa.Value) []ssa.Value {
	els, _ := typesutil.InPlaceElems(a)
	var out []ssa.Value
	for _, e := range els {
		out = append(out, e.Val)
	}
	return out
}

// stringOperand returns the string inside an interface argument, or nil
// when the argument is not a string (gorm's Where(map[string]any{...})).
func stringOperand(a ssa.Value) ssa.Value {
	if typesutil.IsString(a.Type()) {
		return a
	}
	if mi, ok := a.(*ssa.MakeInterface); ok && typesutil.IsString(mi.X.Type()) {
		return mi.X
	}
	return nil
}

// mapOperand returns the map an argument is (or an interface holds),
// through conversions (squirrel.Eq(m)), and whether it is one.
func mapOperand(a ssa.Value) (ssa.Value, bool) {
	m := typesutil.Unconvert(a)
	_, ok := m.Type().Underlying().(*types.Map)
	return m, ok
}

// mapKeys returns the keys stored into a map made in this function (a
// composite literal, m[k] = v after make), or nil for a map from
// elsewhere.
func mapKeys(m ssa.Value) []ssa.Value {
	mm, ok := m.(*ssa.MakeMap)
	if !ok {
		return nil
	}
	var keys []ssa.Value
	for _, ref := range *mm.Referrers() {
		if u, ok := ref.(*ssa.MapUpdate); ok && u.Map == mm {
			keys = append(keys, u.Key)
		}
	}
	return keys
}

// shortName shortens a FullName for messages and facts.
func shortName(full string) string { return typesutil.ShortFuncName(full) }

// queryArg returns the query-text argument of a call of a function that
// runs SQL (a sink of the SQL class), or nil.
func queryArg(name string, argAt func(int) ssa.Value) ssa.Value {
	for _, sk := range models.SinksFor(name) {
		if sk.Class != models.SQL {
			continue
		}
		a := argAt(sk.Arg)
		if a != nil && sk.FirstElem {
			a = firstElem(a)
		}
		if a != nil && sk.StringOnly {
			a = stringOperand(a)
		}
		return a
	}
	return nil
}

// maxConstDepth bounds constText's walk.
const maxConstDepth = 8

// constText returns the constant text of a string value: constants as they
// are, a concatenation's parts, fmt.Sprintf's format; every part it cannot
// resolve is a NUL byte.
func constText(v ssa.Value, depth int) string {
	const unknown = "\x00"
	if depth > maxConstDepth {
		return unknown
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return constant.StringVal(v.Value)
		}
	case *ssa.MakeInterface:
		return constText(v.X, depth+1)
	case *ssa.ChangeType:
		return constText(v.X, depth+1)
	case *ssa.Convert:
		if typesutil.IsString(v.X.Type()) {
			return constText(v.X, depth+1)
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return constText(v.X, depth+1) + constText(v.Y, depth+1)
		}
	case *ssa.Call:
		if fn := v.Call.StaticCallee(); fn != nil && len(v.Call.Args) > 0 {
			if obj, ok := fn.Object().(*types.Func); ok && obj.FullName() == "fmt.Sprintf" {
				return constText(v.Call.Args[0], depth+1)
			}
		}
	}
	return unknown
}
