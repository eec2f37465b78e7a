// Package taint is sanitas's shared taint engine.
//
// One analyzer, Analyzer, runs over the SSA of each in-scope package (see
// typesutil.InScope) and computes, for every function, which values carry
// taint of which kinds (models.Kind) and from where, using the model tables
// of package models for sources, sanitisers, propagators and sinks. Within a
// package, function summaries are computed by fixpoint over the call graph;
// across packages they travel as analysis facts (unexported; the engine
// owns every fact type). Clients (sqlinject, and later xss, pwhash,
// logleak) require Analyzer and read its *Result: the flows into sinks of
// their class, and the taint of any SSA value for sinks of their own.
//
// Flow within a function: phis, conversions, string concatenation,
// formatting and joining (models.Propagator rows with Build), builders and
// buffers, slices, arrays, maps (a lookup carries the map's values, never
// the key: allow-lists of constants stay clean), channels, struct fields
// (field-sensitive paths on each allocation or parameter), closures (free
// variables carry the bound values; stores through a captured variable reach
// the enclosing function's variable; a sink a free variable reaches is the
// enclosing function's sink effect on what it binds there, since whoever
// receives the closure may call it). Values of numeric, boolean and time
// types are never tainted, which makes "%d" of an int and strconv.Itoa safe.
//
// Across functions: a summary says which parameters reach each result,
// which reach a sink of which class (and whether the text was built on the
// way), which fields of pointer parameters are written with what, and
// which results carry a source or unknown data. A sink that counts only
// for some writers (an HTTP response, os.Stdout: models.Sink.Writer) and
// writes into an io.Writer parameter is a conditional effect, with what
// the function's own sources bring to it: each caller decides it by the
// writer it passes (and passes it on when that is its own parameter).
// Interface calls resolve to
// at most four implementations in the same package; calls through an
// unexported function-typed field or package variable resolve to the
// functions and closures the package stores there (funcslots.go); other
// dynamic calls get the default of an unmodelled call. What the package
// sends on a channel held in a package variable or a struct field of its
// own is read at every receive from that variable or field (chans.go), as
// a package variable's contents are. Two smaller facts
// travel beside the summaries, each only where it says something: the
// parameters a function allow-lists before it returns a nil error or true
// (validators.go), and what a package stores under the keys of a
// request-scoped store such as gin's c.Set or context.WithValue
// (ctxvalues.go).
package taint

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
	"github.com/sanitas-go/sanitas/analyzers/internal/ssabuild"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Analyzer computes taint flows and exports function summaries as facts.
var Analyzer = &analysis.Analyzer{
	Name:       "taint",
	Doc:        "compute taint flows and function summaries for sanitas's analyzers",
	URL:        "https://github.com/sanitas-go/sanitas",
	Requires:   []*analysis.Analyzer{ssabuild.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(funcFact), new(pkgFact), new(checkFact), new(ctxFact), new(funcMapFact), new(madeFact), new(slotFact)},
}

// Origin is where tainted data entered the program.
type Origin struct {
	Kind  models.Kind
	Desc  string    // the source expression: r.URL.Query().Get("from")
	Label string    // what it is: "request input", "result of os.Getenv"
	Pos   token.Pos // in this package, or token.NoPos
	Where string    // "file.go:12:3" when the source is in another package
	Hops  []Step    // calls it was returned through, innermost first
	// What the name or row says a sensitive value is ("password", "NHS
	// number", models.WhatDSN); empty for other kinds.
	What string
	// Kept: the field of state every request shares that the value was
	// stored in before it was read here ("Guestbook.entries";
	// shared.go).
	Kept string
	// param: the source is a parameter's name, which says what the
	// function's own body handles; its callers pass their own values.
	param bool
}

