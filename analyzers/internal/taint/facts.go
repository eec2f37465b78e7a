package taint

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
)

// summary is what callers need to know about a function.
type summary struct {
	results []Taint // per result
	// resultFields: field contents of a struct allocated and returned.
	resultFields []resultField
	// fieldParams names the Params bits 32+k (fields read under a parameter).
	fieldParams []paramPath
	sinks       []sinkEffect
	writes      []writeEffect
	// aliases, per result: the index of the pointer parameter every return
	// returns unchanged (a builder method's receiver), or -1. While the
	// function is analysed: -2 marks a result not yet returned.
	aliases []int
	// headers: what the function sets on the HTTP response on every path
	// to its returns.
	headers RespHeaders
	// ctxStores: parameters stored under keys of a request-scoped store
	// (ctxvalues.go). Kept within the package: not part of the fact.
	ctxStores []ctxStore
	// masks: every text the function returns is masked (mask.go).
	masks bool
	// texts, per result of interface type: what fmt prints of it (the
	// text of the Error or String method of each dynamic value it may
	// hold, see fmtText); nil where it is the result's whole taint.
	texts []*Taint
	// callbacks: what the function passes to the function-typed
	// parameters it calls (callbacks.go).
	callbacks []callbackArg
}

// addText joins t into what fmt prints of result i, of type rt.
func (s *summary) addText(i int, rt types.Type, t Taint) {
	if !types.IsInterface(rt) {
		return
	}
	for len(s.texts) <= i {
		s.texts = append(s.texts, nil)
	}
	if s.texts[i] == nil {
		s.texts[i] = &Taint{}
	}
	s.texts[i].join(t)
}

// text returns what fmt prints of result i, when the summary says.
func (s *summary) text(i int) (Taint, bool) {
	if i < len(s.texts) && s.texts[i] != nil {
		return *s.texts[i], true
	}
	return Taint{}, false
}

// alias notes that a return returns parameter idx (-1: something else)
// as result i.
func (s *summary) alias(i, idx int) {
	for len(s.aliases) <= i {
		s.aliases = append(s.aliases, -2)
	}
	switch s.aliases[i] {
	case -2:
		s.aliases[i] = idx
	case idx:
	default:
		s.aliases[i] = -1
	}
}

// aliasOf returns the parameter result i aliases, or -1.
func (s *summary) aliasOf(i int) int {
	if i < len(s.aliases) && s.aliases[i] >= 0 {
		return s.aliases[i]
	}
	return -1
}

// resultField: result Result, a pointer to a struct the function
// allocated, holds T at field path Path.
type resultField struct {
	Result int
	Path   string
	T      Taint
}

func (s *summary) addResultField(i int, path string, t Taint) {
	for k := range s.resultFields {
		if r := &s.resultFields[k]; r.Result == i && r.Path == path {
			r.T.join(t)
			return
		}
	}
	if len(s.resultFields) < maxWriteEffects {
		s.resultFields = append(s.resultFields, resultField{i, path, t})
	}
}

// sinkEffect: parameters in Params reach a sink of Class.
type sinkEffect struct {
	Class     models.Class
	Sink      string
	SinkPos   token.Pos // when in this package
	SinkWhere string
	Via       []string // analysed functions between this one and the sink
	Params    uint64
	Blind     uint64 // Taint.Blind of Params
	Built     bool
	Construct *Step
	Ctx       models.Escape // the sink's output context
	// Peer: for a comparison (models.PasswordCompare), the parameters the
	// compared-with side carries (Flow.Peer).
	Peer uint64
	// Writer, when not AnyWriter: the sink counts only where the caller's
	// argument for parameter WriterParam is a writer of this kind (the
	// function writes into an io.Writer it is given); Src is what the
	// function's own sources bring to it, reported at those callers.
	Writer      models.WriterKind
	WriterParam int
	Src         Taint
	// Misfit: the parameters reach an HTML sink escaped for HTML but
	// placed where that escape does not hold (htmlctx.go): it counts for
	// callers' request input and stored data only. Kept in this package:
	// not exported as a fact.
	Misfit *Misfit
	// Leads, LeadW, LeadPlain: Flow's.
	Leads     uint64
	LeadW     int
	LeadPlain bool
	// Typed > 0: the function set a non-HTML type on its response-writer
	// parameter Typed-1 before the write, which holds only where its
	// caller has not sent the headers yet (see typedHere).
	Typed int
	// HTMLTyped: the function set a type that may be HTML through its
	// framework before the write (fiber's c.Type("html")), which its
	// callers' earlier settings do not undo.
	HTMLTyped bool
}

