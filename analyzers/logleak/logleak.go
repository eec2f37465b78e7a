package logleak

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/analysisdoc"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Name is the analyzer's name, also the Analyzer field of its rule rows.
const Name = "logleak"

// The rule IDs, reported as Diagnostic.Category.
const (
	RuleCredential  = "log-credential" //nolint:gosec // G101: a rule ID, not a credential
	RulePHI         = "log-phi"
	RuleStruct      = "log-struct-exposure"
	RuleRequestDump = "log-request-dump"
	RuleDSN         = "log-dsn"
)

//go:embed doc.go
var docFile string

// Analyzer reports with the default settings; it serves go vet and
// analysistest.
var Analyzer = must(New(config.LogleakSettings{}))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

var fullName = regexp.MustCompile(`^(\(\*?[\w./-]+\.\w+\)\.\w+|[\w./-]+\.\w+)$`)

// New builds the analyzer from the settings; bad settings are an error.
func New(s config.LogleakSettings) (*analysis.Analyzer, error) {
	c := &checker{
		strict:     s.Strict,
		stdout:     !s.IgnoreStdout,
		cliStdout:  s.StdoutIsLog,
		sanitisers: map[string]bool{},
		types:      map[string]bool{},
		sinks:      map[string][]*models.LogSink{},
		public:     map[string]bool{},
	}
	addNames := func(list []string, k models.Kind, what string) error {
		for _, n := range list {
			toks := models.Normalise(n)
			if len(toks) == 0 {
				return fmt.Errorf("logleak: sensitive name %q has no words", n)
			}
			c.names = append(c.names, extraName{toks: toks, kind: k, what: what})
		}
		return nil
	}
	if err := addNames(s.Credentials, models.Credential, "credential"); err != nil {
		return nil, err
	}
	if err := addNames(s.PII, models.PII, "personal data"); err != nil {
		return nil, err
	}
	for _, n := range s.Public {
		if len(models.Normalise(n)) == 0 {
			return nil, fmt.Errorf("logleak: public name %q has no words", n)
		}
		c.public[strings.Join(models.Normalise(n), " ")] = true
	}
	for _, t := range s.Types {
		if t == "" || strings.ContainsAny(t, " ()*") {
			return nil, fmt.Errorf("logleak: type %q: want an import path or \"path.Type\"", t)
		}
		c.types[t] = true
	}
	for _, f := range s.Sanitisers {
		if !fullName.MatchString(f) {
			return nil, fmt.Errorf("logleak: sanitiser %q is not a function FullName", f)
		}
		c.sanitisers[f] = true
	}
	for _, sk := range s.Sinks {
		if !fullName.MatchString(sk.Func) || sk.Arg < 0 {
			return nil, fmt.Errorf("logleak: sink %q (arg %d): want a function FullName and an argument index >= 0", sk.Func, sk.Arg)
		}
		c.sinks[sk.Func] = append(c.sinks[sk.Func], &models.LogSink{Func: sk.Func, Arg: sk.Arg, Render: models.RenderFmt, KV: sk.KV})
	}
	return &analysis.Analyzer{
		Name:     Name,
		Doc:      analysisdoc.Extract(docFile, Name),
		URL:      "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/log-credential.md",
		Requires: []*analysis.Analyzer{taint.Analyzer},
		Run:      c.run,
	}, nil
}

// checker holds the settings; it is read-only during runs.
type checker struct {
	strict, stdout bool
	// cliStdout: standard output is a log in command-line commands too.
	cliStdout  bool
	names      []extraName
	public     map[string]bool
	types      map[string]bool
	sanitisers map[string]bool
	sinks      map[string][]*models.LogSink
}

type extraName struct {
	toks []string
	kind models.Kind
	what string
}

// classify is the vocabulary with the settings applied.
func (c *checker) classify(name string) (models.Kind, string) {
	toks := models.Normalise(name)
	if c.public[strings.Join(toks, " ")] {
		return 0, ""
	}
	for _, n := range c.names {
		if contains(toks, n.toks) {
			return n.kind, n.what
		}
	}
	return models.SensitiveName(name, c.strict)
}

// extra reports whether the settings add names the engine does not know.
func (c *checker) extra() bool { return len(c.names) > 0 || c.strict }

// classifyField classifies field i of the struct t (or of the struct t
// points to), with its tag: by the name it has in its record
// (taint.FieldName).
func (c *checker) classifyField(t types.Type, i int, tag string) (models.Kind, string) {
	name := taint.FieldName(t, i)
	if v, ok := reflect.StructTag(tag).Lookup("sanitas"); ok && v != "" {
		return models.FieldKind(name, tag, c.strict)
	}
	return c.classify(name)
}