// Describe names an origin by its source expression and what it is:
// "r.FormValue(\"q\") (request input)".
func (o *Origin) Describe() string {
	switch {
	case o == nil:
	case o.Kept != "":
		// Stored by one request and read by another.
		label := o.Label
		if label != "" {
			label += ", "
		}
		return strings.TrimSpace(o.Desc + " (" + label + "kept in " + o.Kept + " across requests)")
	case o.Desc != "" && o.Label != "":
		return o.Desc + " (" + o.Label + ")"
	case o.Desc != "":
		return o.Desc
	case o.Label != "":
		return "a " + o.Label
	}
	return "a non-constant value"
}

// Headline names an origin for the headline of a finding. Data of unknown
// origin that reached the reporting function as the result of a call is
// named by that call, with the unmodelled call deep inside it in
// parentheses: the os.Pipe inside a repository helper says less than the
// helper the code called. Other origins are described as they are.
func (o *Origin) Headline() string {
	if o != nil && o.Kind == models.Unknown && o.Label != models.LabelStored && len(o.Hops) > 0 && o.Desc != "" {
		if last := o.Hops[len(o.Hops)-1].Desc; strings.HasPrefix(last, returnedBy) {
			return "data " + last + " (of unknown origin: " + o.Desc + ")"
		}
	}
	return o.Describe()
}

// returnedBy begins the description of a hop through a call's result.
const returnedBy = "returned by "

// Step is one hop of a flow: a construction site or a call.
type Step struct {
	Pos   token.Pos // in this package, or token.NoPos
	Where string    // "file.go:12:3" when in another package
	Desc  string    // "fmt.Sprintf", "string concatenation", "returned by buildQuery"
}

// Taint is what a value carries.
type Taint struct {
	Kinds models.Kind // concrete kinds from sources (and Unknown)
	// Params: bit i < 32 depends on parameter i of the enclosing function
	// (receiver is 0); bit 32+k on a field read under a parameter (see
	// Flow.ParamNames).
	Params uint64
	// Blind: the bits of Params that reach the value only through the
	// error of an unmodelled library call: the parameter's text may be in
	// it, its credentials and personal data are not assumed to be.
	Blind  uint64
	Built  bool    // text was built (concatenated, formatted, joined) on the way
	Source *Origin // the most severe source, if Kinds != 0
	// Sens is the origin of the sensitive kinds (models.Sensitive), a
	// credential's before personal data's, if any: Source names the most
	// severe origin for injection, which a sensitive value does not
	// displace.
	Sens *Origin
	// Construct is the first place where the text was built, if Built.
	Construct *Step
	// Esc: the text is escaped for these output contexts (see escape.go).
	Esc models.Escape
	// EscP: the bits of Params whose text reaches the value only escaped
	// for HTML, when Esc does not say so of all of it (a translation
	// whose arguments were escaped and whose key was not). See escParams.
	EscP uint64
	// EscK: the text of the sources (Kinds) reaches the value only
	// escaped for HTML, when Esc does not say so of all of it (escaped
	// input joined with a parameter the callers pass). See escKinds.
	EscK bool
	// Misfit: assembled HTML placed text escaped for another context
	// where its escaping does not hold (see htmlctx.go).
	Misfit *Misfit
}

// Empty reports whether the value carries nothing.
func (t Taint) Empty() bool { return t.Kinds == 0 && t.Params == 0 }

// Has reports whether t carries any of the kinds k.
func (t Taint) Has(k models.Kind) bool { return t.Kinds&k != 0 }

