package xss

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
const Name = "xss"

// The rule IDs, reported as Diagnostic.Category: one pair per sink class
// (untrusted input, data of unknown origin), one rule for template text.
const (
	RuleConvUntrusted  = "XSS001"
	RuleConvUnknown    = "XSS002"
	RuleExecUntrusted  = "XSS003"
	RuleExecUnknown    = "XSS004"
	RuleWriteUntrusted = "XSS005"
	RuleWriteUnknown   = "XSS006"
	RuleTemplateText   = "XSS007"
)

//go:embed doc.go
var docFile string

// Analyzer reports with the default settings; it serves go vet and
// analysistest.
var Analyzer = must(New(config.XSSSettings{}))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// New builds the analyzer with extra sanitisers and sinks from the
// settings.
func New(s config.XSSSettings) (*analysis.Analyzer, error) {
	c := &checker{sanitisers: map[string]bool{}, viaSanitisers: map[string]bool{}, sinks: map[string][]int{}}
	for _, f := range s.Sanitisers {
		if !config.ValidFuncName(f) {
			return nil, fmt.Errorf("xss: sanitiser %q: want a function FullName such as example.com/web.Clean or (*example.com/web.T).Clean", f)
		}
		c.sanitisers[f] = true
		c.viaSanitisers[typesutil.ShortFuncName(f)] = true
	}
	for _, sk := range s.Sinks {
		if !config.ValidFuncName(sk.Func) || sk.Arg < 0 {
			return nil, fmt.Errorf("xss: sink %q: want a function FullName and an argument index >= 0", sk.Func)
		}
		c.sinks[sk.Func] = append(c.sinks[sk.Func], sk.Arg)
	}
	return &analysis.Analyzer{
		Name:     Name,
		Doc:      analysisdoc.Extract(docFile, Name),
		URL:      "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/XSS001.md",
		Requires: []*analysis.Analyzer{taint.Analyzer},
		Run:      c.run,
	}, nil
}

type checker struct {
	sanitisers map[string]bool // configured: FullName
	// viaSanitisers are the configured sanitisers by the short names flows
	// list in Via: a call of one is not a sink (it makes its result safe).
	viaSanitisers map[string]bool
	sinks         map[string][]int // configured: FullName → argument indexes
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[taint.Analyzer].(*taint.Result)
	if res.SSA == nil || res.SSA.Pkg == nil {
		return nil, nil
	}
	r := &reporter{pass: pass, c: c, res: res}
	for _, cl := range []models.Class{models.HTMLTrusted, models.TemplateExec, models.HTMLWrite, models.TemplateText} {
		for _, f := range res.Flows(cl) {
			r.flow(f)
		}
	}
	if len(c.sinks) > 0 {
		c.configured(r, res)
	}
	return nil, nil
}

// configured checks the sinks declared in .sanitas.yml.
func (c *checker) configured(r *reporter, res *taint.Result) {
	typesutil.EachCall(res.SSA.SrcFuncs, func(call ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func) {
		idxs, ok := c.sinks[obj.FullName()]
		if !ok || r.writes[call.Pos()] {
			return // not configured, or reported by the engine's own sinks
		}
		for _, idx := range idxs {
			a := argAt(cc, obj, idx)
			if a == nil {
				continue
			}
			if t := res.TaintOf(a); !t.Empty() {
				r.flow(&taint.Flow{Class: models.HTMLWrite, Sink: obj.FullName(), Pos: call.Pos(), Fn: call.Parent(), Taint: t, Ctx: models.EscHTML})
			}
		}
	})
}

// argAt returns argument idx of a call (the models' convention: 0 is the
// first argument after the receiver).
func argAt(cc *ssa.CallCommon, obj *types.Func, idx int) ssa.Value {
	if !cc.IsInvoke() && obj.Signature().Recv() != nil {
		idx++
	}
	if idx < len(cc.Args) {
		return cc.Args[idx]
	}
	return nil
}