// writeEffect: the function stores T into the pointee of parameter Param
// at field path Path ("" is the whole pointee, ".F" a field).
type writeEffect struct {
	Param int
	Path  string
	T     Taint
}

// Bounds that keep summaries (and facts) small.
const (
	maxSinkEffects  = 8
	maxWriteEffects = 8
)

func (s *summary) empty() bool {
	if len(s.sinks) > 0 || len(s.writes) > 0 || len(s.resultFields) > 0 || len(s.ctxStores) > 0 || len(s.callbacks) > 0 || s.headers != 0 || s.masks {
		return false
	}
	// A result's text (summary.texts) is within the result's taint: with
	// every result empty, so is every text.

	for i := range s.aliases {
		if s.aliasOf(i) >= 0 {
			return false
		}
	}
	for _, r := range s.results {
		if !r.Empty() {
			return false
		}
	}
	return true
}

// mergeLeads: a parameter begins the body when every effect that has it
// says so, of the same writer.
func mergeLeads(o, e *sinkEffect) uint64 {
	if o.Leads != 0 && e.Leads != 0 && o.LeadW != e.LeadW {
		return 0
	}
	if o.Leads == 0 {
		o.LeadW = e.LeadW
	}
	return o.Leads&e.Leads | o.Leads&^e.Params | e.Leads&^o.Params
}

func (s *summary) addSink(e sinkEffect) {
	for i := range s.sinks {
		o := &s.sinks[i]
		if o.Class == e.Class && o.Sink == e.Sink && o.SinkPos == e.SinkPos && o.SinkWhere == e.SinkWhere && slices.Equal(o.Via, e.Via) && o.Ctx == e.Ctx &&
			o.Writer == e.Writer && o.WriterParam == e.WriterParam && (o.Misfit == nil) == (e.Misfit == nil) && o.Typed == e.Typed && o.HTMLTyped == e.HTMLTyped {
			seen := (o.Params &^ o.Blind) | (e.Params &^ e.Blind)
			o.Leads = mergeLeads(o, &e)
			o.LeadPlain = o.LeadPlain && e.LeadPlain && o.LeadW == e.LeadW
			o.Params |= e.Params
			o.Src.join(e.Src)
			o.Blind = o.Params &^ seen
			o.Built = o.Built || e.Built
			o.Peer |= e.Peer
			if o.Construct == nil {
				o.Construct = e.Construct
			}
			return
		}
	}
	n := 0
	for _, o := range s.sinks {
		if o.Class == e.Class {
			n++
		}
	}
	if n < maxSinkEffects { // per class: log sinks leave room for SQL and HTML
		s.sinks = append(s.sinks, e)
	}
}

func (s *summary) addWrite(param int, path string, t Taint) {
	for i := range s.writes {
		w := &s.writes[i]
		if w.Param == param && w.Path == path {
			w.T.join(t)
			return
		}
	}
	if len(s.writes) < maxWriteEffects {
		s.writes = append(s.writes, writeEffect{param, path, t})
	}
}

// String is the summary's fact string; it also serves to detect change
// in the package fixpoint.
func (s *summary) String() string { return s.fact(nil).String() }

