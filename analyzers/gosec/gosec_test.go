package gosec_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/gosec"
	"github.com/sanitas-go/sanitas/analyzers/internal/config"
)

func TestAnalyzer(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{gosec.Analyzer}); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), gosec.Analyzer, "astrule", "ssarule", "nosec")
}

func TestCategoryIsRuleID(t *testing.T) {
	res := analysistest.Run(t, analysistest.TestData(), gosec.Analyzer, "astrule")
	for _, r := range res {
		for _, d := range r.Diagnostics {
			if d.Category != "G104" && d.Category != "G101" {
				t.Errorf("%s: category %q, want G104 or G101", d.Message, d.Category)
			}
			if strings.Contains(d.Message, d.Category) {
				t.Errorf("message %q repeats the rule ID", d.Message)
			}
		}
	}
}

func TestEnabledFilter(t *testing.T) {
	// Only G115: G104 and G602 findings in the same packages disappear.
	a, err := gosec.New(config.GosecSettings{}, func(id string) bool { return id == "G115" })
	if err != nil {
		t.Fatal(err)
	}
	res := analysistest.Run(fakeT{t}, analysistest.TestData(), a, "ssarule", "astrule")
	n := 0
	for _, r := range res {
		for _, d := range r.Diagnostics {
			if d.Category != "G115" {
				t.Errorf("disabled rule reported: %s %s", d.Category, d.Message)
			}
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d findings, want the one G115", n)
	}
}

// fakeT swallows analysistest's complaints about // want lines that the
// filtered analyzer rightly leaves unmatched.
type fakeT struct{ *testing.T }

func (fakeT) Errorf(string, ...any) {}

func TestDoc(t *testing.T) {
	doc := gosec.Analyzer.Doc
	first, rest, _ := strings.Cut(doc, "\n\n")
	if first != "gosec's AST rules and SSA analyzers under their G IDs" || !strings.HasPrefix(rest, "Runs the rules of gosec") {
		t.Errorf("Doc = %q", doc)
	}
}