// Flow is tainted data reaching a modelled sink, reported in the package
// under analysis: at the sink call itself, or at the call of a function
// (here or in another analysed package) that passes its parameter on to one.
type Flow struct {
	Class models.Class
	Sink  string        // FullName of the modelled sink function
	Pos   token.Pos     // the call in this package where the flow is reported
	Fn    *ssa.Function // the function containing Pos
	// Via lists the analysed functions between Pos and the sink, outermost
	// first; empty when Pos is the sink call.
	Via []string
	// SinkPos / SinkWhere locate the sink call when it is inside Via.
	SinkPos   token.Pos
	SinkWhere string
	Taint     Taint
	// ParamNames names the bits of Taint.Params: bit i < 32 is Fn's
	// parameter i, bit 32+k a field read under a parameter ("r.table").
	ParamNames []string
	// Settable: the bits of Taint.Params that callers outside the package
	// can set (whole parameters, exported fields).
	Settable uint64
	// Exported: Fn can be called from outside its package, so a parameter
	// in Taint.Params has callers sanitas may not see.
	Exported bool
	// Ctx is the sink's output context (models.Sink.Ctx), if any.
	Ctx models.Escape
	// Peer: for a comparison (models.PasswordCompare), what the side
	// Taint is compared with carries here: at a caller, what the caller's
	// arguments bring to it.
	Peer Taint
	// ViaReported: the first function in Via is exported and built the
	// text it passes to the sink from its own parameters (not from text
	// built here), so it reports what its parameters carry itself; a
	// parameter of Fn that reaches the sink through it is that finding
	// again.
	ViaReported bool
	// TemplateFunc: the flow enters the sink through this template
	// function (a FuncMap name) that a template executed at Pos calls
	// with the data; Via[0] is the Go function it names. With
	// TemplateMethod, it is the command that calls method Via[0] through
	// a field chain, as the template has it (".Note.Tagged $.Title").
	TemplateFunc   string
	TemplateMethod bool
	// Leads: the parameters of Fn whose text begins the body Fn writes
	// into its writer parameter LeadW, when nothing was written or typed
	// before in Fn (see leadParams): a caller's plain-text argument makes
	// the body sniffed as text/plain.
	Leads uint64
	LeadW int
	// LeadPlain: the body Fn writes into LeadW begins, on its own, with
	// text content sniffing serves as plain ("%d - %v" of a status): for
	// a caller whose call writes first, the whole body is plain text.
	LeadPlain bool
	// LateType: the helper Via[0] (or the sink itself, without Via:
	// http.Error) sets a non-HTML Content-Type before it writes, but Fn
	// sent the headers before calling it, so that type is not served
	// (sinkEffect.Typed, models.Sink.AfterSent).
	LateType bool
	// Action: the sink executes a text/template whose text the engine
	// read, and this action of it ("{{.URL | html}}") prints data
	// unescaped, or escaped for another context than the one it lands
	// in (ActionMisfit).
	Action       string
	ActionMisfit *Misfit
	// ErrorRoute: Pos returns an error that the framework hands to the
	// error handler Via[0], set as this setting ("echo's
	// HTTPErrorHandler"), which writes it (errroutes.go).
	ErrorRoute string
	// HTMLTyped: the sink's function set a type that may be HTML through
	// its framework before writing (sinkEffect.HTMLTyped).
	HTMLTyped bool
	// Into: the call at Pos decodes or scans the text into a value of
	// the trusted type Sink, here in its destination ("Letter.Body"):
	// trusted markup made without a conversion (decoded.go); "-" when it
	// is the value itself or an element.
	Into string
}

// Result is the engine's result for one package.
type Result struct {
	// SSA is the package's SSA (from ssabuild); nil Pkg when out of scope.
	SSA    *buildssa.SSA
	flows  []*Flow
	states map[*ssa.Function]*fnState
	p      *pkgState
}

// SinkArg is an argument of a call that the callee passes on to a sink.
type SinkArg struct {
	Arg  ssa.Value
	Sink string // FullName of the modelled sink
	// Via lists the callee, then the analysed functions between it and
	// the sink, outermost first.
	Via   []string
	Where string // the sink call's position
}

