package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Checks on memory. An allow-list check (findGuards) cleans the SSA value
// it tests; a field read twice is two values (if r.URL.Path == "/retired"
// { fmt.Fprint(w, r.URL.Path) } loads r.URL.Path once for the check and
// again for the write). Where the function never stores into the field,
// every load of it reads the same value, so a check of one load cleans
// the others in the blocks the check guards. The location must be a
// field path (no element: a[0] and a[1] share the path "[]") under a
// parameter, a free variable's value, a call's result or a local variable
// no closure shares, which no store in the function writes; a callee that
// writes the field between check and use is not seen. A local variable
// itself (var bed string; rows.Scan(&bed)) counts when the calls handed
// its address all run before the check (see setBefore).
//
// The same locations carry scheme checks: a *url.URL whose Scheme was
// compared with a scheme that cannot run script (u.Scheme != "https" →
// return) renders as a URL with that scheme, so its text is safe as a
// template.URL (models.EscScheme) where the check passed; not as markup.
// So does text checked to begin with a prefix that fixes the scheme
// (strings.HasPrefix(site, "https://"), or "/" for a relative URL).

// locKey names a memory location: a root and a field path under it.
type locKey struct {
	root ssa.Value
	path string
}

// locGuardState is the per-function state of the checks on memory.
type locGuardState struct {
	// pass: per location, the edges a check on a load of it passes along;
	// schemePass: per URL's location, the edges a check of its Scheme
	// against a safe scheme passes along.
	pass, schemePass map[locKey]map[blockEdge]bool
	// clean, scheme: the blocks reached only through those edges.
	clean, scheme map[locKey][]bool
	// stored: per root, the field paths the function stores into.
	stored map[ssa.Value][]storedPath
}

// storedPath is a field path a function stores into, and whether the
// value stored is a constant.
type storedPath struct {
	path  string
	konst bool
	// init: a store into a whole local variable in the block that
	// allocates it (a captured parameter's or variable's initial value,
	// n, err := load(id) after an early return), before any check of it
	// can run: a check reads the variable that allocation made, and a
	// block that runs the allocation again is not reached only through
	// the check.
	init bool
}

// location returns the location of memory at root+path when checks on it
// hold for every read (see above). constOK: stores of constants into it
// do not count, for allow-list checks (a default set after the check,
// "if q.Dir == "" { q.Dir = "asc" }", is program text), and for a prefix
// check on text (a constant replaces the whole text); a check of a URL's
// Scheme needs the checked URL itself (u.Scheme = "javascript" after it
// keeps the rest of the URL).
func (s *fnState) location(root ssa.Value, path string, constOK bool) (locKey, bool) {
	switch r := root.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Call, *ssa.Extract:
	case *ssa.Alloc:
		// A local struct (a request decoded into it), unless a closure
		// shares it and may write it at any call.
		for _, ref := range *r.Referrers() {
			if mc, ok := ref.(*ssa.MakeClosure); ok && closureStores(mc, r) {
				return locKey{}, false
			}
		}
	default:
		return locKey{}, false
	}
	if strings.Contains(path, "[]") || strings.HasPrefix(path, "*") {
		return locKey{}, false
	}
	lg := &s.locGuard
	if lg.stored == nil {
		lg.stored = map[ssa.Value][]storedPath{}
		for _, b := range s.fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok {
					r, p := rootOf(st.Addr)
					_, k := st.Val.(*ssa.Const)
					_, local := r.(*ssa.Alloc)
					init := local && p == "" && r.(*ssa.Alloc).Block() == b
					lg.stored[r] = append(lg.stored[r], storedPath{p, k, init})
				}
			}
		}
	}
	inits := 0
	for _, p := range lg.stored[root] {
		if p.init {
			inits++
		}
	}
	for _, p := range lg.stored[root] {
		if p.init && inits == 1 {
			continue // the variable's one initial value, which checks test
		}
		if related(p.path, path) && (!constOK || !p.konst) {
			return locKey{}, false
		}
	}
	return locKey{root, path}, true
}

// loadLoc returns the location a load of a field reads, if checks on it
// hold for every read (constOK: see location).
func (s *fnState) loadLoc(v ssa.Value, constOK bool) (locKey, bool) {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return locKey{}, false
	}
	root, path := rootOf(u.X)
	if path == "" {
		// A local variable, or one a closure captures (*fv).
		switch root.(type) {
		case *ssa.Alloc, *ssa.FreeVar:
		default:
			return locKey{}, false
		}
	}
	return s.location(root, path, constOK)
}

