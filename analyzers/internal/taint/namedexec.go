package taint

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Helpers that execute a named template (learned models.NamedExec rows).
//
// An application seldom calls ExecuteTemplate where it writes the error:
//
//	func render(w io.Writer, name string, data any) error {
//		return pages.ExecuteTemplate(w, name, data)
//	}
//
// The helper's error has a row's shape: what it returns before anything
// was written begins with text that content sniffing serves as
// text/plain, whatever it quotes; what it returns after output may have
// begun quotes, of what its caller passes, only some of its parameters
// (the data): the row's Quotes, each of which templateErrorPlain requires
// to hold no source where the error is written. Such a helper is a named
// execution itself. The property crosses packages in funcFact.NamedExec,
// and in slotFact for a hook another package installs.
//
// A function is one when its only result is an error, exactly one
// parameter is a writer a response satisfies (io.Writer,
// http.ResponseWriter) that it hands on, and every error it returns is
//   - nil;
//   - the error of a named execution (a row, or a helper learned here)
//     into that writer: the parameters its quoted arguments are or hold
//     (a map built of them) are quoted by this one too, and an argument
//     that holds a source of the helper's own makes it none;
//   - returned where nothing may have been written to the writer yet,
//     with text that begins plain (plainError) or that carries nothing;
//   - returned after output may have begun, carrying no source: the
//     parameters it carries are quoted.
// The writer itself is never quoted. The row's Name is the parameter an
// inner execution is given as its name, when one is; it is informative.

// namedExecOf returns the row of a call that executes a named template:
// a model row, or a learned helper (its static callee, or every function
// a resolvable function slot holds, all alike). Nil when it is not one.
func (p *pkgState) namedExecOf(c *ssa.Call) *models.NamedExec {
	cc := &c.Call
	if obj := typesutil.Callee(cc); obj != nil {
		if row := models.NamedExecFor(obj.FullName()); row != nil {
			return row
		}
	}
	if cc.IsInvoke() {
		return nil
	}
	if g := staticOrigin(cc); g != nil {
		return p.learnedNamedExec(g)
	}
	callees := p.slotCallees(cc.Value)
	if len(callees) == 0 {
		if f := p.slotFactOf(cc.Value); f != nil {
			return f.namedExec()
		}
	}
	return p.commonExec(callees)
}

// commonExec returns the row every function of fns has, or nil.
func (p *pkgState) commonExec(fns []*ssa.Function) *models.NamedExec {
	var row *models.NamedExec
	for _, g := range fns {
		r := p.learnedNamedExec(g)
		if r == nil || row != nil && !sameExec(r, row) {
			return nil
		}
		row = r
	}
	return row
}

// slotFact: what every function a package stores into one of its
// exported function slots (a hook field: BodyTemplates.ExecuteTemplate)
// has in common, for calls through the slot in other packages: a learned
// named execution (funcFact.NamedExec), errors that begin plain
// (funcFact.PlainErr).
type slotFact struct {
	NamedExec []int
	PlainErr  bool
}

// AFact marks slotFact as an analysis fact.
func (*slotFact) AFact() {}

func (f *slotFact) String() string {
	return "slot(" + strings.Join(errorShape(f.NamedExec, f.PlainErr), "; ") + ")"
}

func (f *slotFact) namedExec() *models.NamedExec { return namedExecOfFact("", f.NamedExec) }

// slotFactOf returns the fact of the exported function slot of another
// package that the function value v was read from, or nil.
func (p *pkgState) slotFactOf(v ssa.Value) *slotFact {
	obj := slotOfValue(v)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return nil
	}
	var f slotFact
	if !p.pass.ImportObjectFact(obj, &f) {
		return nil
	}
	return &f
}

// exportSlotFacts exports a slotFact for each exported function slot of
// this package whose functions have something in common.
func (p *pkgState) exportSlotFacts() {
	if !declaresFuncSlot(p.pass.Pkg) {
		return // most packages: no walk over their instructions
	}
	if p.slots == nil {
		p.scanSlots()
	}
	for obj, fns := range p.exportedSlots {
		f := &slotFact{NamedExec: namedExecFact(p.commonExec(fns)), PlainErr: len(fns) > 0}
		for _, g := range fns {
			f.PlainErr = f.PlainErr && p.exportsPlainErrors(g)
		}
		if f.NamedExec != nil || f.PlainErr {
			p.pass.ExportObjectFact(obj, f)
		}
	}
}