// SinkArgs returns the arguments of a call in this package that the
// callee (by its summary here, or its fact) passes whole to a sink of
// class c: for clients whose check depends on the argument's type, not
// on its taint (logleak: a struct whose fields a logger renders).
func (r *Result) SinkArgs(call ssa.CallInstruction, c models.Class) []SinkArg {
	if r.p == nil {
		return nil
	}
	cc := typesutil.Unbind(call.Common())
	var sums []*summary
	var callee string
	static := func(fn *ssa.Function) {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		if callee == "" {
			callee = shortName(calleeName(fn))
		}
		if fn.Pkg == r.p.ssa.Pkg {
			sums = append(sums, r.p.sums[fn])
		} else if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() != nil {
			var f funcFact
			if r.p.pass.ImportObjectFact(obj.Origin(), &f) {
				sums = append(sums, f.summary())
			}
		}
	}
	if fn := cc.StaticCallee(); fn != nil {
		static(fn)
	} else if cc.IsInvoke() {
		callee = shortName(cc.Method.FullName())
		for _, impl := range r.p.implementations(cc.Method) {
			sums = append(sums, r.p.sums[impl])
		}
	} else {
		for _, fn := range r.p.slotCallees(cc.Value) {
			static(fn)
		}
	}
	args := typesutil.CallArgs(cc)
	var out []SinkArg
	for _, sum := range sums {
		if sum == nil {
			continue
		}
		for _, e := range sum.sinks {
			if e.Class != c {
				continue
			}
			if e.Writer != models.AnyWriter && (e.WriterParam >= len(args) || !isWriter(e.Writer, args[e.WriterParam])) {
				continue // a writer that is not the sink's kind, or not known here
			}
			where := e.SinkWhere
			if where == "" {
				where = r.p.where(e.SinkPos)
			}
			for i, a := range args {
				// Not a parameter that reaches the sink only inside an
				// unmodelled call's error (Blind): a template's data is
				// not logged whole by logging the error of executing it.
				if i < 32 && e.Params&^e.Blind&(1<<i) != 0 {
					out = append(out, SinkArg{Arg: a, Sink: e.Sink, Via: append([]string{callee}, e.Via...), Where: where})
				}
			}
			// The elements of a slice or array parameter, each passed
			// whole (for _, x := range xs { log.Printf("%+v", x) }): the
			// argument's elements are what the sink shows.
			for k, fp := range sum.fieldParams {
				if k < 32 && e.Params&^e.Blind&(1<<(32+k)) != 0 && fp.path == "[]" && fp.param < len(args) && e.Params&(1<<fp.param) == 0 {
					out = append(out, SinkArg{Arg: args[fp.param], Sink: e.Sink, Via: append([]string{callee}, e.Via...), Where: where})
				}
			}
		}
	}
	return out
}

// Flows returns the flows into sinks of class c, in position order.
func (r *Result) Flows(c models.Class) []*Flow {
	var out []*Flow
	for _, f := range r.flows {
		if f.Class == c {
			out = append(out, f)
		}
	}
	return out
}

// stateOf returns the analysis of the function v belongs to (an
// instruction's or a parameter's), or nil.
func (r *Result) stateOf(v ssa.Value) *fnState {
	var fn *ssa.Function
	if i, ok := v.(ssa.Instruction); ok {
		fn = i.Parent()
	} else if p, ok := v.(*ssa.Parameter); ok {
		fn = p.Parent()
	}
	return r.states[fn]
}

// TaintOf returns what an SSA value of this package carries (its own taint
// and, for pointers, slices and maps, what is stored through it), for
// clients that check sinks of their own (configured sinks).
func (r *Result) TaintOf(v ssa.Value) Taint {
	if s := r.stateOf(v); s != nil {
		return s.withoutFV(s.deep(v))
	}
	return Taint{}
}

// maxRounds bounds the package-level fixpoint: callee-first order makes
// two rounds enough for non-recursive code; recursion and closures may
// need more, and the cap keeps a pathological package cheap.
const maxRounds = 5

