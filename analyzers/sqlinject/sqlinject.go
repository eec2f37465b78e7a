package sqlinject

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/analysisdoc"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Name is the analyzer's name, also the Analyzer field of its rule rows.
const Name = "sqlinject"

// The rule IDs, reported as Diagnostic.Category.
const (
	RuleUntrusted = "SQL001"
	RuleUnknown   = "SQL002"
)

//go:embed doc.go
var docFile string

// Analyzer reports with the default settings; it serves go vet and
// analysistest.
var Analyzer = must(New(config.SqlinjectSettings{}))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// New builds the analyzer with extra sinks from the settings.
func New(s config.SqlinjectSettings) (*analysis.Analyzer, error) {
	extra := map[string]int{}
	for _, sk := range s.Sinks {
		if sk.Validate() != nil {
			return nil, fmt.Errorf("sqlinject: sink %q: want a function FullName and an argument index >= 0", sk.Func)
		}
		extra[sk.Func] = sk.Arg
	}
	quoters := map[string]bool{}
	for _, q := range s.Quoters {
		if err := q.Validate(); err != nil {
			return nil, fmt.Errorf("sqlinject: quoter: %w", err)
		}
		quoters[string(q)] = true
	}
	c := &checker{extra: extra, quoters: quoters}
	return &analysis.Analyzer{
		Name:     Name,
		Doc:      analysisdoc.Extract(docFile, Name),
		URL:      "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/SQL001.md",
		Requires: []*analysis.Analyzer{taint.Analyzer},
		Run:      c.run,
	}, nil
}

type checker struct {
	extra   map[string]int  // configured sinks: FullName → argument index
	quoters map[string]bool // configured quoters: FullName
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[taint.Analyzer].(*taint.Result)
	if res.SSA == nil || res.SSA.Pkg == nil {
		return nil, nil
	}
	r := &reporter{pass: pass, at: map[atKey]int{}}
	for _, f := range res.Flows(models.SQL) {
		if c.quoted(res, f) {
			continue
		}
		r.report(f)
	}
	if len(c.extra) > 0 {
		c.configured(r, res)
	}
	r.flush()
	return nil, nil
}

// reporter collects a package's findings. A flow through functions of this
// package is reported at the query it reaches, as every SQL finding is;
// several flows into one query are one finding, which names the calls
// that bring each (related locations). A query in another package, which
// this package cannot report at, is reported at the call that leads to it.
type reporter struct {
	pass  *analysis.Pass
	diags []analysis.Diagnostic
	at    map[atKey]int // index in diags
}

type atKey struct {
	pos  token.Pos
	rule string
}

func (r *reporter) flush() {
	for _, d := range r.diags {
		r.pass.Report(d)
	}
}

// configured checks the sinks declared in .sanitas.yml.
func (c *checker) configured(r *reporter, res *taint.Result) {
	for _, fn := range res.SSA.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				cc := call.Common()
				var obj *types.Func
				if cc.IsInvoke() {
					obj = cc.Method
				} else if callee := cc.StaticCallee(); callee != nil {
					obj, _ = callee.Object().(*types.Func)
				}
				if obj == nil {
					continue
				}
				idx, ok := c.extra[obj.Origin().FullName()]
				if !ok {
					continue
				}
				args := cc.Args
				if !cc.IsInvoke() && obj.Signature().Recv() != nil {
					idx++
				}
				if idx >= len(args) {
					continue
				}
				t := res.TaintOf(args[idx])
				if t.Empty() || c.clean(res, args[idx], 0) {
					continue
				}
				r.report(&taint.Flow{Class: models.SQL, Sink: obj.Origin().FullName(), Pos: call.Pos(), Fn: fn, Taint: t})
			}
		}
	}
}

