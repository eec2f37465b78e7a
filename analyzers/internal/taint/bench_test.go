package taint

// Benchmarks of the engine alone on generated packages of growing size:
// more functions, deeper call chains, and chains that cross more packages
// (summaries travel as facts). The packages are written to a temporary
// module, loaded once as the sanitas driver loads them (syntax for the
// roots, export data for the standard library, imports pruned to the roots)
// and analyzed by go/analysis/checker on every iteration, so each iteration
// pays for SSA construction and the taint fixpoint, not for loading.
//
//	go test ./analyzers/internal/taint -run '^$' -bench . -benchmem
//
// ns/func is the time per generated function.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// shape is one generated module: pkgs packages, each with chains call
// chains of depth functions. Chain c of package i calls, at its end, chain
// c of package i+1 (so facts flow across every package) and the last
// package's chains end in a SQL sink; each package has one handler that
// feeds request input into every chain.
type shape struct{ pkgs, chains, depth int }

func (s shape) funcs() int { return s.pkgs * s.chains * s.depth }

func (s shape) write(dir string) error {
	files := map[string]string{"go.mod": "module gen\n\ngo 1.26\n"}
	for i := range s.pkgs {
		var b strings.Builder
		fmt.Fprintf(&b, "package p%d\n\nimport (\n\t\"database/sql\"\n\t\"net/http\"\n", i)
		if i+1 < s.pkgs {
			fmt.Fprintf(&b, "\n\tnext \"gen/p%d\"\n", i+1)
		}
		b.WriteString(")\n\nvar _ = sql.ErrNoRows\n\n")
		b.WriteString("func Handler(w http.ResponseWriter, r *http.Request, db *sql.DB) {\n\tq := r.FormValue(\"q\")\n")
		for c := range s.chains {
			fmt.Fprintf(&b, "\tC%d_0(db, q)\n", c)
		}
		b.WriteString("}\n\n")
		for c := range s.chains {
			for d := range s.depth {
				fmt.Fprintf(&b, "func C%d_%d(db *sql.DB, s string) {\n", c, d)
				fmt.Fprintf(&b, "\tt := s + \" AND c%d = %d\"\n", c, d)
				switch {
				case d+1 < s.depth:
					fmt.Fprintf(&b, "\tC%d_%d(db, t)\n", c, d+1)
				case i+1 < s.pkgs:
					fmt.Fprintf(&b, "\tnext.C%d_0(db, t)\n", c)
				default:
					b.WriteString("\t_, _ = db.Query(\"SELECT * FROM t WHERE \" + t)\n")
				}
				b.WriteString("}\n\n")
			}
		}
		files[fmt.Sprintf("p%d/p.go", i)] = b.String()
	}
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// load loads the generated packages like the driver does.
func load(b testing.TB, dir string) []*packages.Package {
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
			packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule,
		Dir: dir,
		Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("generated packages do not load")
	}
	roots := map[string]bool{}
	for _, p := range pkgs {
		roots[p.ID] = true
	}
	for _, p := range pkgs {
		for path, imp := range p.Imports {
			if !roots[imp.ID] {
				delete(p.Imports, path)
			}
		}
	}
	return pkgs
}

func BenchmarkEngine(b *testing.B) {
	shapes := []struct {
		name string
		shape
	}{
		{"funcs=100", shape{pkgs: 1, chains: 25, depth: 4}},
		{"funcs=400", shape{pkgs: 1, chains: 100, depth: 4}},
		{"funcs=1600", shape{pkgs: 1, chains: 400, depth: 4}},
		{"depth=4", shape{pkgs: 1, chains: 10, depth: 4}},
		{"depth=16", shape{pkgs: 1, chains: 10, depth: 16}},
		{"depth=64", shape{pkgs: 1, chains: 10, depth: 64}},
		{"pkgs=2", shape{pkgs: 2, chains: 10, depth: 4}},
		{"pkgs=8", shape{pkgs: 8, chains: 10, depth: 4}},
		{"pkgs=32", shape{pkgs: 32, chains: 10, depth: 4}},
	}
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			dir := b.TempDir()
			if err := s.write(dir); err != nil {
				b.Fatal(err)
			}
			pkgs := load(b, dir)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				g, err := checker.Analyze([]*analysis.Analyzer{Analyzer}, pkgs, nil)
				if err != nil {
					b.Fatal(err)
				}
				for act := range g.All() {
					if act.Err != nil {
						b.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(s.funcs()), "ns/func")
		})
	}
}

// TestBenchShapeFlows keeps the generator honest: the deepest chain must
// still be a flow the engine sees, or the benchmark measures nothing.
func TestBenchShapeFlows(t *testing.T) {
	dir := t.TempDir()
	s := shape{pkgs: 2, chains: 1, depth: 3}
	if err := s.write(dir); err != nil {
		t.Fatal(err)
	}
	g, err := checker.Analyze([]*analysis.Analyzer{Analyzer}, load(t, dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	var facts []string
	for act := range g.All() {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, f := range act.AllObjectFacts() {
			facts = append(facts, fmt.Sprintf("%s: %v", f.Object.Name(), f.Fact))
		}
	}
	joined := strings.Join(facts, "\n")
	if !strings.Contains(joined, "C0_0: taint(sink sql") {
		t.Errorf("no sink summary for p0.C0_0 (the chain's start); facts:\n%s", joined)
	}
}