func run(pass *analysis.Pass) (any, error) {
	ssaRes := pass.ResultOf[ssabuild.Analyzer].(*buildssa.SSA)
	res := &Result{SSA: ssaRes, states: map[*ssa.Function]*fnState{}}
	if ssaRes.Pkg == nil {
		return res, nil // out of scope: models describe it
	}
	p := newPkgState(pass, ssaRes)
	res.p = p
	p.states = res.states
	funcs := p.order()
	for round := 0; round < maxRounds; round++ {
		changed := false
		p.shareChanged = false
		p.namedExecs = nil // learned from this round's states
		for _, fn := range funcs {
			s := p.analyse(fn)
			key := s.sum.String() + "|" + s.sum.ctxString()
			if old, ok := p.sumKeys[fn]; !ok || old != key {
				p.sumKeys[fn] = key
				changed = true
			}
			p.sums[fn] = s.sum
			res.states[fn] = s
		}
		if !changed && !p.shareChanged {
			break
		}
	}
	// Flows in source order, one per call and sink: the most severe
	// taint, then the shortest chain of wrappers.
	best := map[string]int{}
	for _, fn := range funcs {
		for _, f := range res.states[fn].flows {
			k := string(f.Class) + f.Sink + "@" + itoa(int(f.Pos))
			if i, ok := best[k]; ok {
				o := res.flows[i]
				if rank(f.Taint.Kinds) > rank(o.Taint.Kinds) ||
					rank(f.Taint.Kinds) == rank(o.Taint.Kinds) && len(f.Via) < len(o.Via) {
					res.flows[i] = f
				}
				continue
			}
			best[k] = len(res.flows)
			res.flows = append(res.flows, f)
		}
	}
	slices.SortStableFunc(res.flows, func(a, b *Flow) int { return int(a.Pos) - int(b.Pos) })
	p.namedExecs = nil
	p.exportFacts(funcs)
	p.exportSlotFacts()
	p.exportValidators(funcs)
	p.exportCtx()
	p.exportFuncMaps()
	p.exportBuilt()
	return res, nil
}