// funcFact is the exported form of a summary, attached to a *types.Func.
// Positions are strings: token.Pos values do not survive serialisation.
type funcFact struct {
	Results      []factTaint
	ResultFields []factWrite // Param is the result index
	Sinks        []factSink
	Writes       []factWrite
	// FieldParams names Params bits 32+k: "0.table" is field .table of
	// parameter 0.
	FieldParams []string
	// Aliases: per result, the pointer parameter it returns unchanged, or
	// -1 (nil when none does).
	Aliases []int
	// Headers: the response headers set on every path (RespHeaders).
	Headers uint8
	// Masks: every text the function returns is masked (summary.masks).
	Masks bool
	// Texts: what fmt prints of a result of interface type, where that
	// is less than the result carries (summary.texts); Param is the
	// result index.
	Texts []factWrite
	// Callbacks: summary.callbacks.
	Callbacks []factCallback
	// Quiet: the parameters reaching a response writer through which the
	// function writes nothing (quietParams).
	Quiet uint64
	// MW: for a middleware (one parameter, the handler it wraps), its
	// class (mwPlain, mwTyped; see middlewareClass).
	MW uint8
	// NamedExec: for a helper that executes a named template, its
	// writer and name parameters, then those an error after output may
	// quote (models.NamedExec; namedexec.go); nil otherwise.
	NamedExec []int
	// PlainErr: every non-nil error the function returns as its last
	// result begins with text content sniffing serves as text/plain
	// (plainErrors).
	PlainErr bool
}

type factTaint struct {
	Kinds  uint16
	Params uint64
	Blind  uint64 // Taint.Blind
	Built  bool
	Desc   string // source expression
	Label  string
	Where  string // source position
	Op     string // construction
	Esc    uint8  // output contexts escaped for (models.Escape)
	// Sens is the origin of the sensitive kinds, when Kinds has any.
	Sens *factOrigin
}

// factOrigin is a sensitive value's origin (Taint.Sens).
type factOrigin struct {
	Kind  uint16
	Desc  string
	Label string
	Where string
	What  string
}

type factSink struct {
	Class  string
	Sink   string
	Where  string
	Via    []string
	Params uint64
	Blind  uint64
	Built  bool
	Op     string
	Ctx    uint8 // the sink's output context (models.Escape)
	Peer   uint64
	// Writer, WriterParam, Src: sinkEffect's (nil Src when it carries
	// nothing).
	Writer      uint8
	WriterParam int
	Src         *factTaint
	// Leads, LeadW, LeadPlain, Typed: sinkEffect's.
	Leads     uint64
	LeadW     int
	LeadPlain bool
	Typed     int
	HTMLTyped bool
	// Misfit: sinkEffect's (a parameter escaped for HTML and placed where
	// that escape does not hold), without its position.
	Misfit *factMisfit
}

// factMisfit is a Misfit without its position.
type factMisfit struct {
	Ctx    uint8
	Attr   string
	Esc    uint8
	Params uint64
}

type factWrite struct {
	Param int
	Path  string
	T     factTaint
}

// AFact marks funcFact as an analysis fact.
func (*funcFact) AFact() {}

