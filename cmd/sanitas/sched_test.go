package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"

	"github.com/sanitas-go/sanitas/analyzers"
)

// loadChain writes a module whose packages import each other in a chain
// (c imports b imports a) and loads ./... as the driver does.
func loadChain(t *testing.T) []*packages.Package {
	t.Helper()
	roots, deps := loadChainPattern(t, "./...", true)
	if len(deps) != 0 {
		t.Fatalf("./... loads dependencies %v beside its roots", deps)
	}
	return roots
}

// loadChainPattern is loadChain for one pattern; facts is load's.
func loadChainPattern(t *testing.T, pattern string, facts bool) (roots, deps []*packages.Package) {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26\n",
		"a/a.go": "package a\n\nfunc A() string { return \"a\" }\n",
		"b/b.go": "package b\n\nimport \"example.com/m/a\"\n\nfunc B() string { return a.A() }\n",
		"c/c.go": "package c\n\nimport \"example.com/m/b\"\n\nfunc C() string { return b.B() }\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	roots, deps, err := load([]string{pattern}, false, facts, nil)
	if err != nil {
		t.Fatal(err)
	}
	return roots, deps
}

// analyze runs suite over pkgs as drive does, failing the test instead of
// hanging if the scheduler deadlocks.
func analyze(t *testing.T, pkgs []*packages.Package, suite []*analysis.Analyzer) *checker.Graph {
	t.Helper()
	return analyzeWithDeps(t, pkgs, nil, suite)
}

// analyzeWithDeps is analyze with load's deps.
func analyzeWithDeps(t *testing.T, pkgs, deps []*packages.Package, suite []*analysis.Analyzer) *checker.Graph {
	t.Helper()
	type out struct {
		g   *checker.Graph
		err error
	}
	ch := make(chan out, 1)
	go func() {
		guarded := guard(suite, &progress{})
		s := newScheduler(pkgs, deps, guarded)
		g, err := checker.Analyze(guarded, pkgs, nil)
		// Closed before the result is sent: the tests check that the
		// run's packages are forgotten.
		s.close(pkgs, deps)
		ch <- out{g, err}
	}()
	select {
	case o := <-ch:
		if o.err != nil {
			t.Fatal(o.err)
		}
		return o.g
	case <-time.After(2 * time.Minute):
		t.Fatal("the analysis did not finish: the scheduler deadlocked")
		return nil
	}
}

type orderFact struct{}

func (*orderFact) AFact() {}

// A package is analyzed only once every package it imports is done, and
// then its SSA and type-checker maps are released.
func TestSchedulerOrderAndRelease(t *testing.T) {
	pkgs := loadChain(t)
	var mu sync.Mutex
	var events []string
	log := func(e string) {
		mu.Lock()
		events = append(events, e)
		mu.Unlock()
	}
	// first has no facts and no prerequisites: the checker alone would
	// start it on every package at once.
	first := &analysis.Analyzer{
		Name: "first",
		Doc:  "records its start",
		Run: func(pass *analysis.Pass) (any, error) {
			log("start " + pass.Pkg.Name())
			return nil, nil
		},
	}
	last := &analysis.Analyzer{
		Name:     "last",
		Doc:      "records its end",
		Requires: []*analysis.Analyzer{buildssa.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			time.Sleep(20 * time.Millisecond) // give a too-early start a chance to show
			log("end " + pass.Pkg.Name())
			return nil, nil
		},
	}
	g := analyze(t, pkgs, []*analysis.Analyzer{first, last})
	pos := func(e string) int {
		i := slices.Index(events, e)
		if i < 0 {
			t.Fatalf("no event %q in %v", e, events)
		}
		return i
	}
	for _, dep := range [][2]string{{"a", "b"}, {"b", "c"}} {
		if pos("end "+dep[0]) > pos("start "+dep[1]) {
			t.Errorf("%s started before its import %s was done: %v", dep[1], dep[0], events)
		}
	}
	for act := range g.All() {
		if act.Analyzer == buildssa.Analyzer {
			if ssa, _ := act.Result.(*buildssa.SSA); ssa != nil && (ssa.Pkg != nil || ssa.SrcFuncs != nil) {
				t.Errorf("SSA of %s not released", act.Package.PkgPath)
			}
		}
	}
	for _, p := range pkgs {
		if len(p.TypesInfo.Types) != 0 || len(p.TypesInfo.Uses) != 0 {
			t.Errorf("type-checker maps of %s not released", p.PkgPath)
		}
		if _, ok := schedFor.Load(p.Types); ok {
			t.Errorf("package %s still registered after the run", p.PkgPath)
		}
	}
}

