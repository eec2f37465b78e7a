package analyzers_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/sanitas-go/sanitas/analyzers"
	"github.com/sanitas-go/sanitas/docs"
)

func TestSuiteValidates(t *testing.T) {
	if err := analysis.Validate(analyzers.Suite); err != nil {
		t.Fatal(err)
	}
}

// Every rule row belongs to an analyzer of the Suite (or to the driver), has
// a page, CWEs and a severity GitHub accepts; every page documents a row.
func TestRuleTable(t *testing.T) {
	names := map[string]bool{"sanitas": true} // the driver reports sanitas-directive
	for _, a := range analyzers.Suite {
		names[a.Name] = true
	}
	reported := map[string]bool{}
	pages := map[string]bool{}
	for _, r := range analyzers.Rules() {
		reported[r.Analyzer] = true
		if !names[r.Analyzer] {
			t.Errorf("%s: analyzer %q is not in the Suite", r.ID, r.Analyzer)
		}
		if r.Title == "" || strings.HasSuffix(r.Title, ".") {
			t.Errorf("%s: title %q must be non-empty, without a final period", r.ID, r.Title)
		}
		if len(r.CWE) == 0 && r.ID != analyzers.DirectiveRule {
			t.Errorf("%s: no CWE", r.ID)
		}
		if !(r.Severity > 0 && r.Severity <= 10) {
			t.Errorf("%s: security-severity %v outside (0, 10]", r.ID, r.Severity)
		}
		if !slices.Contains([]analyzers.Precision{"very-high", "high", "medium", "low"}, r.Precision) {
			t.Errorf("%s: precision %q", r.ID, r.Precision)
		}
		if r.Level.Rank() == 0 {
			t.Errorf("%s: level %q", r.ID, r.Level)
		}
		if r.Since == "" {
			t.Errorf("%s: no Since", r.ID)
		}
		if r.SupersededBy != "" && !names[r.SupersededBy] && r.Default {
			// Superseded rules stay on until their analyzer lands.
			continue
		}
		if r.SupersededBy != "" && names[r.SupersededBy] && r.Default {
			t.Errorf("%s: superseded by %s, which is in the Suite, but still on by default", r.ID, r.SupersededBy)
		}
		md, ok := docs.Rule(r.DocPage())
		if !ok {
			t.Errorf("%s: no page docs/rules/%s.md", r.ID, r.DocPage())
			continue
		}
		pages[r.DocPage()] = true
		if !strings.Contains(md, r.ID) {
			t.Errorf("%s: docs/rules/%s.md never mentions the rule ID", r.ID, r.DocPage())
		}
		for _, c := range r.CWE {
			if !strings.Contains(md, "CWE-"+strconv.Itoa(c)) {
				t.Errorf("%s: docs/rules/%s.md does not name CWE-%d", r.ID, r.DocPage(), c)
			}
		}
		if r.DocPage() == r.ID {
			for _, section := range []string{"CWE", "```go", "suppress"} {
				if !strings.Contains(md, section) {
					t.Errorf("%s: docs/rules/%s.md lacks %q (what, why, CWE, bad and good example, how to suppress)", r.ID, r.ID, section)
				}
			}
		}
	}
	for _, p := range docs.Pages() {
		if !pages[p] {
			t.Errorf("docs/rules/%s.md documents no rule of the table", p)
		}
	}
	for _, a := range analyzers.Suite {
		if !reported[a.Name] {
			t.Errorf("analyzer %s reports no rule of the table", a.Name)
		}
	}
}