func contains(toks, sub []string) bool {
	for i := 0; i+len(sub) <= len(toks); i++ {
		if slices.Equal(toks[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// sinksFor returns the log sink rows of a function, configured ones
// included.
func (c *checker) sinksFor(name string) []*models.LogSink {
	rows := models.LogSinksFor(name)
	if extra := c.sinks[name]; len(extra) > 0 {
		rows = append(slices.Clone(rows), extra...)
	}
	return rows
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[taint.Analyzer].(*taint.Result)
	if res.SSA == nil || res.SSA.Pkg == nil {
		return nil, nil
	}
	a := newPkg(c, pass, res)
	for _, fn := range res.SSA.SrcFuncs {
		a.check(fn)
	}
	a.wrapped()
	slices.SortStableFunc(a.diags, func(x, y analysis.Diagnostic) int { return int(x.Pos) - int(y.Pos) })
	for _, d := range a.diags {
		pass.Report(d)
	}
	return nil, nil
}

// check reports the sensitive values that reach log sinks in fn, and
// whole values passed to a function that logs its parameter.
func (a *pkg) check(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			// A method value's call, as the method's, with its receiver
			// (warn := logger.Warn, called here or in a closure).
			cc := typesutil.Unbind(call.Common())
			obj := typesutil.Callee(cc)
			if obj == nil {
				continue
			}
			name := obj.FullName()
			args := argsOf(cc, obj)
			if slogh.IsConstructor(obj) && slogh.InLogValue(fn) {
				// Builds the LogValue's result: judged where the value
				// is logged (exposure).
				continue
			}
			for _, row := range a.c.sinksFor(name) {
				if row.Stdout && !a.stdoutSink(name, args) {
					continue
				}
				if row.Arg >= len(args) {
					continue
				}
				// What the slog handler's ReplaceAttr redacts is not
				// written (before the renderer is resolved: the rows
				// name slog).
				hidden := a.slogh().Hidden(call, name, row, args)
				r := a.slogRender(row.Render, name, cc)
				r = a.logrusRender(r, name, cc)
				if r != row.Render {
					rr := *row
					rr.Render = r
					row = &rr
				}
				a.checkArg(call, fn, name, row, args, hidden)
			}
			// A whole value passed to a function that logs its parameter:
			// what the logger shows of it depends on its type.
			for _, sa := range a.res.SinkArgs(call, models.Log) {
				if models.IsStdout(sa.Sink) {
					continue // printing is a log only where it is called (see wrapped)
				}
				// The values of a variadic argument built here each reach
				// the sink: audit.Event("login", "user", u).
				vals := []ssa.Value{sa.Arg}
				if els := indexedElems(sa.Arg); len(els) > 0 {
					vals = els
				}
				for _, v := range vals {
					if v == nil {
						continue
					}
					o := a.exposure(v, sinkRender(sa.Sink), sa.Sink)
					if o != nil && a.calleeSeesType(cc, v, o) {
						continue
					}
					if o == nil {
						o = a.formatted(v)
					}
					if o != nil {
						a.report(call.Pos(), o, shortName(sa.Sink), sa.Via, sa.Where, false)
					}
				}
			}
		}
	}
}

// calleeSeesType reports whether a whole value exposed by its type is
// passed to an analysed function as that type (not as an interface): the
// function sees the type where it logs the value and reports it there
// (audit.Debugf("login %+v", creds) inside Login), so the caller of the
// function (Login(ctx, creds)) does not report it again.
func (a *pkg) calleeSeesType(cc *ssa.CallCommon, v ssa.Value, o *origin) bool {
	if !o.field && (!o.dump || !isRequestType(underType(v))) {
		return false // a request's form is known by the field read, here only
	}
	if _, ok := v.(*ssa.MakeInterface); ok || types.IsInterface(v.Type()) {
		return false
	}
	fn := cc.StaticCallee()
	return fn != nil && fn.Pkg != nil && a.res.Analysed(fn.Pkg.Pkg)
}

// wrapped reports the engine's flows of sensitive data into a function
// that passes it on to a log sink.
func (a *pkg) wrapped() {
	for _, f := range a.res.Flows(models.Log) {
		if len(f.Via) == 0 {
			continue // a sink call here: check has seen it with the renderer
		}
		if models.IsStdout(f.Sink) {
			// Printing to standard output or error is a log line only
			// where the printing call is written: through a helper it is
			// as often a logger's own fallback (a logger that prints to
			// stderr when its writer fails) or a CLI's output.
			continue
		}
		o := a.taintOrigin(f.Fn, f.Taint, nil)
		if o == nil {
			continue
		}
		if i := a.reportedAt(f.SinkPos, o.rule()); i >= 0 {
			a.merge(i, f, o)
			continue
		}
		if f.SinkPos.IsValid() {
			// A log call of this package: reported there, as every
			// log finding is, naming the call that passes the value.
			sink := shortName(f.Sink)
			a.report(f.SinkPos, o, sink, nil, "", false)
			if i := a.reportedAt(f.SinkPos, o.rule()); i >= 0 {
				by := typesutil.ShortFuncName(typesutil.FuncString(f.Fn))
				d := &a.diags[i]
				d.Message = strings.Replace(d.Message, " by "+sink+": ", " by "+sink+", passed on by "+by+": ", 1)
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: f.Pos, Message: "passed on here through " + strings.Join(f.Via, " → ")})
			}
			continue
		}
		a.report(f.Pos, o, shortName(f.Sink), f.Via, f.SinkWhere, false)
	}
}