// An analyzer that fails on a package makes the checker skip the actions
// that need its facts, in that package and in every importer; the
// scheduler must not wait for them: the run ends with an internal error.
func TestSchedulerFailureDoesNotHang(t *testing.T) {
	pkgs := loadChain(t)
	facts := &analysis.Analyzer{
		Name:      "facts",
		Doc:       "fails on package a, exports facts elsewhere",
		FactTypes: []analysis.Fact{new(orderFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			if pass.Pkg.Name() == "a" {
				panic("broken on a")
			}
			return nil, nil
		},
	}
	user := &analysis.Analyzer{
		Name:     "user",
		Doc:      "requires facts",
		Requires: []*analysis.Analyzer{facts},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
	// plain needs no facts: the checker runs it on b and c, where it must
	// not wait for b's skipped actions.
	plain := &analysis.Analyzer{
		Name: "plain",
		Doc:  "needs nothing",
		Run:  func(*analysis.Pass) (any, error) { return nil, nil },
	}
	g := analyze(t, pkgs, []*analysis.Analyzer{user, plain})
	_, err := collect(g, &analyzers.Gate{Selection: analyzers.DefaultSelection()}, ".")
	if err == nil || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "facts@example.com/m/a") {
		t.Fatalf("collect: got %v, want an internal error naming the failed analyzer", err)
	}
}

// With only ./c named, a and b (same module, imported) are loaded from
// source as deps: the analyzers with facts run on them, in import order,
// the others do not, nothing waits forever for the actions that do not
// run, and the deps' results are released too.
func TestSchedulerDeps(t *testing.T) {
	roots, deps := loadChainPattern(t, "./c", true)
	var names []string
	for _, p := range deps {
		names = append(names, p.PkgPath)
	}
	if len(roots) != 1 || roots[0].PkgPath != "example.com/m/c" || !slices.Equal(names, []string{"example.com/m/a", "example.com/m/b"}) {
		t.Fatalf("load ./c: roots %v, deps %v; want c, then a and b", roots, names)
	}
	var mu sync.Mutex
	ran := map[string][]string{} // analyzer -> packages, in order
	record := func(pass *analysis.Pass) {
		mu.Lock()
		ran[pass.Analyzer.Name] = append(ran[pass.Analyzer.Name], pass.Pkg.Name())
		mu.Unlock()
	}
	facts := &analysis.Analyzer{
		Name:      "facts",
		Doc:       "exports a fact per package",
		FactTypes: []analysis.Fact{new(orderFact)},
		Requires:  []*analysis.Analyzer{buildssa.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			record(pass)
			pass.ExportPackageFact(new(orderFact))
			return nil, nil
		},
	}
	user := &analysis.Analyzer{
		Name:     "user",
		Doc:      "reads facts through its prerequisite",
		Requires: []*analysis.Analyzer{facts},
		Run:      func(pass *analysis.Pass) (any, error) { record(pass); return nil, nil },
	}
	plain := &analysis.Analyzer{
		Name: "plain",
		Doc:  "needs no facts",
		Run:  func(pass *analysis.Pass) (any, error) { record(pass); return nil, nil },
	}
	g := analyzeWithDeps(t, roots, deps, []*analysis.Analyzer{user, plain})
	if got := ran["facts"]; !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("facts ran on %v, want a, b, c in import order", got)
	}
	for _, name := range []string{"user", "plain"} {
		if got := ran[name]; !slices.Equal(got, []string{"c"}) {
			t.Errorf("%s ran on %v, want only the root c", name, got)
		}
	}
	for _, act := range g.Roots {
		if act.Package != roots[0] {
			t.Errorf("root action %s on a dependency", act)
		}
	}
	for _, p := range slices.Concat(roots, deps) {
		if len(p.TypesInfo.Types) != 0 {
			t.Errorf("type-checker maps of %s not released", p.PkgPath)
		}
	}

	// No analyzer with facts: nothing runs on the deps (load would not
	// even load them), and the root must not wait for them.
	roots, deps = loadChainPattern(t, "./c", true)
	clear(ran)
	analyzeWithDeps(t, roots, deps, []*analysis.Analyzer{plain})
	if got := ran["plain"]; !slices.Equal(got, []string{"c"}) {
		t.Errorf("plain ran on %v, want only c", got)
	}
	if _, deps := loadChainPattern(t, "./c", false); len(deps) != 0 {
		t.Errorf("load without facts loaded deps %v", deps)
	}
}
