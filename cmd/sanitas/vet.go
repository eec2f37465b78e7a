package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/sanitas-go/sanitas/analyzers"
)

// isVetInvocation reports whether go vet runs us as a vet tool: it first asks
// for -flags and -V=full, then passes one *.cfg file per package.
func isVetInvocation(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "-flags" || strings.HasPrefix(args[0], "-V") {
		return true
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}

// runVet hands off to unitchecker with the same Suite and the same gate as
// the driver: disabled rules, excluded paths, generated files and suppressed
// findings are dropped before go vet sees them, and directive problems are
// reported by one more analyzer that runs after the rest. The config is the
// .sanitas.yml found from the package directory (go vet runs the tool there).
func runVet(args []string, stderr io.Writer) int {
	cwd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	cfg, cfgPath, err := loadConfig(os.Getenv("SANITAS_CONFIG"), cwd)
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	sel, err := cfg.Selection(analyzers.DefaultSelection())
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %s: %v\n", cfgPath, err)
		return exitError
	}
	all, err := analyzers.New(cfg.Settings)
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %s: settings: %v\n", cfgPath, err)
		return exitError
	}
	g := &gate{sel: sel, cfg: cfg, cfgDir: filepath.Dir(cfgPath), generated: cfg.Generated}
	if cfgPath == "" {
		g.cfgDir = cwd
	}
	os.Args = append(os.Args[:1], args...)
	unitchecker.Main(vetSuite(all, g)...) // exits
	return exitClean
}

// vetSuite wraps each analyzer so its diagnostics pass through the gate, and
// adds the directive analyzer, which requires the wrapped ones so that it
// sees which directives they used.
func vetSuite(all []*analysis.Analyzer, g *gate) []*analysis.Analyzer {
	var sets sync.Map // *types.Package -> *directiveSet, one per package
	setFor := func(pass *analysis.Pass) *directiveSet {
		v, ok := sets.Load(pass.Pkg)
		if !ok {
			v, _ = sets.LoadOrStore(pass.Pkg, g.newDirectiveSet(pass.Fset, pass.Files))
		}
		return v.(*directiveSet)
	}
	active := g.sel.Analyzers()
	var out []*analysis.Analyzer
	for _, a := range all {
		if !active[a.Name] {
			continue
		}
		c := *a
		run := a.Run
		c.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			dirs := setFor(pass)
			pass.Report = func(d analysis.Diagnostic) {
				rule := analyzers.LookupRule(d.Category)
				if rule == nil {
					report(d) // an internal error: let it be seen
					return
				}
				f, keep := g.finding(pass.Fset, vetFileOf(pass, d), dirs, rule, pass.Analyzer.Name, d, "")
				if keep && f.Suppression == nil {
					// go vet prints only the message: add the rule ID
					// as the driver's text output does.
					d.Message += " [" + rule.ID + "]"
					report(d)
				}
			}
			return run(pass)
		}
		out = append(out, &c)
	}
	dir := &analysis.Analyzer{
		Name:     "directive",
		Doc:      "report malformed or unused //sanitas:ignore directives",
		Requires: append([]*analysis.Analyzer(nil), out...),
		Run: func(pass *analysis.Pass) (any, error) {
			if !g.sel[analyzers.DirectiveRule] {
				return nil, nil
			}
			for _, p := range setFor(pass).problems(g.sel) {
				if g.excluded(p.pos.Filename) {
					continue
				}
				pass.Report(analysis.Diagnostic{Pos: posIn(pass, p.pos.Filename, p.pos.Offset), Category: analyzers.DirectiveRule, Message: p.msg + " [" + analyzers.DirectiveRule + "]"})
			}
			return nil, nil
		},
	}
	return append(out, dir)
}

func vetFileOf(pass *analysis.Pass, d analysis.Diagnostic) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= d.Pos && d.Pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// posIn maps a file offset back to a token.Pos in the pass.
func posIn(pass *analysis.Pass, filename string, offset int) (pos token.Pos) {
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf != nil && tf.Name() == filename && offset <= tf.Size() {
			return tf.Pos(offset)
		}
	}
	return token.NoPos
}