// pkgState is the package-wide state of one run.
type pkgState struct {
	pass    *analysis.Pass
	ssa     *buildssa.SSA
	exprs   map[token.Pos]ast.Expr
	sums    map[*ssa.Function]*summary
	sumKeys map[*ssa.Function]string
	globals map[*ssa.Global][]*globalField
	// shared: the struct types of objects that outlive a request, and
	// sharedFields what the package stores in their fields (shared.go).
	shared       map[*types.Named]bool
	sharedFields map[*types.Named][]*globalField
	fvs          map[*ssa.FreeVar]*Taint
	fvBind       map[*ssa.FreeVar][]ssa.Value
	captured     map[ssa.Value]*Taint
	analysed     map[*types.Package]bool
	impls        map[*types.Func][]*ssa.Function
	// factImpls memoises foreignImpls; methodFacts indexes by name the
	// methods of other packages that have a summary fact.
	factImpls   map[*types.Func][]*types.Func
	methodFacts map[string][]*types.Func
	// opaqueCache memoises opaque, enumCache enum.
	opaqueCache map[types.Type]bool
	enumCache   map[*types.Named]bool
	// paramSrc memoises the sensitive kinds a parameter's name gives it.
	paramSrc map[*ssa.Parameter]Taint
	// fvFields: per closure free variable, the taint of each field path
	// the closure reads under it, as its enclosing function sees it.
	fvFields    map[*ssa.FreeVar]map[string]*Taint
	fvPathCache map[*ssa.Function]map[*ssa.FreeVar][]string
	// all: the functions analysed (see funcs); slots: the functions
	// stored in each resolvable function-typed slot (see slotCallees);
	// ifaceSlots: the concrete types stored in each resolvable
	// interface-typed slot (see slotTypes).
	all   []*ssa.Function
	slots map[types.Object][]*ssa.Function
	// exportedSlots: the same for exported function slots (slotFact).
	exportedSlots map[types.Object][]*ssa.Function
	ifaceSlots    map[types.Object][]types.Type
	// routeSafe: per handler, the route variables its routes constrain
	// to safe text (see routevars.go).
	routeSafe map[*ssa.Function]map[string]bool
	// converted: per function type of the package, the functions it
	// converts to it (see receiverFuncs).
	converted map[*types.TypeName][]ssa.Value
	// globalStores: per package variable, the values the package stores
	// in it (see storedOnce).
	globalStores map[*ssa.Global][]ssa.Value
	globalLoads  map[*ssa.Global][]*ssa.UnOp
	// chans: what the package sends on the channels of each package
	// variable or struct field, per field path of the element (chans.go).
	chans map[*types.Var][]*globalField
	// slogRes resolves the handlers of the package's slog loggers (see
	// slogHidden), made when first needed.
	slogRes *slogh.Resolver
	// constSets memoises constSetVar, validators validatorOf.
	constSets  map[*ssa.Global]bool
	validators map[*ssa.Function]validator
	// ctxVals: what the package stores under each key of a request-scoped
	// store; ctxImported: what imported packages store (ctxvalues.go).
	ctxVals map[string]*Taint
	// ctxStoredHere: the keys this package stores under, whatever it
	// stores (ctxVals keeps only stores that carry something).
	ctxStoredHere map[string]bool
	ctxImported   map[string]Taint
	// wrapped memoises wrappedPlain per handler; fnUses lists, per
	// function of the package, the instructions that use it as a value
	// (made when first needed).
	wrapped       map[*ssa.Function]bool
	fnUses        map[*ssa.Function][]ssa.Instruction
	plainWrappers map[wrapperParam]bool               // memoises plainWrapper
	handlerResps  map[*ssa.Function]*handlerResp      // memoises handlerResponse
	typedServed   map[*ssa.Function]bool              // memoises servedTyped
	holds         map[reachKey]bool                   // memoises holdsWriter
	reachMemo     map[*ssa.UnOp]*reaching             // memoises reachingOf
	quiet         map[*ssa.Function]uint64            // memoises quietParams
	namedExecs    map[*ssa.Function]*models.NamedExec // memoises learnedNamedExec, per round
	states        map[*ssa.Function]*fnState          // the functions analysed (Result.states)
	plainErrs     map[plainErrKey]bool                // memoises plainErrors
	errRouteOf    map[*ssa.Function][]errRoute        // memoises errRoutes (errroutes.go)
	errHandlerOf  map[*ssa.Function]bool              // the error handlers errRoutes found
	reqHeaders    map[reqHeaderKey]bool               // memoises reqHeaderSet
	// foreignLoads: other packages' variables origins met (builtwith.go);
	// madeFacts: the madeFacts being exported.
	foreignLoads []types.Object
	madeFacts    map[types.Object]*madeFact
	// factHeaders memoises the headers other packages' functions set
	// (funcFact.Headers).
	factHeaders map[*types.Func]RespHeaders
	// ifaceSinkCache memoises ifaceSinks; imported indexes by path the
	// packages this one imports, directly or not.
	ifaceSinkCache map[*types.Func][]ifaceSink
	imported       map[string]*types.Package
	// builtCache memoises builtWith (builtwith.go).
	builtCache map[builtKey]bool
	// policyCache memoises policyWidened (policy.go).
	policyCache map[ssa.Value]string
	// fieldStoreIdx: the values this package stores in each struct
	// field (fieldStores), built once.
	fieldStoreIdx map[types.Object][]ssa.Value
	// staticCallers: the calls in this package of each function
	// (directCalls), built once.
	staticCallers map[*ssa.Function][]ssa.CallInstruction
	// tmpl memoises resolved templates and FuncMaps (funcmap.go).
	tmpl *tmplState
	// shareChanged is set when package-wide state (globals, free
	// variables, captured variables) grew during a round.
	shareChanged bool
}

func newPkgState(pass *analysis.Pass, s *buildssa.SSA) *pkgState {
	p := &pkgState{
		pass:      pass,
		ssa:       s,
		exprs:     map[token.Pos]ast.Expr{},
		sums:      map[*ssa.Function]*summary{},
		sumKeys:   map[*ssa.Function]string{},
		globals:   map[*ssa.Global][]*globalField{},
		fvs:       map[*ssa.FreeVar]*Taint{},
		fvBind:    map[*ssa.FreeVar][]ssa.Value{},
		captured:  map[ssa.Value]*Taint{},
		analysed:  map[*types.Package]bool{},
		impls:     map[*types.Func][]*ssa.Function{},
		factImpls: map[*types.Func][]*types.Func{},

		opaqueCache: map[types.Type]bool{},
		enumCache:   map[*types.Named]bool{},
		paramSrc:    map[*ssa.Parameter]Taint{},
		fvFields:    map[*ssa.FreeVar]map[string]*Taint{},
		fvPathCache: map[*ssa.Function]map[*ssa.FreeVar][]string{},
		factHeaders: map[*types.Func]RespHeaders{},

		ifaceSinkCache: map[*types.Func][]ifaceSink{},
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch e := n.(type) {
			case *ast.CallExpr:
				p.exprs[e.Lparen] = e
			case *ast.SelectorExpr:
				p.exprs[e.Sel.Pos()] = e
			}
			return true
		})
	}
	return p
}

