package xss_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/securego/gosec/v2/testutils"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sanitas-go/sanitas/analyzers/xss"
)

// disagreements lists the gosec samples (G203 trusted-type conversions,
// G705 XSS by taint, G708 template injection and text/template) where xss
// and gosec differ, with the judged truth: whether the sample puts
// non-constant data into HTML, and why.
var disagreements = map[string]struct {
	nonConstant bool
	why         string
}{
	"G203[1]": {false, `template.HTML(a) with a := "something from another place": a constant string held in a variable; SSA sees the constant`},
	"G203[2]": {false, `template.JS(a) of the same constant variable`},
	"G203[3]": {false, `template.URL(a) of the same constant variable`},
}

// TestGosecSamples runs xss over gosec's own samples for the three rules
// it supersedes, imported from gosec's testutils (never copied): one
// package per sample in one temporary module, loaded the way the
// standalone driver loads.
func TestGosecSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skips loading the gosec samples as packages (CI runs it)")
	}
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "go.mod"), "module samples\n\ngo 1.24\n")

	type sample struct {
		key  string
		want bool // gosec expects a finding
		got  []string
	}
	byPath := map[string]*sample{}
	sets := []struct {
		name    string
		samples []testutils.CodeSample
	}{
		{"G203", testutils.SampleCodeG203},
		{"G705", testutils.SampleCodeG705},
		{"G708", testutils.SampleCodeG708},
	}
	for _, set := range sets {
		for i, s := range set.samples {
			pkgDir := fmt.Sprintf("s/%s_%03d", strings.ToLower(set.name), i)
			for j, code := range s.Code {
				write(filepath.Join(dir, pkgDir, fmt.Sprintf("sample_%d.go", j)), code)
			}
			byPath["samples/"+pkgDir] = &sample{key: fmt.Sprintf("%s[%d]", set.name, i), want: s.Errors > 0}
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
		roots = append(roots, p)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{xss.Analyzer}, roots, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
		s := byPath[act.Package.PkgPath]
		if s == nil {
			continue
		}
		for _, d := range act.Diagnostics {
			s.got = append(s.got, d.Category)
		}
	}

	var pos, posFound, neg, negSilent int // gosec's labels, positives with non-constant data only
	var unexpected []string
	keys := make([]string, 0, len(byPath))
	for k := range byPath {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s := byPath[k]
		found := len(s.got) > 0
		d, listed := disagreements[s.key]
		switch {
		case listed && s.want == found:
			t.Errorf("%s now agrees with gosec: drop it from disagreements", s.key)
		case !listed && s.want != found:
			unexpected = append(unexpected, fmt.Sprintf("%s: gosec finding=%v, xss findings=%v", s.key, s.want, s.got))
		}
		t.Logf("%s: gosec %v, xss %v", s.key, s.want, s.got)
		if s.want && !(listed && !d.nonConstant) {
			pos++
			if found {
				posFound++
			}
		}
		if !s.want {
			neg++
			if !found {
				negSilent++
			}
		}
	}
	t.Logf("gosec positives with non-constant data found %d/%d, gosec negatives silent %d/%d", posFound, pos, negSilent, neg)
	for _, u := range unexpected {
		t.Errorf("unlisted disagreement %s", u)
	}
	if posFound*100 < pos*95 {
		t.Errorf("found %d of %d gosec positives with non-constant data, want at least 95%%", posFound, pos)
	}
	if negSilent*100 < neg*90 {
		t.Errorf("silent on %d of %d gosec negatives, want at least 90%%", negSilent, neg)
	}
}
