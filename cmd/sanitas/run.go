package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sanitas-go/sanitas/analyzers"
	"github.com/sanitas-go/sanitas/analyzers/authz"
	"github.com/sanitas-go/sanitas/docs"
)

// Exit codes.
const (
	exitClean    = 0 // no unsuppressed finding at or above -fail-on
	exitFindings = 1
	exitError    = 2 // usage, config, load or internal error
)

// version is set by -ldflags "-X main.version=..."; otherwise the module
// version from the build info is used.
var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "v0.1.0-dev"
}

// options are the parsed command line.
type options struct {
	format    string
	out       string
	config    string
	checks    string
	tests     bool
	failOn    string
	list      bool
	explain   string
	version   bool
	dir       string
	generated bool
	timing    string
	patterns  []string
}

// usageError is a command-line mistake: exit 2 with the message.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func run(args []string, stdout, stderr io.Writer) int {
	if isVetInvocation(args) {
		return runVet(args, stderr)
	}
	o, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitClean
	}
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	code, err := drive(o, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "sanitas: %v\n", err)
		return exitError
	}
	return code
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("sanitas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.format, "format", "text", "output format: text, json or sarif")
	fs.StringVar(&o.out, "o", "", "write the report to `file` instead of standard output")
	fs.StringVar(&o.config, "config", "", "configuration `file` (default: .sanitas.yml found from the module root upward)")
	fs.StringVar(&o.checks, "checks", "", "comma-separated rule `list` applied after the config: all, none, ID, -ID, globs such as G1*")
	fs.BoolVar(&o.tests, "tests", false, "also analyze test files")
	fs.StringVar(&o.failOn, "fail-on", "", "lowest `level` that makes the exit code 1: error, warning, note or none (default note)")
	fs.BoolVar(&o.list, "list", false, "list the rules and exit")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of rule `ID` and exit")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
	fs.StringVar(&o.dir, "C", "", "change to `dir` before doing anything")
	fs.BoolVar(&o.generated, "generated", false, "also report findings in generated files")
	fs.StringVar(&o.timing, "timing", "", "write per-analyzer time (JSON) to `file`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sanitas [flags] [packages]\n\n"+
			"Lints Go packages (default ./...) for SQL injection, XSS, secrets in logs,\n"+
			"missing authorisation and weak password hashing, plus gosec's rules.\n"+
			"Exit status: 0 clean, 1 findings, 2 usage, configuration or load error.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &usageError{err.Error()}
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return nil, &usageError{fmt.Sprintf("unknown -format %q (want text, json or sarif)", o.format)}
	}
	if o.failOn != "" {
		if _, err := analyzers.ParseLevel(o.failOn); err != nil {
			return nil, &usageError{"-fail-on: " + err.Error()}
		}
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"./..."}
	}
	return o, nil
}