// closureStores reports whether the closure mc makes may store into the
// variable a it captures: a store through its free variable, or any other
// use of the free variable than a load (its address passed on).
func closureStores(mc *ssa.MakeClosure, a *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return true
	}
	for i, b := range mc.Bindings {
		if b != a || i >= len(fn.FreeVars) {
			continue
		}
		for _, ref := range *fn.FreeVars[i].Referrers() {
			if u, ok := ref.(*ssa.UnOp); ok && u.Op == token.MUL {
				continue
			}
			if _, ok := ref.(*ssa.DebugRef); ok {
				continue
			}
			return true
		}
	}
	return false
}

// capturedChecked reports whether an allow-list check on the local
// variable v, which a closure captures, holds in block b (where the
// closure is made).
func (s *fnState) capturedChecked(v ssa.Value, b *ssa.BasicBlock) bool {
	a, ok := v.(*ssa.Alloc)
	if !ok || s.locGuard.clean == nil || b == nil {
		return false
	}
	key, ok := s.location(a, "", true)
	return ok && s.locGuard.clean[key] != nil && s.locGuard.clean[key][b.Index]
}

// setBefore reports whether every call handed the address of the local
// variable v (rows.Scan(&bed)) runs before block b's end and cannot run
// again after it: a check at the end of b then holds for every later load
// of v that the check guards (location rejects v if it is ever stored
// into directly). Any other use of the address (stored, converted) may
// let a write happen anywhere.
func setBefore(v *ssa.Alloc, b *ssa.BasicBlock) bool {
	var calls []*ssa.BasicBlock // blocks of the calls handed v's address
	for _, ref := range *v.Referrers() {
		switch r := ref.(type) {
		case *ssa.UnOp:
			if r.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		case *ssa.Store:
			if r.Val == v {
				return false
			}
		case ssa.CallInstruction:
			calls = append(calls, r.Block())
		case *ssa.MakeClosure:
			// A closure that captures v and only reads it.
			if closureStores(r, v) {
				return false
			}
		case *ssa.MakeInterface:
			// An element of a call's variadic list (rows.Scan(&bed)):
			// the list is built where the call is.
			if !varargElem(r) {
				return false
			}
			calls = append(calls, r.Block())
		default:
			return false
		}
	}
	// b must reach none of the calls: one it reaches may run after the
	// check. One search for all of them.
	return len(calls) == 0 || !typesutil.Reaching(calls...)[b]
}

// varargElem reports whether v is used only as an element of a local
// array (the backing array of a call's variadic list).
func varargElem(v ssa.Value) bool {
	for _, ref := range *v.Referrers() {
		st, ok := ref.(*ssa.Store)
		if !ok || st.Val != v {
			return false
		}
		ia, ok := st.Addr.(*ssa.IndexAddr)
		if !ok {
			return false
		}
		if _, local := ia.X.(*ssa.Alloc); !local {
			return false
		}
	}
	return true
}

// checkedLoc returns the location of the load a check passed along edge
// e tests, if the check holds for every read of it.
func (s *fnState) checkedLoc(checked ssa.Value, e blockEdge, constOK bool) (locKey, bool) {
	key, ok := s.loadLoc(checked, constOK)
	if !ok {
		return locKey{}, false
	}
	if v, local := key.root.(*ssa.Alloc); local && key.path == "" && !setBefore(v, s.fn.Blocks[e.from]) {
		return locKey{}, false
	}
	return key, true
}

// addPass records that a check on key passes along e.
func addPass(m *map[locKey]map[blockEdge]bool, key locKey, e blockEdge) {
	if *m == nil {
		*m = map[locKey]map[blockEdge]bool{}
	}
	if (*m)[key] == nil {
		(*m)[key] = map[blockEdge]bool{}
	}
	(*m)[key][e] = true
}

// noteLocCheck records a check on checked (compared with k, if a
// constant) passed along edge e.
func (s *fnState) noteLocCheck(checked ssa.Value, k *ssa.Const, e blockEdge) {
	key, ok := s.checkedLoc(checked, e, true)
	if !ok {
		return
	}
	lg := &s.locGuard
	addPass(&lg.pass, key, e)
	// u.Scheme == "https": the URL u points to.
	if k == nil {
		return
	}
	if scheme, ok := typesutil.ConstString(k); !ok || !safeScheme(scheme) {
		return
	}
	u := checked.(*ssa.UnOp)
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok || fieldName(fa.X.Type(), fa.Field) != "Scheme" || typesutil.NamedPath(fa.X.Type()) != "net/url.URL" {
		return
	}
	root, path := rootOf(fa.X)
	if url, ok := s.location(root, path, false); ok {
		addPass(&lg.schemePass, url, e)
	}
}

