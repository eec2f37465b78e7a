// Package gosecsamples loads gosec's own test samples (imported from
// github.com/securego/gosec/v2/testutils, never copied) as packages, for
// the tests that replay them through a sanitas analyzer.
package gosecsamples

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/securego/gosec/v2/testutils"
	"golang.org/x/tools/go/packages"
)

// A Set is one gosec rule's samples.
type Set struct {
	Name    string // "G201"
	Samples []testutils.CodeSample
}

// A Sample is one loaded sample.
type Sample struct {
	Key   string // "G201[3]"
	Set   int    // index of its Set
	Index int    // index within the Set
	Want  bool   // gosec expects a finding
}

// Load writes every sample as its own package of one temporary module, with
// the extra files (paths relative to the module root, such as a go.mod that
// replaces a dependency by a local stub), loads them once the way the
// standalone driver does (roots from source, dependencies from export data,
// imports pruned: every sample is its own program) and returns the packages
// that load, with their samples by package path. A sample that does not
// load is a test error.
func Load(t testing.TB, extra map[string]string, sets ...Set) ([]*packages.Package, map[string]*Sample) {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := extra["go.mod"]; !ok {
		write("go.mod", "module samples\n\ngo 1.24\n")
	}
	for name, content := range extra {
		write(name, content)
	}
	byPath := map[string]*Sample{}
	for i, set := range sets {
		for j, s := range set.Samples {
			pkgDir := fmt.Sprintf("s/%s_%03d", strings.ToLower(set.Name), j)
			for k, code := range s.Code {
				write(fmt.Sprintf("%s/sample_%d.go", pkgDir, k), code)
			}
			byPath["samples/"+pkgDir] = &Sample{Key: fmt.Sprintf("%s[%d]", set.Name, j), Set: i, Index: j, Want: s.Errors > 0}
		}
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
			packages.NeedImports | packages.NeedTypes | packages.NeedTypesSizes |
			packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule,
		Dir: dir,
		Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off"),
	}, "./s/...")
	if err != nil {
		t.Fatal(err)
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			t.Errorf("sample %s does not load: %v", p.PkgPath, p.Errors[0])
			continue
		}
		clear(p.Imports)
		roots = append(roots, p)
	}
	return roots, byPath
}