// drive runs everything after flag parsing and returns the exit code.
func drive(o *options, stdout, stderr io.Writer) (int, error) {
	if o.dir != "" {
		if err := os.Chdir(o.dir); err != nil {
			return exitError, fmt.Errorf("-C: %w", err)
		}
	}
	switch {
	case o.version:
		fmt.Fprintf(stdout, "sanitas %s\n", toolVersion())
		return exitClean, nil
	case o.list:
		return exitClean, writeList(stdout)
	case o.explain != "":
		return exitClean, explain(stdout, o.explain)
	}

	cwd, err := os.Getwd()
	if err != nil {
		return exitError, err
	}
	cfg, cfgPath, err := loadConfig(o.config, cwd)
	if err != nil {
		return exitError, err
	}
	g, err := analyzers.NewGate(cfg, cfgPath, cwd, "")
	if err != nil {
		return exitError, fmt.Errorf("%s: %w", cfgPath, err)
	}
	if o.checks != "" {
		if g.Selection, err = g.Selection.Apply(o.checks); err != nil {
			return exitError, fmt.Errorf("-checks: %w", err)
		}
	}
	if o.generated {
		g.Generated = true
	}
	sel := g.Selection
	if len(sel) == 0 {
		return exitError, errors.New("no rule is enabled (check -checks and the config's enable/disable)")
	}
	failOn := analyzers.Level(cmp.Or(o.failOn, cfg.FailOn, "note"))

	all, err := analyzers.New(cfg.Settings)
	if err != nil {
		return exitError, fmt.Errorf("%s: settings: %w", cmp.Or(cfgPath, "default config"), err)
	}
	suite := g.Analyzers(all)

	pkgs, deps, err := load(o.patterns, o.tests, hasFacts(suite), stderr)
	if err != nil {
		return exitError, err
	}
	if len(pkgs) == 0 {
		return exitError, fmt.Errorf("no packages match %s", strings.Join(o.patterns, " "))
	}

	// Only pkgs are the checker's roots: it reaches deps through their
	// imports and runs there only what computes facts, and collect reads
	// the roots' diagnostics alone.
	prog := newProgress(stderr)
	guarded := guard(suite, prog)
	sched := newScheduler(pkgs, deps, guarded)
	prog.total = sched.steps
	graph, err := checker.Analyze(guarded, pkgs, nil)
	sched.close(pkgs, deps)
	prog.done()
	if err != nil {
		return exitError, err
	}
	if o.timing != "" {
		if err := writeTiming(o.timing, graph, len(pkgs), sched.waited()); err != nil {
			return exitError, err
		}
	}

	findings, err := collect(graph, g, cwd)
	if err != nil {
		return exitError, err
	}
	if n, first, why := unresolvedRoutes(graph); n > 0 {
		// Not judged, so not silently passed: say so, where a user sees it.
		fmt.Fprintf(stderr, "sanitas: %d HTTP route registration(s) not resolved by authz and not judged; the first at %s: %s\n",
			n, relSlash(cwd, first), why)
	}
	rep := &Report{Version: toolVersion(), RepoRoot: repoRoot(cwd), Findings: findings}
	for _, r := range analyzers.Rules() {
		if sel[r.ID] {
			rep.Rules = append(rep.Rules, r)
		}
	}
	for _, f := range findings {
		f.RepoPath = relSlash(rep.RepoRoot, absOf(cwd, f.File))
		for i := range f.Related {
			f.Related[i].RepoPath = relSlash(rep.RepoRoot, absOf(cwd, f.Related[i].File))
		}
	}

	if err := writeReport(o, rep, stdout); err != nil {
		return exitError, err
	}
	if o.format != "text" || o.out != "" {
		// Keep the summary visible when the report goes to a file or a
		// machine format.
		fmt.Fprintln(stderr, tallyFindings(rep).text())
	}
	for _, f := range findings {
		if f.Suppression == nil && failOn != "none" && f.Level.Rank() >= failOn.Rank() {
			return exitFindings, nil
		}
	}
	return exitClean, nil
}

func loadConfig(flagPath, cwd string) (*analyzers.Config, string, error) {
	path := flagPath
	if path == "" {
		var err error
		if path, err = analyzers.FindConfig(cwd); err != nil {
			return nil, "", err
		}
	}
	if path == "" {
		return &analyzers.Config{Version: 1}, "", nil
	}
	cfg, err := analyzers.LoadConfig(path)
	if err != nil {
		return nil, "", err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, "", err
	}
	return cfg, abs, nil
}