// finishLocGuards computes the blocks each location's checks guard.
func (s *fnState) finishLocGuards() {
	lg := &s.locGuard
	exits := s.constExits()
	blocks := func(pass map[locKey]map[blockEdge]bool) map[locKey][]bool {
		out := map[locKey][]bool{}
		for k, edges := range pass {
			ex := exits[k]
			out[k] = s.cleanBlocks(func(from, to int) bool { return edges[blockEdge{from, to}] || ex != nil && ex[from] })
		}
		return out
	}
	if lg.pass != nil {
		lg.clean = blocks(lg.pass)
	}
	if lg.schemePass != nil {
		lg.scheme = blocks(lg.schemePass)
	}
}

// constExits returns, per checked location, the blocks whose last store
// into it is a constant: what leaves them is program text, as on a
// passed check's edge (var dir string; rows.Scan(&dir); if dir != "asc" &&
// dir != "desc" { dir = "asc" }). Only a store into the location itself
// counts, not into a field under it.
func (s *fnState) constExits() map[locKey][]bool {
	lg := &s.locGuard
	if len(lg.pass) == 0 && len(lg.schemePass) == 0 {
		return nil
	}
	var out map[locKey][]bool
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			r, p := rootOf(st.Addr)
			key := locKey{r, p}
			if lg.pass[key] == nil && lg.schemePass[key] == nil {
				continue
			}
			if out == nil {
				out = map[locKey][]bool{}
			}
			if out[key] == nil {
				out[key] = make([]bool, len(s.fn.Blocks))
			}
			_, k := st.Val.(*ssa.Const)
			out[key][b.Index] = k
		}
	}
	// A call handed the variable's address after the constant (ward :=
	// "north"; row.Scan(&ward)) may write it: any use of the root other
	// than a load or a store after the last store of the block.
	for key, ends := range out {
		for bi, k := range ends {
			if k && addressUsedAfterStore(s.fn.Blocks[bi], key.root) {
				ends[bi] = false
			}
		}
	}
	return out
}

// addressUsedAfterStore reports whether, after the last store into root's
// memory in b, an instruction of b uses root otherwise than by a load.
func addressUsedAfterStore(b *ssa.BasicBlock, root ssa.Value) bool {
	refs := root.Referrers()
	if refs == nil {
		return false
	}
	uses := map[ssa.Instruction]bool{}
	for _, r := range *refs {
		uses[r] = true
	}
	after := false
	for _, instr := range b.Instrs {
		if st, ok := instr.(*ssa.Store); ok {
			if r, _ := rootOf(st.Addr); r == root {
				after = true
				continue
			}
		}
		if !after || !uses[instr] {
			continue
		}
		if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL {
			continue
		}
		if _, ok := instr.(*ssa.DebugRef); ok {
			continue
		}
		return true
	}
	return false
}

// locChecked reports whether v is a load of a location whose check passed
// in block b, or along the edge from b to next (next >= 0).
func (s *fnState) locChecked(v ssa.Value, b, next int) bool {
	if s.locGuard.clean == nil {
		return false
	}
	key, ok := s.loadLoc(v, true)
	if !ok {
		return false
	}
	return s.locGuard.clean[key] != nil && s.locGuard.clean[key][b] || next >= 0 && s.locGuard.pass[key][blockEdge{b, next}]
}

// schemeChecked marks t safe as a URL when root+path is a URL whose scheme
// was checked in the current block.
func (s *fnState) schemeChecked(root ssa.Value, path string, t Taint) Taint {
	if s.locGuard.scheme == nil || s.cur == nil || t.Empty() {
		return t
	}
	if key, ok := s.location(root, path, false); ok {
		if clean := s.locGuard.scheme[key]; clean != nil && clean[s.cur.Index] {
			t.Esc |= models.EscScheme
		}
	}
	return t
}

// edgeSchemeChecked reports whether v is a URL whose Scheme was checked
// on the way to the edge from block pred to next: "if u.Scheme !=
// "https" { u = &url.URL{Path: "/"} }" leaves a φ whose edge from the
// passed check carries the checked URL.
func (s *fnState) edgeSchemeChecked(v ssa.Value, pred, next int) bool {
	if s.locGuard.schemePass == nil {
		return false
	}
	if _, ok := v.Type().Underlying().(*types.Pointer); !ok {
		return false
	}
	root, path := rootOf(v)
	key, ok := s.location(root, path, false)
	if !ok {
		return false
	}
	return s.locGuard.scheme[key] != nil && s.locGuard.scheme[key][pred] || s.locGuard.schemePass[key][blockEdge{pred, next}]
}