// String renders the fact deterministically, for `// want` fact tests:
// r0=untrusted{r.FormValue("q")}+p1/built; sink sql (*sql.DB).Query<-p0/built; write p0.SQL=p1
func (f *funcFact) String() string {
	var parts []string
	for i, r := range f.Results {
		if r.Kinds == 0 && r.Params == 0 {
			continue
		}
		parts = append(parts, fmt.Sprintf("r%d=%s", i, r.String()))
	}
	for _, r := range f.ResultFields {
		parts = append(parts, fmt.Sprintf("r%d%s=%s", r.Param, r.Path, r.T.String()))
	}
	if len(f.FieldParams) > 0 {
		parts = append(parts, "fields "+strings.Join(f.FieldParams, ","))
	}
	for _, s := range f.Sinks {
		x := fmt.Sprintf("sink %s %s<-%s", s.Class, shortName(s.Sink), params(s.Params))
		if s.Blind != 0 {
			x += "+blind(" + params(s.Blind) + ")"
		}
		if s.Built {
			x += "/built"
		}
		if s.Ctx != 0 {
			x += " ctx=" + models.Escape(s.Ctx).String()
		}
		if s.Writer != 0 {
			x += fmt.Sprintf(" if p%d is %s", s.WriterParam, models.WriterKind(s.Writer))
			if s.Src != nil {
				x += " src=" + s.Src.String()
			}
		}
		if s.Leads != 0 {
			x += fmt.Sprintf(" leads %s into p%d", params(s.Leads), s.LeadW)
		}
		if s.LeadPlain {
			x += fmt.Sprintf(" plain first into p%d", s.LeadW)
		}
		if s.Typed > 0 {
			x += fmt.Sprintf(" after typing p%d", s.Typed-1)
		}
		if s.HTMLTyped {
			x += " typed html"
		}
		if s.Misfit != nil {
			x += fmt.Sprintf(" misfit %d in %q", s.Misfit.Ctx, s.Misfit.Attr)
		}
		if len(s.Via) > 0 {
			x += " via " + strings.Join(s.Via, ",")
		}
		parts = append(parts, x)
	}
	for _, w := range f.Writes {
		parts = append(parts, fmt.Sprintf("write p%d%s=%s", w.Param, w.Path, w.T.String()))
	}
	for i, a := range f.Aliases {
		if a >= 0 {
			parts = append(parts, fmt.Sprintf("alias r%d=p%d", i, a))
		}
	}
	if f.Headers != 0 {
		parts = append(parts, "headers "+RespHeaders(f.Headers).String())
	}
	if f.Masks {
		parts = append(parts, "masks")
	}
	for _, t := range f.Texts {
		parts = append(parts, fmt.Sprintf("text r%d=%s", t.Param, t.T.String()))
	}
	for _, c := range f.Callbacks {
		parts = append(parts, c.String())
	}
	if f.Quiet != 0 {
		parts = append(parts, "quiet "+params(f.Quiet))
	}
	switch f.MW {
	case mwPlain:
		parts = append(parts, "middleware plain")
	case mwTyped:
		parts = append(parts, "middleware typed")
	}
	parts = append(parts, errorShape(f.NamedExec, f.PlainErr)...)
	return "taint(" + strings.Join(parts, "; ") + ")"
}

// errorShape renders NamedExec and PlainErr of a funcFact or slotFact.
func errorShape(namedExec []int, plainErr bool) []string {
	var parts []string
	if len(namedExec) >= 2 {
		parts = append(parts, fmt.Sprintf("named-exec w=%d name=%d quotes=%v", namedExec[0], namedExec[1], namedExec[2:]))
	}
	if plainErr {
		parts = append(parts, "plain-errors")
	}
	return parts
}

func (t factTaint) String() string {
	var parts []string
	if t.Kinds != 0 {
		k := models.Kind(t.Kinds).String()
		if t.Desc != "" {
			k += "{" + t.Desc + "}"
		}
		parts = append(parts, k)
	}
	if t.Params != 0 {
		parts = append(parts, params(t.Params))
	}
	if t.Blind != 0 {
		parts = append(parts, "blind("+params(t.Blind)+")")
	}
	s := strings.Join(parts, "+")
	if t.Sens != nil && t.Sens.Desc != t.Desc {
		s += "/sens{" + t.Sens.Desc + "}"
	}
	if t.Built {
		s += "/built"
	}
	if t.Esc != 0 {
		s += "/esc=" + models.Escape(t.Esc).String()
	}
	return s
}

func params(bits uint64) string {
	var ps []string
	for i := 0; i < 64; i++ {
		if bits&(1<<i) != 0 {
			if i < 32 {
				ps = append(ps, "p"+itoa(i))
			} else {
				ps = append(ps, "f"+itoa(i-32))
			}
		}
	}
	return strings.Join(ps, ",")
}

// pkgFact marks a package as analysed by the engine: a function of it
// without a funcFact passes no taint on.
type pkgFact struct{ Analysed bool }

// AFact marks pkgFact as an analysis fact.
func (*pkgFact) AFact() {}

func (*pkgFact) String() string { return "analysed" }