// reportedAt returns the index of the diagnostic of the given rule at
// pos, a sink call of this package, or -1.
func (a *pkg) reportedAt(pos token.Pos, rule string) int {
	if !pos.IsValid() || !a.seen[fmt.Sprintf("%d/%s", pos, rule)] {
		return -1
	}
	for i, d := range a.diags {
		if d.Pos == pos && d.Category == rule {
			return i
		}
	}
	return -1
}

// merge folds a flow through a function of this package into the finding
// already reported, under the same rule, at the sink call the flow reaches:
// one logging call is one leak, whichever callers pass the value. The sink
// keeps the finding, as the place to change; it takes the caller's origin
// when that says where the value comes from (os.Getenv("DATABASE_URL"))
// and its own only names it (the key "dsn", a parameter), and points at
// the call that passes the value. A sink in another package, or one not
// reported there (a parameter it does not know to be sensitive), leaves
// the flow reported at the call here.
func (a *pkg) merge(i int, f *taint.Flow, o *origin) {
	cur := a.found[i]
	if cur.o.byName && !o.byName {
		d := a.diag(a.diags[i].Pos, o, cur.sink, nil, "", cur.medium)
		a.diags[i].Message, a.diags[i].Related = d.Message, d.Related
		a.found[i].o = o
	}
	a.diags[i].Related = append(a.diags[i].Related, analysis.RelatedInformation{Pos: f.Pos, Message: "passed on here: " + o.sourceText()})
}

// sinkRender is the renderer of a log sink function (fmt when it has no
// row: a configured sink).
func sinkRender(name string) models.Render {
	for _, r := range models.LogSinksFor(name) {
		return r.Render
	}
	return models.RenderFmt
}

// stdoutSink reports whether a fmt printing call writes to standard
// output or error and the settings count that as a log: standard error
// always, standard output except in a command-line program's commands
// (see cliCommands).
func (a *pkg) stdoutSink(name string, args []ssa.Value) bool {
	if !a.c.stdout {
		return false
	}
	out := a.c.cliStdout || !a.cliCommands()
	if !strings.HasPrefix(name, "fmt.F") {
		return out
	}
	if len(args) == 0 {
		return false
	}
	v := args[0]
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		if g, ok := u.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" {
			return g.Name() == "Stdout" && out || g.Name() == "Stderr"
		}
	}
	return false
}

// cliCommands reports whether the package defines a command-line
// program's commands: it imports a CLI framework (models.IsCLIPackage).
// What a command prints to standard output is its result for the
// operator who ran it (gitea's "admin user generate-access-token" prints
// the new token): the program's output, not its log.
func (a *pkg) cliCommands() bool {
	for _, imp := range a.pass.Pkg.Imports() {
		if models.IsCLIPackage(imp.Path()) {
			return true
		}
	}
	return false
}