// order returns the package's functions callees first (post-order over
// static calls, and over the closures each makes: their sinks are the
// maker's effects, see closureSinks), the synthetic package initialiser
// included (it stores the initial values of package variables).
func (p *pkgState) order() []*ssa.Function {
	all := p.funcs()
	in := map[*ssa.Function]bool{}
	for _, f := range all {
		in[f] = true
	}
	var out []*ssa.Function
	seen := map[*ssa.Function]bool{}
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		if seen[f] {
			return
		}
		seen[f] = true
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					if g, ok := mc.Fn.(*ssa.Function); ok && in[g] {
						visit(g)
					}
					continue
				}
				if c, ok := instr.(ssa.CallInstruction); ok {
					if g := typesutil.Unbind(c.Common()).StaticCallee(); g != nil {
						if g.Origin() != nil {
							g = g.Origin()
						}
						if in[g] {
							visit(g)
						}
					} else if !c.Common().IsInvoke() {
						for _, g := range p.slotCallees(c.Common().Value) {
							if in[g] {
								visit(g)
							}
						}
					}
				}
			}
		}
		out = append(out, f)
	}
	for _, f := range all {
		visit(f)
	}
	return out
}

// funcs returns the package's source functions and the synthetic package
// initialiser with the closures of package variables' initial values.
func (p *pkgState) funcs() []*ssa.Function {
	if p.all != nil {
		return p.all
	}
	all := slices.Clone(p.ssa.SrcFuncs)
	if init := p.ssa.Pkg.Func("init"); init != nil {
		var add func(f *ssa.Function)
		add = func(f *ssa.Function) {
			all = append(all, f)
			for _, anon := range f.AnonFuncs {
				add(anon)
			}
		}
		add(init)
	}
	p.all = all
	return all
}

// isAnalysed reports whether pkg was analysed by the engine (it has the
// package fact): a function of it without a fact passes nothing on.
func (p *pkgState) isAnalysed(pkg *types.Package) bool {
	if v, ok := p.analysed[pkg]; ok {
		return v
	}
	var f pkgFact
	v := p.pass.ImportPackageFact(pkg, &f)
	p.analysed[pkg] = v
	return v
}

// implementations returns the methods of this package's named types that
// implement the interface method m, at most four (bounded resolution).
func (p *pkgState) implementations(m *types.Func) []*ssa.Function {
	if fs, ok := p.impls[m]; ok {
		return fs
	}
	var out []*ssa.Function
	recv := m.Signature().Recv()
	iface, _ := recv.Type().Underlying().(*types.Interface)
	// An interface of an unanalysed package (io.Writer, fmt.Stringer) is
	// implemented all over the program: the package's own implementation
	// (a logging Writer) is not what a call on it reaches (a buffer, a
	// multipart part). So is the universe's error: err.Error() is most
	// often the text of an error fmt.Errorf or a library made, not of
	// the package's own error type.
	if m.Pkg() == nil || m.Pkg() != p.pass.Pkg && !p.isAnalysed(m.Pkg()) {
		iface = nil
	}
	if iface != nil {
		scope := p.pass.Pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if _, isIface := tn.Type().Underlying().(*types.Interface); isIface {
				continue
			}
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if !types.Implements(t, iface) {
					continue
				}
				sel := p.ssa.Pkg.Prog.MethodSets.MethodSet(t).Lookup(m.Pkg(), m.Name())
				if sel == nil {
					continue
				}
				if fn := p.ssa.Pkg.Prog.MethodValue(sel); fn != nil && fn.Pkg == p.ssa.Pkg {
					out = append(out, fn)
				}
				break
			}
			if len(out) > 4 {
				out = nil
				break
			}
		}
	}
	p.impls[m] = out
	return out
}