// fact converts a summary; p (may be nil) renders positions.
func (s *summary) fact(p *pkgState) *funcFact {
	f := &funcFact{Headers: uint8(s.headers), Masks: s.masks}
	for _, r := range s.results {
		f.Results = append(f.Results, toFactTaint(p, r))
	}
	for _, e := range s.sinks {
		w := e.SinkWhere
		if w == "" && p != nil {
			w = p.where(e.SinkPos)
		}
		fs := factSink{Class: string(e.Class), Sink: e.Sink, Where: w, Via: e.Via, Params: e.Params, Blind: e.Blind, Built: e.Built, Ctx: uint8(e.Ctx), Peer: e.Peer,
			Writer: uint8(e.Writer), WriterParam: e.WriterParam, Leads: e.Leads, LeadW: e.LeadW, LeadPlain: e.LeadPlain, Typed: e.Typed, HTMLTyped: e.HTMLTyped}
		if e.Writer != models.AnyWriter && !e.Src.Empty() {
			ft := toFactTaint(p, e.Src)
			fs.Src = &ft
		}
		if e.Construct != nil {
			fs.Op = e.Construct.Desc
		}
		if m := e.Misfit; m != nil {
			fs.Misfit = &factMisfit{Ctx: uint8(m.Ctx), Attr: m.Attr, Esc: uint8(m.Esc), Params: m.Params}
		}
		f.Sinks = append(f.Sinks, fs)
	}
	for _, w := range s.writes {
		f.Writes = append(f.Writes, factWrite{Param: w.Param, Path: w.Path, T: toFactTaint(p, w.T)})
	}
	for _, r := range s.resultFields {
		f.ResultFields = append(f.ResultFields, factWrite{Param: r.Result, Path: r.Path, T: toFactTaint(p, r.T)})
	}
	for i, t := range s.texts {
		if t != nil && i < len(s.results) && !same(*t, s.results[i]) {
			f.Texts = append(f.Texts, factWrite{Param: i, T: toFactTaint(p, *t)})
		}
	}
	for _, c := range s.callbacks {
		f.Callbacks = append(f.Callbacks, factCallback{Param: c.Param, Arg: c.Arg, T: toFactTaint(p, c.T)})
	}
	slices.SortFunc(f.ResultFields, func(a, b factWrite) int {
		if a.Param != b.Param {
			return a.Param - b.Param
		}
		return strings.Compare(a.Path, b.Path)
	})
	for _, fp := range s.fieldParams {
		f.FieldParams = append(f.FieldParams, itoa(fp.param)+fp.path)
	}
	for i := range s.aliases {
		if s.aliasOf(i) >= 0 {
			for i := range s.aliases {
				f.Aliases = append(f.Aliases, s.aliasOf(i))
			}
			break
		}
	}
	slices.SortFunc(f.Sinks, func(a, b factSink) int {
		if c := strings.Compare(a.Sink+a.Where+strings.Join(a.Via, ","), b.Sink+b.Where+strings.Join(b.Via, ",")); c != 0 {
			return c
		}
		if c := strings.Compare(a.Class, b.Class); c != 0 {
			return c // one call, two sinks: fmt.Fprintf's HTML and log rows
		}
		return int(a.Writer) - int(b.Writer)
	})
	slices.SortFunc(f.Writes, func(a, b factWrite) int {
		if a.Param != b.Param {
			return a.Param - b.Param
		}
		return strings.Compare(a.Path, b.Path)
	})
	return f
}

func toFactTaint(p *pkgState, t Taint) factTaint {
	ft := factTaint{Kinds: uint16(t.Kinds), Params: t.Params, Blind: t.Blind, Built: t.Built, Esc: uint8(t.Esc)}
	if o := t.Source; o != nil && t.Kinds != 0 {
		ft.Desc, ft.Label, ft.Where = o.Desc, o.Label, o.Where
		if ft.Where == "" && p != nil {
			ft.Where = p.where(o.Pos)
		}
	}
	if t.Construct != nil {
		ft.Op = t.Construct.Desc
	}
	if o := t.Sens; o != nil && t.Kinds&models.Sensitive != 0 {
		fo := &factOrigin{Kind: uint16(o.Kind), Desc: o.Desc, Label: o.Label, Where: o.Where, What: o.What}
		if fo.Where == "" && p != nil {
			fo.Where = p.where(o.Pos)
		}
		ft.Sens = fo
	}
	return ft
}