type reporter struct {
	pass *analysis.Pass
	c    *checker
	res  *taint.Result
	// writes: the calls reported as writes into a response, which a
	// configured sink at the same call would report again.
	writes map[token.Pos]bool
}

// severity picks the rule of a class for a flow's taint, or "" when the
// flow is not reported: a parameter alone (checked at the callers), text
// of unknown origin passed through unchanged (not evidence), except a
// stored value or another server's reply.
func severity(f *taint.Flow) (high bool, ok bool) {
	t := f.Taint
	switch {
	case t.Has(models.Untrusted):
		return true, true
	case f.Class == models.TemplateText:
		return false, false // template files and embedded text are of unknown origin
	case !t.Has(models.Unknown):
		return false, false
	case t.Source != nil && (t.Source.Label == models.LabelStored || t.Source.Label == models.LabelUpstream):
		return false, true
	case f.Class == models.TemplateExec:
		return false, true // any non-constant data: the template should be html/template
	case t.Built:
		return false, true
	}
	return false, false
}

func (r *reporter) flow(f *taint.Flow) {
	high, ok := severity(f)
	if !ok {
		return
	}
	for _, v := range f.Via {
		if r.c.viaSanitisers[v] {
			return
		}
	}
	call := r.instr(f)
	if r.cleaned(f, call) {
		return
	}
	var rule, what, advice string
	via := f.Via
	sink := typesutil.ShortFuncName(f.Sink)
	from := f.Taint.Source.Headline()
	switch f.Class {
	case models.HTMLTrusted:
		rule = pick(high, RuleConvUntrusted, RuleConvUnknown)
		verb := "converted to"
		if models.TypeSinkFor(f.Sink) == nil {
			verb = "passed to" // a function (templ.Raw), not a conversion
		}
		what = fmt.Sprintf("%s %s %s, which %s renders unescaped", from, verb, sink, renderer(f.Sink))
		if r := renderer(f.Sink); r != "html/template" && f.Ctx == models.EscURL {
			// templ escapes a SafeURL for its attribute but keeps its
			// scheme; so do gomponents' URL attributes.
			what = fmt.Sprintf("%s %s %s, whose scheme %s does not check", from, verb, sink, r)
		}
		advice = conversionAdvice(f.Ctx, renderer(f.Sink))
		if f.Into != "" {
			// Decoded or scanned into a field of the type: no conversion.
			where := f.Into
			if where == "-" {
				where = "a value"
			}
			what = fmt.Sprintf("%s decoded into %s of type %s, which %s renders unescaped", from, where, sink, renderer(f.Sink))
			advice = "make that field a string (the template escapes it), or sanitise the text (a bluemonday policy) and convert it where you do"
		}
		if f.TemplateFunc != "" && len(f.Via) > 0 {
			// A template function the executed template calls with the
			// data: named by the template's name and the Go function's.
			what = fmt.Sprintf("%s reaches template function %s (%s), which converts it to %s unescaped", from, f.TemplateFunc, f.Via[0], sink)
			advice = "escape it inside the function (html.EscapeString, a bluemonday policy) or do not pass untrusted data to it in the template"
			if f.TemplateMethod {
				// A method a field chain calls ({{.NameHTML}}).
				what = fmt.Sprintf("%s reaches method %s, which the template calls as {{%s}} and which converts it to %s unescaped", from, f.Via[0], f.TemplateFunc, sink)
				advice = "escape it inside the method (html.EscapeString, a bluemonday policy), or return a string and let the template escape it"
			}
			via = f.Via[1:]
			if len(via) == 0 && f.SinkWhere != "" {
				what += " (" + f.SinkWhere + ")"
			}
		} else if m := misfit(f); m != nil {
			where, why, fix := misfitText(m)
			what = fmt.Sprintf("%s %s, %s, converted to %s, which %s renders unescaped", from, where, why, sink, renderer(f.Sink))
			advice = fix
		}
	case models.TemplateExec:
		if !r.mayBeHTML(f, call) {
			return
		}
		rule = pick(high, RuleExecUntrusted, RuleExecUnknown)
		what = fmt.Sprintf("%s rendered by %s into an HTTP response; text/template does not escape HTML", from, sink)
		advice = "use html/template"
		switch {
		case f.ActionMisfit != nil:
			// The template escapes, but not for where this action prints.
			where, why, fix := misfitText(f.ActionMisfit)
			what += fmt.Sprintf("; of its escaped actions, %s is %s, %s", f.Action, where, why)
			advice = "use html/template, or " + fix
		case misfit(f) != nil:
			// The data was escaped, but for another place than one
			// where the template prints it as it is.
			where, why, fix := misfitText(misfit(f))
			what = fmt.Sprintf("%s %s by the text/template that %s executes into an HTTP response, %s", from, where, sink, why)
			advice = fix
		case f.Action != "":
			what += fmt.Sprintf("; the first of its actions that prints data unescaped is %s", f.Action)
			advice = "use html/template, or escape that action for where it prints (" + strings.TrimSuffix(f.Action, "}}") + " | html}} in text or a quoted attribute)"
		}
	case models.HTMLWrite:
		if !r.mayBeHTML(f, call) {
			return
		}
		rule = pick(high, RuleWriteUntrusted, RuleWriteUnknown)
		what = fmt.Sprintf("%s written unescaped into an HTML response by %s", from, sink)
		advice = "render it with html/template, escape it (html.EscapeString), or set a non-HTML Content-Type before writing"
		if f.LateType {
			// The helper (or http.Error) types its response, too late
			// for this one.
			typer := sink
			if len(f.Via) > 0 {
				typer = f.Via[0]
			}
			advice = "the Content-Type " + typer + " sets is not served, because this function's earlier write already sent the headers; escape it, or call " + typer + " before anything else is written"
		}
		if f.ErrorRoute != "" && len(f.Via) > 0 {
			// Every route's errors reach that one writer: fix it there.
			advice = "escape the error's text where " + f.Via[len(f.Via)-1] + " writes it (html.EscapeString), or render that error page with html/template"
		}
		if m := misfit(f); m != nil {
			where, why, fix := misfitText(m)
			what = fmt.Sprintf("%s %s, %s, written into an HTML response by %s", from, where, why, sink)
			advice = fix
		}
	case models.TemplateText:
		if src := f.Taint.Source; src != nil && models.OperatorInput(src.Label) {
			return // a template given on the command line is the operator's own
		}
		rule = RuleTemplateText
		what = fmt.Sprintf("%s parsed as template text by %s", from, sink)
		advice = "parse only constant templates and pass input as data"
	default:
		return
	}
	if why := taint.WidenedPolicy(f.Taint.Source); why != "" && (f.Class == models.HTMLTrusted || f.Class == models.HTMLWrite) && misfit(f) == nil {
		// The sanitiser is the problem, not its absence.
		advice = "the bluemonday policy it went through lets script through (" + why + "): drop that call, or sanitise with bluemonday.UGCPolicy()"
	}
	var b strings.Builder
	b.WriteString(what)
	switch {
	case len(via) > 0 && f.ErrorRoute != "":
		// The error handler first: the rest is what it calls.
		b.WriteString(" via " + via[0] + ", the " + f.ErrorRoute + " this error is handed to")
		if len(via) > 1 {
			b.WriteString(", then " + strings.Join(via[1:], " → "))
		}
		if f.SinkWhere != "" {
			b.WriteString(" (" + f.SinkWhere + ")")
		}
	case len(via) > 0:
		b.WriteString(" via ")
		b.WriteString(strings.Join(via, " → "))
		if f.SinkWhere != "" {
			b.WriteString(" (" + f.SinkWhere + ")")
		}
	}
	b.WriteString(": ")
	b.WriteString(advice)

	var related []analysis.RelatedInformation
	add := func(pos token.Pos, msg string) {
		if pos.IsValid() && pos != f.Pos {
			related = append(related, analysis.RelatedInformation{Pos: pos, Message: msg})
		}
	}
	t := f.Taint
	if c := t.Construct; c != nil {
		add(c.Pos, "text built here with "+c.Desc)
	}
	if m := misfit(f); m != nil && (t.Construct == nil || m.Pos != t.Construct.Pos) {
		where, _, _ := misfitText(m)
		add(m.Pos, "text "+where+" here")
	}
	if o := t.Source; o != nil {
		add(o.Pos, "source: "+o.Describe())
		for _, h := range o.Hops {
			add(h.Pos, h.Desc)
		}
	}
	if len(f.Via) > 0 {
		add(f.SinkPos, "sink here: "+sink)
	}
	if f.Class == models.HTMLWrite {
		if r.writes == nil {
			r.writes = map[token.Pos]bool{}
		}
		r.writes[f.Pos] = true
	}
	r.pass.Report(analysis.Diagnostic{Pos: f.Pos, Category: rule, Message: b.String(), Related: related})
}