// declaresFuncSlot reports whether pkg declares an exported package
// variable of function type, or an exported field of function type in a
// struct its named types hold (anonymous structs within, two deep).
func declaresFuncSlot(pkg *types.Package) bool {
	var inStruct func(t types.Type, depth int) bool
	inStruct = func(t types.Type, depth int) bool {
		st, ok := t.(*types.Struct)
		if !ok || depth > 2 {
			return false
		}
		for f := range st.Fields() {
			switch ft := f.Type().Underlying().(type) {
			case *types.Signature:
				if f.Exported() {
					return true
				}
			case *types.Struct:
				if _, named := f.Type().(*types.Named); !named && inStruct(ft, depth+1) {
					return true
				}
			}
		}
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch o := scope.Lookup(name).(type) {
		case *types.Var:
			if _, ok := o.Type().Underlying().(*types.Signature); ok && o.Exported() {
				return true
			}
		case *types.TypeName:
			if inStruct(o.Type().Underlying(), 0) {
				return true
			}
		}
	}
	return false
}

func sameExec(a, b *models.NamedExec) bool {
	return a.Writer == b.Writer && a.Name == b.Name && slices.Equal(a.Quotes, b.Quotes)
}

// learnedNamedExec returns fn's learned row (see above), from its body in
// this package or from its fact; nil when fn is not such a helper.
func (p *pkgState) learnedNamedExec(fn *ssa.Function) *models.NamedExec {
	if row, ok := p.namedExecs[fn]; ok {
		return row
	}
	if p.namedExecs == nil {
		p.namedExecs = map[*ssa.Function]*models.NamedExec{}
	}
	p.namedExecs[fn] = nil // recursion: not (yet) one
	var row *models.NamedExec
	if fn.Pkg != p.ssa.Pkg {
		obj, _ := fn.Object().(*types.Func)
		var f funcFact
		if obj != nil && obj.Pkg() != nil && obj.Pkg() != p.pass.Pkg && p.pass.ImportObjectFact(obj, &f) {
			row = namedExecOfFact(obj.FullName(), f.NamedExec)
		}
	} else if len(fn.Blocks) > 0 {
		row = p.learnNamedExec(fn)
	}
	p.namedExecs[fn] = row
	return row
}

// namedExecOfFact is the row a funcFact.NamedExec or slotFact.NamedExec
// says (namedExecFact's inverse), or nil.
func namedExecOfFact(fn string, nx []int) *models.NamedExec {
	if len(nx) < 2 {
		return nil
	}
	return &models.NamedExec{Func: fn, Writer: nx[0], Name: nx[1], Quotes: nx[2:]}
}

// namedExecFact is a row's funcFact.NamedExec.
func namedExecFact(row *models.NamedExec) []int {
	if row == nil {
		return nil
	}
	return append([]int{row.Writer, row.Name}, row.Quotes...)
}

// learnNamedExec decides from fn's body in this package (see above).
func (p *pkgState) learnNamedExec(fn *ssa.Function) *models.NamedExec {
	res := fn.Signature.Results()
	st := p.states[fn]
	if res.Len() != 1 || !isError(res.At(0).Type()) || st == nil {
		return nil
	}
	wi := -1
	for i, prm := range fn.Params {
		if satisfiedBy(models.ResponseWriter, prm.Type()) { // io.Writer, http.ResponseWriter
			if wi >= 0 {
				return nil
			}
			wi = i
		}
	}
	if wi < 0 || !usedAsWriter(fn.Params[wi], 0) {
		return nil
	}
	w := fn.Params[wi]
	paramOf := func(v ssa.Value) int {
		if v == nil {
			return -1
		}
		for i, prm := range fn.Params {
			if prm == typesutil.Unconvert(v) {
				return i
			}
		}
		return -1
	}
	// The named executions into the writer: their errors are the row's,
	// quoting the parameters their quoted arguments are or hold.
	var quotes uint64 // fn.Params indexes
	execs := map[ssa.Value]bool{}
	name := -1
	for _, b := range fn.Blocks {
	calls:
		for _, in := range b.Instrs {
			c, ok := in.(*ssa.Call)
			if !ok {
				continue
			}
			row := p.namedExecOf(c)
			if row == nil {
				continue
			}
			args, recv := execArgs(&c.Call)
			if paramOf(rowArg(args, recv, row.Writer)) != wi {
				continue
			}
			var q uint64
			for _, i := range row.Quotes {
				a := rowArg(args, recv, i)
				if a == nil || holdsNothing(a) {
					continue
				}
				if j := paramOf(a); j >= 0 && j < 64 {
					q |= 1 << j
					continue
				}
				// Built here (a map of the data): the parameters it holds
				// are quoted; a source of its own makes it no row's.
				t := st.withoutFV(st.deep(a))
				pq, ok := quotedParams(st, t)
				if !ok || t.Kinds&models.Injection != 0 {
					continue calls
				}
				q |= pq
			}
			quotes |= q
			if n := paramOf(rowArg(args, recv, row.Name)); n >= 0 && name < 0 {
				name = n
			}
			execs[c] = true
		}
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		q, ok := p.execErrorOK(st, ret, ret.Results[0], w, execs, 0)
		if !ok {
			return nil
		}
		quotes |= q
	}
	if quotes&(1<<wi) != 0 {
		return nil
	}
	// Rows count parameters after the receiver (models.Recv); fn.Params
	// has it first.
	off := 0
	if fn.Signature.Recv() != nil {
		off = 1
	}
	toRow := func(i int) int {
		if off == 1 && i == 0 {
			return models.Recv
		}
		return i - off
	}
	row := &models.NamedExec{Func: fn.String(), Writer: toRow(wi), Name: models.NoArg}
	if name >= 0 {
		row.Name = toRow(name)
	}
	for j := range fn.Params {
		if j < 64 && quotes&(1<<j) != 0 {
			row.Quotes = append(row.Quotes, toRow(j))
		}
	}
	return row
}

