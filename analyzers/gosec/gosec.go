package gosec

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"log"
	"strconv"
	"strings"
	"sync"

	"github.com/sanitas-go/sanitas/analyzers/internal/analysisdoc"

	gosecapi "github.com/securego/gosec/v2"
	gosecanalyzers "github.com/securego/gosec/v2/analyzers"
	"github.com/securego/gosec/v2/issue"
	gosecrules "github.com/securego/gosec/v2/rules"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
	"github.com/sanitas-go/sanitas/analyzers/internal/ssabuild"
)

// Name is the analyzer's name, also the Analyzer field of its rule-table rows.
const Name = "gosec"

//go:embed doc.go
var docFile string

// doc is the package comment from "# Analyzer gosec" on, in the shape
// analysis.Analyzer.Doc wants (summary line, blank line, details), as
// x/tools' passes cut it from their doc.go.
var doc = analysisdoc.Extract(docFile, Name)

// Analyzer runs every gosec rule that is on by default, with gosec's
// default options. It serves go vet and analysistest.
var Analyzer = must(New(config.GosecSettings{}, nil))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// AllRules enables every gosec rule: for a driver that builds the analyzer
// once and filters findings by its own rule selection (analyzers.Gate).
// Passing the selection itself instead spares the cost of the rules that
// are off.
func AllRules(string) bool { return true }

// New builds the analyzer with gosec's per-rule options from s and the rules
// for which enabled returns true (nil: the rules on by default in the rule
// table). Options of the wrong shape are an error here rather than a panic
// inside gosec.
func New(s config.GosecSettings, enabled func(ruleID string) bool) (*analysis.Analyzer, error) {
	conf, err := gosecConfig(s.Rules)
	if err != nil {
		return nil, err
	}
	if enabled == nil {
		enabled = func(id string) bool {
			r := rules.Lookup(id)
			return r != nil && r.Default
		}
	}
	var ids []string
	for _, r := range rules.ForAnalyzer(Name) {
		if enabled(r.ID) {
			ids = append(ids, r.ID)
		}
	}
	r := &runner{conf: conf}
	if len(ids) > 0 {
		// A filter that excludes everything but ids: rules and analyzers
		// that are off are never built.
		r.ruleBuilders, r.ruleSuppressed = gosecrules.Generate(false, gosecrules.NewRuleFilter(false, ids...)).RulesInfo()
		r.analyzerDefs, r.analyzerSuppressed = gosecanalyzers.Generate(false, gosecanalyzers.NewAnalyzerFilter(false, ids...)).AnalyzersInfo()
	}
	r.pool.New = func() any {
		return gosecapi.NewAnalyzer(r.conf, true, false, false, 1, discard)
	}
	return &analysis.Analyzer{
		Name:     Name,
		Doc:      doc,
		URL:      "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/gosec.md",
		Requires: []*analysis.Analyzer{ssabuild.Analyzer}, // the SSA sanitas's own analyzers use: built once
		Run:      r.run,
	}, nil
}

var discard = log.New(io.Discard, "", 0)

// runner holds what New prepared once: gosec's config (read-only from here
// on), the builders of the enabled rules and analyzers, and a pool of gosec
// analyzers.
//
// A gosec.Analyzer accumulates issues, metrics and #nosec ranges and is not
// safe for concurrent use, while go/analysis drivers run packages in
// parallel. Each pass therefore takes one analyzer from the pool, loads the
// prepared builders (Reset drops them, and CheckRules builds a fresh rule
// set per package anyway, which keeps gosec's stateful rules per package),
// and resets it before returning it, so no package data outlives the pass.
//
// Measured on golang.org/x/tools (216 packages, every rule on): this costs
// the same CPU as gosec's goanalysis.Analyzer, which builds a new gosec
// analyzer per pass (9.3-10.8 s against 9.0-10.5 s, alternated in one
// process). Setting an analyzer up is about 0.4 ms; the time goes into
// gosec's rules, its CHA call graph and SSA. The pool keeps the per-pass
// state bounded and the configuration checked once, not the clock.
type runner struct {
	conf               gosecapi.Config
	ruleBuilders       map[string]gosecapi.RuleBuilder
	ruleSuppressed     map[string]bool
	analyzerDefs       map[string]gosecanalyzers.AnalyzerDefinition
	analyzerSuppressed map[string]bool
	pool               sync.Pool
}