func pick(high bool, a, b string) string {
	if high {
		return a
	}
	return b
}

// instr returns the instruction a flow is reported at: the conversion, the
// sink call or the call of the wrapper.
func (r *reporter) instr(f *taint.Flow) ssa.Instruction {
	if f.Fn == nil {
		return nil
	}
	for _, b := range f.Fn.Blocks {
		for _, in := range b.Instrs {
			if in.Pos() != f.Pos {
				continue
			}
			switch in.(type) {
			case ssa.CallInstruction, *ssa.ChangeType, *ssa.Convert:
				return in
			}
		}
	}
	return nil
}

// conversionAdvice says how to make a conversion to a trusted type of
// context ctx, rendered by r, safe.
func conversionAdvice(ctx models.Escape, r string) string {
	if r == "gomponents" {
		switch ctx {
		case models.EscURL:
			return "fix the scheme: a constant prefix (\"/patients/\" + url.PathEscape(id)), or url.Parse and a check of u.Scheme"
		case models.EscHTML:
			return "use g.Text or g.Textf, which escape it, or escape or sanitise it first (html.EscapeString, a bluemonday policy)"
		}
	}
	if r == "templ" {
		switch ctx {
		case models.EscURL:
			return "use templ.URL, which replaces a script scheme, or fix the scheme: a constant prefix (\"/patients/\" + url.PathEscape(id)), or url.Parse and a check of u.Scheme"
		case models.EscHTML:
			return "pass the plain string to the component (templ escapes it), or escape or sanitise it first (templ.EscapeString, a bluemonday policy)"
		}
	}
	switch ctx {
	case models.EscURL:
		return "pass the plain string to the template (html/template checks a URL's scheme), or fix the scheme: a constant prefix (\"/patients/\" + url.PathEscape(id)), url.QueryEscape of a component, or url.Parse and a check of u.Scheme"
	case models.EscJS:
		return "pass the plain value to the template (html/template encodes it for the script), or escape it first (template.JSEscapeString, json.Marshal)"
	case models.EscCSS:
		return "pass the plain value to the template (html/template filters unsafe CSS), or allow-list it"
	}
	return "pass the plain string to the template, or escape or sanitise it first (html.EscapeString, a bluemonday policy)"
}