func fromFactTaint(ft factTaint) Taint {
	t := Taint{Kinds: models.Kind(ft.Kinds), Params: ft.Params, Blind: ft.Blind, Built: ft.Built, Esc: models.Escape(ft.Esc)}
	if t.Kinds != 0 {
		t.Source = &Origin{Kind: strongest(t.Kinds), Desc: ft.Desc, Label: ft.Label, Where: ft.Where}
	}
	if ft.Op != "" {
		t.Construct = &Step{Desc: ft.Op}
	}
	if o := ft.Sens; o != nil {
		t.Sens = &Origin{Kind: models.Kind(o.Kind), Desc: o.Desc, Label: o.Label, Where: o.Where, What: o.What}
	}
	return t
}

func (f *funcFact) summary() *summary {
	s := &summary{}
	for _, r := range f.Results {
		s.results = append(s.results, fromFactTaint(r))
	}
	for _, e := range f.Sinks {
		se := sinkEffect{Class: models.Class(e.Class), Sink: e.Sink, SinkWhere: e.Where, Via: e.Via, Params: e.Params, Blind: e.Blind, Built: e.Built, Ctx: models.Escape(e.Ctx), Peer: e.Peer,
			Writer: models.WriterKind(e.Writer), WriterParam: e.WriterParam, Leads: e.Leads, LeadW: e.LeadW, LeadPlain: e.LeadPlain, Typed: e.Typed, HTMLTyped: e.HTMLTyped}
		if e.Src != nil {
			se.Src = fromFactTaint(*e.Src)
		}
		if m := e.Misfit; m != nil {
			se.Misfit = &Misfit{Ctx: MisfitCtx(m.Ctx), Attr: m.Attr, Esc: models.Escape(m.Esc), Params: m.Params}
		}
		if e.Op != "" {
			se.Construct = &Step{Desc: e.Op}
		}
		s.sinks = append(s.sinks, se)
	}
	for _, w := range f.Writes {
		s.writes = append(s.writes, writeEffect{Param: w.Param, Path: w.Path, T: fromFactTaint(w.T)})
	}
	for _, r := range f.ResultFields {
		s.resultFields = append(s.resultFields, resultField{Result: r.Param, Path: r.Path, T: fromFactTaint(r.T)})
	}
	for _, t := range f.Texts {
		for len(s.texts) <= t.Param {
			s.texts = append(s.texts, nil)
		}
		ft := fromFactTaint(t.T)
		s.texts[t.Param] = &ft
	}
	for _, c := range f.Callbacks {
		s.callbacks = append(s.callbacks, callbackArg{Param: c.Param, Arg: c.Arg, T: fromFactTaint(c.T)})
	}
	s.aliases = f.Aliases
	s.headers = RespHeaders(f.Headers)
	s.masks = f.Masks
	for _, fp := range f.FieldParams {
		i := 0
		for i < len(fp) && fp[i] >= '0' && fp[i] <= '9' {
			i++
		}
		n := 0
		for _, c := range fp[:i] {
			n = n*10 + int(c-'0')
		}
		s.fieldParams = append(s.fieldParams, paramPath{n, fp[i:]})
	}
	return s
}

// exportFacts attaches the non-empty summaries of the package's declared
// functions and methods, and marks the package analysed.
func (p *pkgState) exportFacts(funcs []*ssa.Function) {
	p.pass.ExportPackageFact(&pkgFact{Analysed: true})
	for _, fn := range funcs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != p.pass.Pkg || fn.Parent() != nil {
			continue
		}
		q, mw := p.quietParams(fn), p.ownMiddlewareClass(fn)
		nx, pe := namedExecFact(p.learnedNamedExec(fn)), p.exportsPlainErrors(fn)
		s := p.sums[fn]
		if s == nil || s.empty() {
			if q != 0 || mw != mwNeutral || nx != nil || pe {
				p.pass.ExportObjectFact(obj, &funcFact{Quiet: q, MW: mw, NamedExec: nx, PlainErr: pe})
			}
			continue
		}
		f := s.fact(p)
		f.Quiet, f.MW, f.NamedExec, f.PlainErr = q, mw, nx, pe
		p.pass.ExportObjectFact(obj, f)
	}
}