// checkArg checks one sink argument: the values in it, keys naming what
// follows, and whole values rendered with their fields.
func (a *pkg) checkArg(call ssa.CallInstruction, fn *ssa.Function, name string, row *models.LogSink, args []ssa.Value, hidden map[ssa.Value]bool) {
	arg := args[row.Arg]
	if hidden[arg] {
		return // slog.String("password", pw) logged only by a handler that redacts "password"
	}
	sink := shortName(name)
	medium := row.Stdout
	// A key naming what its value is: zap.String("nhs_number", v).
	if row.Key && row.Arg > 0 {
		if key, ok := typesutil.ConstString(args[row.Arg-1]); ok {
			if o := a.keyed(key, arg, call.Pos()); o != nil {
				a.report(call.Pos(), o, sink, nil, "", medium)
				return
			}
		}
	}
	var vals []ssa.Value
	// The operands a constant format prints with %#v: their fields, not
	// their Error or String text.
	goIdx, goAll := typesutil.GoSyntaxArgs(call.Common())
	goSyntax := map[ssa.Value]bool{}
	if row.KV || isVariadicSlice(arg) {
		els := indexedElems(arg)
		for i, e := range els {
			if e == nil {
				continue
			}
			if goAll || goIdx[i] {
				goSyntax[e] = true
			}
			if row.KV && i+1 < len(els) && els[i+1] != nil {
				if key, ok := typesutil.ConstString(e); ok {
					if hidden[els[i+1]] {
						// The handler's ReplaceAttr writes something
						// else under this key.
						els[i+1] = nil
						continue
					}
					if o := a.keyed(key, els[i+1], call.Pos()); o != nil {
						a.report(call.Pos(), o, sink, nil, "", medium)
						els[i+1] = nil
						continue
					}
				}
			}
			vals = append(vals, e)
		}
		if len(els) == 0 {
			vals = append(vals, arg)
		}
	} else if mm, ok := typesutil.Unconvert(arg).(*ssa.MakeMap); ok {
		// A map literal of fields (logrus.Fields{"client": c}): each value
		// under its key, as key-value arguments are.
		vals = append(vals, arg)
		for _, r := range *mm.Referrers() {
			up, ok := r.(*ssa.MapUpdate)
			if !ok || up.Map != mm {
				continue
			}
			if key, ok := typesutil.ConstString(up.Key); ok {
				if o := a.keyed(key, up.Value, call.Pos()); o != nil {
					a.report(call.Pos(), o, sink, nil, "", medium)
					continue
				}
			}
			vals = append(vals, up.Value)
		}
	} else {
		vals = append(vals, arg)
	}
	for _, v := range vals {
		if v == nil {
			continue
		}
		valueRender := row.Render
		if valueRender == models.RenderFmt && (goAll || goSyntax[v]) {
			valueRender = 0 // %#v: fields, not the Error or String text
		}
		if o := a.value(fn, v, valueRender); o != nil {
			a.report(call.Pos(), a.viaLogValue(o, v, row.Render), sink, nil, "", medium)
			continue
		}
		if o := a.exposure(v, row.Render, name); o != nil {
			a.report(call.Pos(), o, sink, nil, "", medium)
			continue
		}
		if o := a.formatted(v); o != nil {
			a.report(call.Pos(), o, sink, nil, "", medium)
		}
	}
}

// argsOf returns the call's arguments without the receiver, as the model
// tables count them.
func argsOf(cc *ssa.CallCommon, obj *types.Func) []ssa.Value {
	if cc.IsInvoke() || obj.Signature().Recv() == nil {
		return cc.Args
	}
	if len(cc.Args) == 0 {
		return nil
	}
	return cc.Args[1:]
}

// isVariadicSlice reports whether v is a variadic argument built in place.
func isVariadicSlice(v ssa.Value) bool {
	_, ok := typesutil.InPlaceElems(v)
	return ok
}

// indexedElems returns the values stored into a variadic argument built in
// place, by index (nil where unknown).
func indexedElems(a ssa.Value) []ssa.Value {
	els, _ := typesutil.InPlaceElems(a)
	var out []ssa.Value
	for _, e := range els {
		if e.Index < 0 {
			continue
		}
		for len(out) <= e.Index {
			out = append(out, nil)
		}
		out[e.Index] = e.Val
	}
	return out
}

// report turns an origin reaching a sink into a finding.
func (a *pkg) report(pos token.Pos, o *origin, sink string, via []string, sinkWhere string, medium bool) {
	rule := o.rule()
	key := fmt.Sprintf("%d/%s", pos, rule)
	if a.seen[key] {
		return
	}
	a.seen[key] = true
	a.diags = append(a.diags, a.diag(pos, o, sink, via, sinkWhere, medium))
	a.found = append(a.found, finding{o: o, sink: sink, medium: medium})
}

// diag builds the diagnostic of an origin reaching a sink.
func (a *pkg) diag(pos token.Pos, o *origin, sink string, via []string, sinkWhere string, medium bool) analysis.Diagnostic {
	rule := o.rule()
	var b strings.Builder
	b.WriteString(o.class())
	if o.what != "" && o.what != o.class() {
		b.WriteString(" (" + o.what + ")")
	}
	if o.desc != "" {
		b.WriteString(" " + o.desc)
	}
	if medium {
		b.WriteString(" printed by " + sink)
	} else {
		b.WriteString(" written to the log by " + sink)
	}
	if len(via) > 0 {
		b.WriteString(" via " + strings.Join(via, " → "))
		if sinkWhere != "" {
			b.WriteString(" (" + sinkWhere + ")")
		}
	}
	b.WriteString(": " + o.fix())
	var related []analysis.RelatedInformation
	add := func(p token.Pos, msg string) {
		if p.IsValid() && p != pos {
			related = append(related, analysis.RelatedInformation{Pos: p, Message: msg})
		}
	}
	add(o.pos, "source: "+o.sourceText())
	for _, h := range o.hops {
		if h.pos.IsValid() {
			add(h.pos, h.desc)
		}
	}
	return analysis.Diagnostic{Pos: pos, Category: rule, Message: b.String(), Related: related}
}

func shortName(full string) string { return typesutil.ShortFuncName(full) }