// execErrorOK reports whether the error e, returned by ret, is one a
// named execution may return (see above), and which of fn's parameters
// it may quote after output began.
func (p *pkgState) execErrorOK(st *fnState, ret *ssa.Return, e ssa.Value, w *ssa.Parameter, execs map[ssa.Value]bool, depth int) (uint64, bool) {
	e = typesutil.Unconvert(e)
	if isNilConst(e) || execs[e] {
		return 0, true
	}
	if x, ok := e.(*ssa.Extract); ok && execs[x.Tuple] && x.Index == x.Tuple.(*ssa.Call).Call.Signature().Results().Len()-1 {
		return 0, true
	}
	if phi, ok := e.(*ssa.Phi); ok && depth < 3 {
		var quotes uint64
		for _, ed := range phi.Edges {
			q, ok := p.execErrorOK(st, ret, ed, w, execs, depth+1)
			if !ok {
				return 0, false
			}
			quotes |= q
		}
		return quotes, len(phi.Edges) > 0
	}
	t := st.withoutFV(st.deep(e))
	if firstWrite(p, ret, w, nil) {
		// Nothing written yet: the error's text begins the body.
		return 0, t.Kinds == 0 && t.Params == 0 || p.plainError(e, 0)
	}
	if t.Kinds&models.Injection != 0 {
		return 0, false
	}
	return quotedParams(st, t)
}

// quotedParams maps t's Params bits to the fn.Params indexes they stand
// for (a field of a parameter is the parameter); false when one is none.
func quotedParams(st *fnState, t Taint) (uint64, bool) {
	var quotes uint64
	for j := range 64 {
		if t.Params&(1<<j) == 0 {
			continue
		}
		prm := j
		if j >= 32 {
			if j-32 >= len(st.fieldParams) {
				return 0, false
			}
			prm = st.fieldParams[j-32].param // a field of a parameter
		}
		if prm >= len(st.fn.Params) || prm >= 64 {
			return 0, false
		}
		quotes |= 1 << prm
	}
	return quotes, true
}

// rowArg is modelArg, with models.NoArg for none.
func rowArg(args []ssa.Value, hasRecv bool, i int) ssa.Value {
	if i == models.NoArg {
		return nil
	}
	return modelArg(args, hasRecv, i)
}

// execArgs returns a call's arguments, the receiver first, and whether
// there is one: a row's indexes count from after it (modelArg).
func execArgs(cc *ssa.CallCommon) ([]ssa.Value, bool) {
	if cc.IsInvoke() {
		return typesutil.CallArgs(cc), true
	}
	if g := cc.StaticCallee(); g != nil && g.Signature.Recv() != nil {
		return cc.Args, true
	}
	return cc.Args, false
}

// usedAsWriter reports whether v (converted or not) is handed to a call,
// stored or captured: whatever writes through it may.
func usedAsWriter(v ssa.Value, depth int) bool {
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case ssa.CallInstruction, *ssa.Store, *ssa.MakeClosure:
			return true
		case *ssa.ChangeInterface, *ssa.MakeInterface, *ssa.ChangeType:
			if depth < 2 && usedAsWriter(x.(ssa.Value), depth+1) {
				return true
			}
		}
	}
	return false
}

// holdsNothing: a value of the helper's own that carries no caller data
// (a constant, nil).
func holdsNothing(v ssa.Value) bool {
	_, ok := typesutil.Unconvert(v).(*ssa.Const)
	return ok
}