// load loads the packages the patterns name (the roots) from source, with
// the syntax the analyzers need, and returns them with deps: the packages of
// the roots' own modules that the roots import, directly or through each
// other, also loaded from source.
//
// The checker runs on deps only the analyzers that produce facts (as go vet
// runs its tool on every dependency to compute facts), so that a taint
// summary or an authorisation guard in a package of the module reaches the
// roots that call it whether or not the patterns name that package; their
// findings are never reported. Everything else (the standard library,
// third-party modules) comes from export data, as for go vet, and is
// described by the model tables (see the taint engine's scope rule): each
// package's imports are pruned to the loaded set.
//
// When the roots already include every package of their modules that they
// import (./... from the module root, the common case), the first load is
// the only one. Otherwise the import graph of that load (go/packages
// materialises it, with each package's module, even for dependencies read
// from export data) names the missing packages, and one more load takes the
// roots and those together, so that every package shares one file set and
// one type universe. With facts false (no analyzer in the run has facts)
// deps are not needed and never loaded.
func load(patterns []string, tests, facts bool, stderr io.Writer) (roots, deps []*packages.Package, err error) {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
			packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule,
		Tests: tests,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, fmt.Errorf("loading packages: %w", err)
	}
	// Drop the generated test mains ("p.test"). With -tests, both p and its
	// test variant "p [p.test]" stay: other packages import p (and need its
	// facts), and collect drops the findings the two report alike.
	roots = dropTestMains(pkgs)
	if err := loadErrors(roots, ""); err != nil {
		return nil, nil, err
	}

	// A package of the module that does not build is named as such, even
	// when it is not analyzed (go list gives it no export data, and the
	// importers' errors would say less).
	var extra []*packages.Package
	if !slices.ContainsFunc(patterns, isGoFile) {
		extra = ownImports(roots)
	}
	if err := loadErrors(extra, depsLoadError); err != nil {
		return nil, nil, err
	}
	if facts && len(extra) > 0 {
		rootIDs := map[string]bool{}
		for _, p := range roots {
			rootIDs[p.ID] = true
		}
		depIDs := map[string]bool{}
		more := slices.Clone(patterns)
		for _, p := range extra {
			depIDs[p.ID] = true
			more = append(more, p.PkgPath)
		}
		pkgs, err := packages.Load(cfg, more...)
		if err != nil {
			return nil, nil, fmt.Errorf("loading packages: %w", err)
		}
		// With -tests the extra patterns bring their own test variants and
		// test mains: those are neither roots nor imported by one, so they
		// are dropped like anything else outside the two sets.
		roots = nil
		for _, p := range pkgs {
			switch {
			case rootIDs[p.ID]:
				roots = append(roots, p)
			case depIDs[p.ID]:
				deps = append(deps, p)
			}
		}
		if err := loadErrors(roots, ""); err != nil {
			return nil, nil, err
		}
		if err := loadErrors(deps, depsLoadError); err != nil {
			return nil, nil, err
		}
	}

	loaded := map[string]bool{}
	for _, p := range roots {
		loaded[p.ID] = true
	}
	for _, p := range deps {
		loaded[p.ID] = true
	}
	for _, p := range slices.Concat(roots, deps) {
		for path, imp := range p.Imports {
			if !loaded[imp.ID] {
				delete(p.Imports, path)
			}
		}
	}
	return roots, deps, nil
}

// hasFacts reports whether an analyzer of suite, or one they require, has
// facts: only then do the roots need their dependencies analyzed.
func hasFacts(suite []*analysis.Analyzer) bool {
	return slices.ContainsFunc(closure(suite), func(a *analysis.Analyzer) bool { return len(a.FactTypes) > 0 })
}

const depsLoadError = ", imported by the named packages,"

func dropTestMains(pkgs []*packages.Package) []*packages.Package {
	var out []*packages.Package
	for _, p := range pkgs {
		if !strings.HasSuffix(p.ID, ".test") {
			out = append(out, p)
		}
	}
	return out
}

// loadErrors reports the packages that did not load, up to three errors
// each; what is said after the package path.
func loadErrors(pkgs []*packages.Package, what string) error {
	var msgs []string
	for _, p := range pkgs {
		if len(p.Errors) == 0 {
			continue
		}
		var first []string
		for i, e := range p.Errors {
			if i == 3 {
				first = append(first, fmt.Sprintf("(and %d more)", len(p.Errors)-3))
				break
			}
			first = append(first, "\t"+e.Error())
		}
		msgs = append(msgs, fmt.Sprintf("package %s%s does not load:\n%s", p.PkgPath, what, strings.Join(first, "\n")))
	}
	if len(msgs) > 0 {
		return errors.New(strings.Join(msgs, "\n") + "\nsanitas analyzes only code that builds; fix the errors above")
	}
	return nil
}

