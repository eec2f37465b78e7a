package analyzers

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// A Gate decides which diagnostics reach the user: rule selection, path
// excludes, generated files and suppression directives. The driver uses its
// parts to build findings (keeping suppressed ones for SARIF); the vet tool
// and the golangci-lint plugin run the analyzers that Wrap returns.
type Gate struct {
	Selection Selection
	Config    *Config // may be nil
	ConfigDir string  // excludes are relative to it
	Generated bool    // report in generated files too
}

// NewGate builds the gate for a loaded config (nil: defaults), applying the
// config's enable/disable and then checks (a -checks list, may be empty).
// cfgPath is the config file ("" when there is none) and dir the directory
// excludes are relative to when there is no file.
func NewGate(cfg *Config, cfgPath, dir, checks string) (*Gate, error) {
	if cfg == nil {
		cfg = &Config{Version: 1}
	}
	sel, err := cfg.Selection(DefaultSelection())
	if err != nil {
		return nil, err
	}
	if checks != "" {
		if sel, err = sel.Apply(checks); err != nil {
			return nil, err
		}
	}
	g := &Gate{Selection: sel, Config: cfg, ConfigDir: dir, Generated: cfg.Generated}
	if cfgPath != "" {
		g.ConfigDir = filepath.Dir(cfgPath)
	}
	return g, nil
}

// Enabled reports whether the rule is selected.
func (g *Gate) Enabled(ruleID string) bool { return g.Selection[ruleID] }

// Excluded reports whether the config excludes the file.
func (g *Gate) Excluded(filename string) bool {
	if g.Config == nil || len(g.Config.Exclude) == 0 {
		return false
	}
	rel, err := filepath.Rel(g.ConfigDir, filename)
	if err != nil {
		return false
	}
	return g.Config.Excluded(filepath.ToSlash(rel))
}

// Skips reports whether no finding in the file is reported: it is excluded,
// or generated and generated files are not asked for.
func (g *Gate) Skips(fset *token.FileSet, f *ast.File) bool {
	return g.Excluded(fset.Position(f.FileStart).Filename) || (!g.Generated && IsGenerated(f))
}

// Directives collects the directives of the files the gate does not skip: a
// directive in a skipped file could only ever be called unused.
func (g *Gate) Directives(fset *token.FileSet, files []*ast.File) *Directives {
	var keep []*ast.File
	for _, f := range files {
		if !g.Skips(fset, f) {
			keep = append(keep, f)
		}
	}
	return NewDirectives(fset, keep)
}

// Analyzers returns the analyzers of all that report an enabled rule.
func (g *Gate) Analyzers(all []*analysis.Analyzer) []*analysis.Analyzer {
	active := g.Selection.Analyzers()
	var out []*analysis.Analyzer
	for _, a := range all {
		if active[a.Name] {
			out = append(out, a)
		}
	}
	return out
}

// Wrap returns the enabled analyzers of all, each reporting through the gate
// (disabled rules, skipped files and suppressed findings dropped; the rule
// ID appended to the message, since go vet and golangci-lint print only the
// message), plus an analyzer named "directive" that runs after them and
// reports malformed or unused //sanitas:ignore directives.
func (g *Gate) Wrap(all []*analysis.Analyzer) []*analysis.Analyzer {
	var sets sync.Map // *types.Package -> *Directives
	setFor := func(pass *analysis.Pass) *Directives {
		v, ok := sets.Load(pass.Pkg)
		if !ok {
			v, _ = sets.LoadOrStore(pass.Pkg, g.Directives(pass.Fset, pass.Files))
		}
		return v.(*Directives)
	}
	var out []*analysis.Analyzer
	for _, a := range g.Analyzers(all) {
		c := *a // nothing requires a Suite analyzer, so a copy is safe
		run := a.Run
		c.Run = func(pass *analysis.Pass) (any, error) {
			report := pass.Report
			dirs := setFor(pass)
			pass.Report = func(d analysis.Diagnostic) {
				rule := LookupRule(d.Category)
				if rule == nil {
					report(d) // an internal error: let it be seen
					return
				}
				if !g.Enabled(rule.ID) {
					return
				}
				if f := fileOf(pass.Files, d.Pos); f != nil && g.Skips(pass.Fset, f) {
					return
				}
				if dirs.Match(rule.ID, pass.Fset.Position(d.Pos)) != nil {
					return
				}
				d.Message += " [" + rule.ID + "]"
				report(d)
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
			if !g.Enabled(DirectiveRule) {
				return nil, nil
			}
			for _, p := range setFor(pass).Problems(g.Enabled) {
				pass.Report(analysis.Diagnostic{
					Pos:      p.Directive.Pos,
					Category: DirectiveRule,
					Message:  p.Message + " [" + DirectiveRule + "]",
				})
			}
			return nil, nil
		},
	}
	return append(out, dir)
}

func fileOf(files []*ast.File, pos token.Pos) *ast.File {
	for _, f := range files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