func (r *runner) run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 || len(r.ruleBuilders)+len(r.analyzerDefs) == 0 {
		return nil, nil
	}
	ssaResult, _ := pass.ResultOf[ssabuild.Analyzer].(*buildssa.SSA)
	if ssaResult == nil || ssaResult.Pkg == nil {
		// ssabuild skips packages out of sanitas's scope (std, the
		// module cache); a root package there still gets gosec's SSA rules.
		ssaResult = ssabuild.Build(pass)
	}
	pkg := packageOf(pass)

	g := r.pool.Get().(*gosecapi.Analyzer)
	defer func() {
		g.Reset()
		r.pool.Put(g)
	}()
	g.Reset()
	if len(r.ruleBuilders) > 0 {
		g.LoadRules(r.ruleBuilders, r.ruleSuppressed)
	}
	// CheckRules runs first even with no AST rule loaded: it collects the
	// #nosec ranges that CheckAnalyzersWithSSA then applies.
	g.CheckRules(pkg)
	if len(r.analyzerDefs) > 0 && ssaResult != nil {
		g.LoadAnalyzers(r.analyzerDefs, r.analyzerSuppressed)
		g.CheckAnalyzersWithSSA(pkg, ssaResult)
	}
	issues, _, _ := g.Report()

	files := map[string]*token.File{}
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			files[tf.Name()] = tf
		}
	}
	for _, iss := range issues {
		if iss == nil || iss.RuleID == "" || iss.NoSec {
			continue
		}
		pass.Report(diagnostic(iss, files, pass.Files[0]))
	}
	return nil, nil
}

// packageOf builds the packages.Package gosec's API takes from the pass.
func packageOf(pass *analysis.Pass) *packages.Package {
	names := make([]string, 0, len(pass.Files))
	for _, f := range pass.Files {
		if tf := pass.Fset.File(f.FileStart); tf != nil {
			names = append(names, tf.Name())
		}
	}
	return &packages.Package{
		ID:              pass.Pkg.Path(),
		Name:            pass.Pkg.Name(),
		PkgPath:         pass.Pkg.Path(),
		GoFiles:         names,
		CompiledGoFiles: names,
		OtherFiles:      pass.OtherFiles,
		IgnoredFiles:    pass.IgnoredFiles,
		Fset:            pass.Fset,
		Syntax:          pass.Files,
		Types:           pass.Pkg,
		TypesInfo:       pass.TypesInfo,
		TypesSizes:      pass.TypesSizes,
	}
}

// diagnostic turns a gosec issue into a diagnostic. gosec keeps the position
// as strings: Line is "12" or "12-14" for a node spanning lines, Col is the
// 1-based byte column of the node's start. A range ends at the end of its
// last line, since gosec does not keep the end column.
func diagnostic(iss *issue.Issue, files map[string]*token.File, first *ast.File) analysis.Diagnostic {
	d := analysis.Diagnostic{Category: iss.RuleID, Message: iss.What}
	tf := files[iss.File]
	startStr, endStr, isRange := strings.Cut(iss.Line, "-")
	start, err := strconv.Atoi(startStr)
	if tf == nil || err != nil || start < 1 || start > tf.LineCount() {
		// Not in this package's files (gosec found no file for the node):
		// report at the package so the finding is not lost.
		d.Pos = first.Package
		d.Message = fmt.Sprintf("%s (at %s:%s)", iss.What, iss.File, iss.Line)
		return d
	}
	d.Pos = tf.LineStart(start)
	if col, err := strconv.Atoi(iss.Col); err == nil && col > 1 {
		if off := tf.Offset(d.Pos) + col - 1; off <= tf.Size() {
			d.Pos = tf.Pos(off)
		}
	}
	if isRange {
		if end, err := strconv.Atoi(endStr); err == nil && end > start && end <= tf.LineCount() {
			if end < tf.LineCount() {
				d.End = tf.LineStart(end+1) - 1 // before the newline
			} else {
				d.End = tf.Pos(tf.Size())
			}
		}
	}
	return d
}