// ownImports returns the packages that the roots
// import, directly or through each other, from the roots' own modules and
// from the main modules (every module of a go.work), that are not roots.
// Test variants ("q [p.test]", q recompiled for p's tests) are left out
// and not walked through: they are neither roots nor the package that
// others import.
func ownImports(roots []*packages.Package) []*packages.Package {
	mods := map[string]bool{}
	seen := map[string]bool{}
	for _, p := range roots {
		if p.Module != nil {
			mods[p.Module.Path] = true
		}
		seen[p.ID] = true
	}
	own := func(p *packages.Package) bool {
		return p.Module != nil && (mods[p.Module.Path] || p.Module.Main) && !strings.HasSuffix(p.ID, ".test]")
	}
	var out []*packages.Package
	var walk func(p *packages.Package)
	walk = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if seen[imp.ID] || !own(imp) {
				continue
			}
			seen[imp.ID] = true
			out = append(out, imp)
			walk(imp)
		}
	}
	for _, p := range roots {
		walk(p)
	}
	slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// isGoFile reports whether a pattern names a Go file: go list does not mix
// files and package paths in one command line.
func isGoFile(pattern string) bool { return strings.HasSuffix(pattern, ".go") }

// collect turns the root diagnostics into findings: rule lookup, rule
// selection, path excludes, generated files, suppression directives, and
// the directive problems themselves.
func collect(graph *checker.Graph, g *analyzers.Gate, cwd string) ([]*Finding, error) {
	var findings []*Finding
	var internal []string
	type pkgState struct {
		pkg  *packages.Package
		dirs *analyzers.Directives
	}
	states := map[*packages.Package]*pkgState{}
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			internal = append(internal, fmt.Sprintf("analyzer %s failed on package %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err))
			continue
		}
		st := states[act.Package]
		if st == nil {
			st = &pkgState{pkg: act.Package, dirs: g.Directives(act.Package.Fset, act.Package.Syntax)}
			states[act.Package] = st
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			rule := analyzers.LookupRule(d.Category)
			if rule == nil {
				internal = append(internal, fmt.Sprintf("analyzer %s reported %q, which is not in the rule table (at %s)", act.Analyzer.Name, d.Category, fset.Position(d.Pos)))
				continue
			}
			f, keep := finding(g, fset, fileOf(act.Package, d.Pos), st.dirs, rule, act.Analyzer.Name, d, cwd)
			if !keep {
				continue
			}
			key := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", rule.ID, f.File, f.Start.Line, f.Start.Col, f.Message)
			if seen[key] {
				continue // the same finding in a test variant of the package
			}
			seen[key] = true
			findings = append(findings, f)
		}
	}
	if len(internal) > 0 {
		return nil, fmt.Errorf("internal error:\n\t%s", strings.Join(internal, "\n\t"))
	}
	if g.Enabled(analyzers.DirectiveRule) {
		for _, st := range states {
			for _, pr := range st.dirs.Problems(g.Enabled) {
				f := &Finding{
					Rule: analyzers.LookupRule(analyzers.DirectiveRule), Analyzer: "sanitas", Message: pr.Message,
					Level: analyzers.LookupRule(analyzers.DirectiveRule).Level,
					File:  relSlash(cwd, pr.Pos.Filename),
					Start: posOf(pr.Pos),
				}
				key := fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s", f.Rule.ID, f.File, f.Start.Line, f.Start.Col, f.Message)
				if !seen[key] {
					seen[key] = true
					findings = append(findings, f)
				}
			}
		}
	}
	slices.SortFunc(findings, func(a, b *Finding) int {
		return cmp.Or(
			strings.Compare(a.File, b.File),
			cmp.Compare(a.Start.Line, b.Start.Line),
			cmp.Compare(a.Start.Col, b.Start.Col),
			strings.Compare(a.Rule.ID, b.Rule.ID),
			strings.Compare(a.Message, b.Message))
	})
	return findings, nil
}

func fileOf(pkg *packages.Package, pos token.Pos) *ast.File {
	for _, f := range pkg.Syntax {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

func writeReport(o *options, rep *Report, stdout io.Writer) (err error) {
	w := stdout
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}()
		w = f
	}
	switch o.format {
	case "json":
		return writeJSON(w, rep)
	case "sarif":
		return writeSARIF(w, rep, ruleHelp)
	default:
		return writeText(w, rep)
	}
}