// foreignImpls returns the methods of named types of other analysed
// packages (this package's dependencies) that implement the interface
// method m and have a summary fact: a PatientStore interface declared
// beside its SQL implementation, called from a handler package. Nil when
// there are more than four, or when m's interface belongs to an
// unanalysed package (see implementations).
func (p *pkgState) foreignImpls(m *types.Func) []*types.Func {
	if fs, ok := p.factImpls[m]; ok {
		return fs
	}
	var out []*types.Func
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if iface != nil && m.Pkg() != nil && (m.Pkg() == p.pass.Pkg || p.isAnalysed(m.Pkg())) {
		if p.methodFacts == nil {
			p.methodFacts = map[string][]*types.Func{}
			for _, of := range p.pass.AllObjectFacts() {
				if _, ok := of.Fact.(*funcFact); !ok {
					continue
				}
				if fn, ok := of.Object.(*types.Func); ok && fn.Signature().Recv() != nil && fn.Pkg() != p.pass.Pkg {
					p.methodFacts[fn.Name()] = append(p.methodFacts[fn.Name()], fn)
				}
			}
		}
		for _, fn := range p.methodFacts[m.Name()] {
			recv := fn.Signature().Recv().Type()
			if types.IsInterface(recv) || !types.Implements(recv, iface) {
				continue
			}
			out = append(out, fn)
			if len(out) > 4 {
				out = nil
				break
			}
		}
	}
	p.factImpls[m] = out
	return out
}

// enum reports whether t is an enumeration: a named string type whose
// package declares constants of it (type SortOrder string; const ByName
// SortOrder = "name ASC"). A value of such a type is taken to be one of its
// constants: not of unknown origin, and not text a caller outside the
// package can choose freely. A conversion of other text to the type keeps
// that text's taint: request input converted to it is still untrusted.
func (p *pkgState) enum(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !typesutil.IsString(n) {
		return false
	}
	n = n.Origin()
	if v, ok := p.enumCache[n]; ok {
		return v
	}
	v := false
	scope := n.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && types.Identical(c.Type(), n) {
			v = true
			break
		}
	}
	p.enumCache[n] = v
	return v
}

// describe renders the source expression at pos (a call's Lparen or a
// selector's Sel), shortened.
func (p *pkgState) describe(pos token.Pos) string {
	e := p.exprs[pos]
	if e == nil {
		return ""
	}
	s := types.ExprString(e)
	if strings.ContainsAny(s, "\n\r\t") {
		// A raw string literal over several lines: a message is one line.
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) > 72 {
		s = s[:69] + "..."
	}
	return s
}

func (p *pkgState) where(pos token.Pos) string { return typesutil.Position(p.pass.Fset, pos) }

// exported reports whether fn can be called from another package.
func exported(fn *ssa.Function) bool {
	obj, _ := fn.Object().(*types.Func)
	return exportedFunc(obj)
}

// exportedFunc: obj can be called from outside its package.
func exportedFunc(obj *types.Func) bool {
	if obj == nil || !obj.Exported() || obj.Pkg() == nil || obj.Pkg().Name() == "main" {
		return false
	}
	if recv := obj.Signature().Recv(); recv != nil {
		n, ok := types.Unalias(typesutil.Deref(recv.Type())).(*types.Named)
		return ok && n.Obj().Exported()
	}
	return true
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Release drops the per-function states and flows, and with them the
// package's SSA, once every client is done with the package (the driver
// calls it; facts are kept apart and stay).
func (r *Result) Release() {
	*r = Result{} // every field: a new one must not keep the SSA alive
}
