package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/sanitas-go/sanitas/analyzers"
)

// A panicking analyzer must not crash the driver: its action fails with an
// error naming the analyzer and the package, and collect turns that into an
// internal error (exit 2).
func TestGuardTurnsPanicIntoError(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.26\n",
		"p.go":   "package p\n\nfunc F() {}\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	pkgs, _, err := load([]string{"./..."}, false, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	boom := &analysis.Analyzer{
		Name: "boom",
		Doc:  "panics",
		Run:  func(*analysis.Pass) (any, error) { panic("kaboom") },
	}
	graph, err := checker.Analyze(guard([]*analysis.Analyzer{boom}, &progress{}), pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = collect(graph, &analyzers.Gate{Selection: analyzers.DefaultSelection()}, dir)
	if err == nil {
		t.Fatal("collect: no error after a panic")
	}
	for _, want := range []string{"internal error", "analyzer boom", "example.com/p", "kaboom"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