// report turns a flow into a finding of one of the two rules, or nothing.
func (r *reporter) report(f *taint.Flow) {
	t := f.Taint
	var rule, from, note string
	switch {
	case t.Has(models.Untrusted):
		rule = RuleUntrusted
		from = t.Source.Headline()
	case !t.Built:
		// Text passed through unchanged: a wrapper's parameter is checked
		// at its callers; a value of unknown origin is not evidence.
		return
	case t.Has(models.Unknown):
		rule = RuleUnknown
		from = t.Source.Headline()
	case t.Params&f.Settable != 0 && f.Exported && !f.ViaReported:
		// A parameter reaching a query that an exported callee builds
		// from its own parameter is the callee's finding.
		rule = RuleUnknown
		from = fmt.Sprintf("%s of exported %s", paramNames(f), f.Fn.Name())
		note = " (callers may be outside the analysed code)"
	default:
		return
	}

	// Through functions of this package: reported at the query.
	atSink := len(f.Via) > 0 && f.SinkPos.IsValid()
	pos := f.Pos
	if atSink {
		pos = f.SinkPos
	}

	var b strings.Builder
	b.WriteString(sinkPhrase(f.Sink))
	if len(f.Via) > 0 && !atSink {
		b.WriteString(" via ")
		b.WriteString(strings.Join(f.Via, " → "))
		if f.SinkWhere != "" {
			b.WriteString(" (" + f.SinkWhere + ")")
		}
	}
	if t.Built {
		op := "concatenation"
		if t.Construct != nil {
			op = t.Construct.Desc
		}
		fmt.Fprintf(&b, " is built with %s from %s", op, from)
	} else {
		fmt.Fprintf(&b, " comes from %s", from)
	}
	if atSink {
		fmt.Fprintf(&b, ", which %s passes to %s", fnName(f.Fn), strings.Join(f.Via, " → "))
	}
	b.WriteString(note)
	// A placeholder cannot stand for an identifier (ORDER BY, a table):
	// say what can, whatever the position.
	b.WriteString(": use a placeholder and pass the value as an argument (for an identifier, an allow-list or a quoting function)")

	var related []analysis.RelatedInformation
	add := func(at token.Pos, msg string) {
		if at.IsValid() && at != pos {
			related = append(related, analysis.RelatedInformation{Pos: at, Message: msg})
		}
	}
	if atSink {
		add(f.Pos, "called here by "+fnName(f.Fn)+", through "+strings.Join(f.Via, " → "))
	}
	if c := t.Construct; c != nil {
		add(c.Pos, "query text built here with "+c.Desc)
	}
	if o := t.Source; o != nil {
		add(o.Pos, "source: "+o.Describe())
		for _, h := range o.Hops {
			add(h.Pos, h.Desc)
		}
	}
	if len(f.Via) > 0 && !atSink {
		add(f.SinkPos, "query run here by "+typesutil.ShortFuncName(f.Sink))
	}
	k := atKey{pos, rule}
	if i, ok := r.at[k]; ok {
		// Another flow into the same query: the call that brings it.
		if atSink {
			r.diags[i].Related = append(r.diags[i].Related, analysis.RelatedInformation{Pos: f.Pos, Message: "also called here by " + fnName(f.Fn) + ", with " + from})
		}
		return
	}
	r.at[k] = len(r.diags)
	r.diags = append(r.diags, analysis.Diagnostic{
		Pos:      pos,
		Category: rule,
		Message:  b.String(),
		Related:  related,
	})
}

// sinkPhrase names the sink of a flow: a call's query argument, a
// conversion to a type the library writes into the query as raw SQL
// (bun.Safe), or a field it writes so (clause.Expr's SQL).
func sinkPhrase(sink string) string {
	short := typesutil.ShortFuncName(sink)
	if models.TypeSinkFor(sink) != nil {
		return "query text converted to " + short
	}
	if i := strings.LastIndexByte(sink, '.'); i > 0 && models.FieldSinkFor(sink[:i], sink[i+1:]) != nil {
		return "query text stored in " + short
	}
	return "query passed to " + short
}

// fnName names a function as messages do (pkg.f, (*pkg.T).M, pkg.f.func1).
func fnName(fn *ssa.Function) string {
	if fn == nil {
		return "its caller"
	}
	return typesutil.ShortFuncName(typesutil.FuncString(fn))
}

func paramNames(f *taint.Flow) string {
	var names []string
	for i, n := range f.ParamNames {
		if i < 64 && f.Taint.Params&f.Settable&(1<<i) != 0 && n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 1 {
		return "parameter " + names[0]
	}
	return "parameters " + strings.Join(names, ", ")
}