// ruleHelp gives SARIF the rule's Markdown page and its URL.
func ruleHelp(id string) (string, string) {
	r := analyzers.LookupRule(id)
	if r == nil {
		return "", ""
	}
	md, _ := docs.Rule(r.DocPage())
	return md, docs.URL(r.DocPage())
}

func writeList(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tANALYZER\tDEFAULT\tSEVERITY\tCWE\tTITLE")
	for _, r := range analyzers.Rules() {
		def := "on"
		if !r.Default {
			def = "off"
		}
		var cwes []string
		for _, c := range r.CWE {
			cwes = append(cwes, fmt.Sprintf("CWE-%d", c))
		}
		title := r.Title
		if r.SupersededBy != "" {
			title += " (superseded by " + r.SupersededBy + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, r.Analyzer, def, r.SeverityName(), strings.Join(cwes, ","), title)
	}
	return tw.Flush()
}

func explain(w io.Writer, id string) error {
	ids, err := analyzers.MatchRules(id)
	if err != nil {
		return &usageError{err.Error()}
	}
	if len(ids) != 1 {
		return &usageError{fmt.Sprintf("-explain takes one rule ID; %q matches %d rules", id, len(ids))}
	}
	r := analyzers.LookupRule(ids[0])
	md, ok := docs.Rule(r.DocPage())
	if !ok {
		return fmt.Errorf("internal error: rule %s has no documentation page", r.ID)
	}
	fmt.Fprintf(w, "%s: %s\nanalyzer: %s, severity: %s (%.1f), precision: %s, level: %s, default: %v, since: %s\n",
		r.ID, r.Title, r.Analyzer, r.SeverityName(), r.Severity, r.Precision, r.Level, r.Default, r.Since)
	if r.SupersededBy != "" {
		fmt.Fprintf(w, "superseded by the %s analyzer; turn it back on with -checks %s\n", r.SupersededBy, r.ID)
	}
	fmt.Fprintf(w, "%s\n\n%s", docs.URL(r.DocPage()), md)
	return nil
}

func writeTiming(path string, graph *checker.Graph, npkgs int, waits map[string]time.Duration) error {
	secs := map[string]float64{}
	for act := range graph.All() {
		secs[act.Analyzer.Name] += act.Duration.Seconds()
	}
	for name, w := range waits { // the scheduler's waits are not work
		secs[name] -= w.Seconds()
	}
	b, err := json.MarshalIndent(struct {
		Analyzers map[string]float64 `json:"analyzers"`
		Packages  int                `json:"packages"`
	}{secs, npkgs}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// repoRoot is the directory holding .git above dir, or dir itself.
func repoRoot(dir string) string {
	dir, _ = filepath.EvalSymlinks(dir)
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

func absOf(cwd, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(cwd, p)
}

// relSlash is p relative to base, slash-separated; p itself when it lies
// outside base.
func relSlash(base, p string) string {
	if rp, err := filepath.EvalSymlinks(p); err == nil {
		p = rp
	}
	if rb, err := filepath.EvalSymlinks(base); err == nil {
		base = rb
	}
	rel, err := filepath.Rel(base, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

// unresolvedRoutes counts the route registrations of the analysed
// packages that authz could not resolve (authz.Result.Unresolved), and
// gives the first by position and why it was not resolved.
func unresolvedRoutes(graph *checker.Graph) (n int, first, why string) {
	var firstPos token.Position
	for _, act := range graph.Roots {
		r, ok := act.Result.(*authz.Result)
		if !ok {
			continue
		}
		for _, u := range r.Unresolved {
			n++
			p := act.Package.Fset.Position(u.Pos)
			if first == "" || p.Filename < firstPos.Filename || p.Filename == firstPos.Filename && p.Line < firstPos.Line {
				firstPos, first, why = p, fmt.Sprintf("%s:%d", p.Filename, p.Line), u.Why
			}
		}
	}
	return n, first, why
}