// parsedSchemeOf returns the text a URL was parsed from (x of u, err :=
// url.Parse(x)) when checked is a load of u.Scheme compared with a scheme
// that cannot run script: the text begins with that scheme, or, for an
// empty one, has none (url.Parse refuses a first path segment with a
// colon).
func parsedSchemeOf(checked ssa.Value, k *ssa.Const) ssa.Value {
	if k == nil {
		return nil
	}
	if scheme, ok := typesutil.ConstString(k); !ok || !safeScheme(scheme) {
		return nil
	}
	u, ok := checked.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok || fieldName(fa.X.Type(), fa.Field) != "Scheme" || typesutil.NamedPath(fa.X.Type()) != "net/url.URL" {
		return nil
	}
	ex, ok := fa.X.(*ssa.Extract)
	if !ok || ex.Index != 0 {
		return nil
	}
	call, ok := ex.Tuple.(*ssa.Call)
	if !ok || len(call.Call.Args) != 1 {
		return nil
	}
	if obj := typesutil.Callee(&call.Call); obj == nil || obj.FullName() != "net/url.Parse" && obj.FullName() != "net/url.ParseRequestURI" {
		return nil
	}
	return call.Call.Args[0]
}

// safeScheme reports whether a URL of this scheme cannot run script. A
// parsed URL without one is relative: url.Parse refuses a first path
// segment with a colon, and String writes "./" before one, so no scheme
// can form.
func safeScheme(scheme string) bool {
	switch strings.ToLower(scheme) {
	case "", "http", "https", "mailto", "ftp", "tel":
		return true
	}
	return false
}

// markupRejected returns the text a models.CharCheck looks for the
// characters that open markup or end a quoted attribute in
// (strings.ContainsAny(s, "<>\"'&"), models.MarkupChars): where the call
// says false, the text is as if escaped for HTML. Nil for other calls.
func markupRejected(c *ssa.Call) ssa.Value {
	obj := typesutil.Callee(&c.Call)
	if obj == nil {
		return nil
	}
	row := models.CharCheckFor(obj.FullName())
	if row == nil {
		return nil
	}
	chars, ok := typesutil.ConstString(modelArg(c.Call.Args, false, row.Chars))
	if !ok || !models.MarkupChars(chars) {
		return nil
	}
	return modelArg(c.Call.Args, false, row.Arg)
}

// schemePrefixChecked returns the text a call checks to begin with a
// prefix that fixes a URL's scheme (strings.HasPrefix(u, "https://"), a
// relative "/"), or nil.
func schemePrefixChecked(c *ssa.Call) ssa.Value {
	obj := typesutil.Callee(&c.Call)
	if obj == nil || obj.FullName() != "strings.HasPrefix" || len(c.Call.Args) != 2 {
		return nil
	}
	k, ok := c.Call.Args[1].(*ssa.Const)
	if prefix, isText := typesutil.ConstString(c.Call.Args[1]); !ok || !isText || prefix == "" || !fixesScheme(k) {
		return nil
	}
	return c.Call.Args[0]
}

// noteLocScheme records a scheme prefix check on a load of a location
// passed along edge e.
func (s *fnState) noteLocScheme(checked ssa.Value, e blockEdge) {
	if key, ok := s.checkedLoc(checked, e, true); ok {
		addPass(&s.locGuard.schemePass, key, e)
	}
}

// locSchemeChecked reports whether v is a load of text whose scheme
// prefix check passed in block b.
func (s *fnState) locSchemeChecked(v ssa.Value, b *ssa.BasicBlock) bool {
	if s.locGuard.scheme == nil || b == nil {
		return false
	}
	key, ok := s.loadLoc(v, true)
	return ok && s.locGuard.scheme[key] != nil && s.locGuard.scheme[key][b.Index]
}

// noteStructCheck records that a validation of the struct ptr points to
// (a models.StructCheck: gin's ShouldBindQuery(&q), validate.Struct(&q))
// passed along edge e: each text field whose validator tag accepts only
// safe text (oneof=asc desc, alphanum) is checked there, as if compared
// with the allowed values in place.
func (s *fnState) noteStructCheck(ptr ssa.Value, row *models.StructCheck, e blockEdge) {
	root, path := rootOf(ptr)
	safeFields(ptr.Type(), row.Tag, 0, func(fp string) {
		if key, ok := s.location(root, path+fp, true); ok {
			addPass(&s.locGuard.pass, key, e)
		}
	})
}