// misfit returns where built HTML placed the flow's text escaped for
// another context, when the sink renders HTML.
func misfit(f *taint.Flow) *taint.Misfit {
	m := f.Taint.Misfit
	if f.Ctx != models.EscHTML || m != nil && m.Params != 0 && len(f.Via) == 0 {
		return nil // a parameter's misfit counts at the callers
	}
	return m
}

// misfitText words a misfit: where the escaped text landed ("escaped
// for HTML but placed in an href URL attribute"), why its escaping does
// not hold there, and how to fix it.
func misfitText(m *taint.Misfit) (where, why, advice string) {
	esc := "HTML"
	switch {
	case m.Esc&models.EscHTML != 0:
	case m.Esc&models.EscJS != 0:
		esc = "JavaScript"
	case m.Esc&models.EscURL != 0:
		esc = "a URL"
	case m.Esc&models.EscCSS != 0:
		esc = "CSS"
	}
	const jsFix = "escape it for JavaScript (template.JSEscapeString inside a quoted string, json.Marshal for a value) or let html/template render it"
	switch m.Ctx {
	case taint.CtxURL:
		return fmt.Sprintf("escaped for %s but placed in %s %s URL attribute", esc, article(m.Attr), m.Attr),
			"where javascript: URLs still run",
			"check the scheme (strings.HasPrefix(u, \"https://\"), or url.Parse and u.Scheme), build the URL with url.URL or after a constant path (\"/users/\" + url.PathEscape(name)), or url.QueryEscape a query value"
	case taint.CtxScript:
		if m.Attr == "" {
			return fmt.Sprintf("escaped for %s but placed in a script element", esc),
				"where it runs as JavaScript, which HTML escaping does not stop", jsFix
		}
		return fmt.Sprintf("escaped for %s but placed in the %s event-handler attribute", esc, m.Attr),
			"whose character references the browser decodes before it runs the script", jsFix
	case taint.CtxJSURL:
		return fmt.Sprintf("escaped for %s but placed in a javascript: URL in the %s attribute", esc, m.Attr),
			"which the browser percent-decodes and runs as script",
			"do not build javascript: URLs from data: put the value in a data- attribute and read it from a script, or let html/template render it"
	case taint.CtxUnquoted:
		return fmt.Sprintf("escaped for %s but placed in an unquoted %s attribute value", esc, m.Attr),
			"where a space starts a new attribute (onmouseover=...)",
			"quote the attribute value, or let html/template render it"
	case taint.CtxSrcdoc:
		return fmt.Sprintf("escaped for %s but placed in the %s attribute", esc, m.Attr),
			"whose decoded value the browser parses as a document, so the escaped markup is markup again",
			"sanitise the document (a bluemonday policy) and escape it for the attribute, or serve it from its own URL"
	case taint.CtxJSCode:
		where := "in a script element"
		if m.Attr != "" {
			where = "in the " + m.Attr + " event-handler attribute"
		}
		return fmt.Sprintf("escaped for %s but placed %s outside a quoted string", esc, where),
			"where it runs as code (JavaScript escaping holds inside quotes only, and a template literal keeps ${...})", jsFix
	}
	return "escaped for " + esc + " but placed in another context", "where that escaping does not hold", "escape it for the context it is placed in"
}

// article returns "an" before an attribute name read with a vowel sound
// ("an href", "an action"), else "a".
func article(name string) string {
	if name != "" && strings.ContainsRune("aeiouh", rune(name[0])) {
		return "an"
	}
	return "a"
}

// renderer names the template engine that renders a trusted value of the
// sink (a type or a function) unescaped: the library its row names
// (gomponents), else the sink's package, by its path in the standard
// library (html/template), else by its name (templ).
func renderer(sink string) string {
	for _, row := range models.SinksFor(sink) {
		if row.Lib != "" {
			return row.Lib
		}
	}
	pkg := strings.TrimLeft(sink, "(*")
	slash := strings.LastIndex(pkg, "/")
	if dot := strings.Index(pkg[slash+1:], "."); dot >= 0 {
		pkg = pkg[:slash+1+dot]
	}
	if first, _, _ := strings.Cut(pkg, "/"); strings.Contains(first, ".") {
		return pkg[slash+1:] // a module's package by its name: templ
	}
	return pkg // the standard library's by its path: html/template
}
