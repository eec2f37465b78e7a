package rules

import (
	"strconv"
	"strings"
	"testing"

	gosecanalyzers "github.com/securego/gosec/v2/analyzers"
	"github.com/securego/gosec/v2/issue"
	gosecrules "github.com/securego/gosec/v2/rules"
)

// gosecIDs returns every rule ID the pinned gosec can report, with its
// description: the AST rules and the SSA analyzers.
func gosecIDs() map[string]string {
	ids := map[string]string{}
	for id, def := range gosecrules.Generate(false).Rules {
		ids[id] = def.Description
	}
	defs, _ := gosecanalyzers.Generate(false).AnalyzersInfo()
	for id, def := range defs {
		ids[id] = def.Description
	}
	return ids
}

// notInCWEData holds rules whose CWE is in gosec's rule-to-CWE map
// (issue/issue.go) but missing from its CWE catalogue (cwe/data.go), so
// issue.GetCweByRule returns nil for them.
var notInCWEData = map[string]int{"G116": 838, "G121": 346, "G710": 601}

func TestGosecRowsMatchGosec(t *testing.T) {
	ids := gosecIDs()
	if len(ids) < 60 {
		t.Fatalf("gosec generates only %d IDs; API changed?", len(ids))
	}
	for id, desc := range ids {
		r := Lookup(id)
		if r == nil {
			t.Errorf("%s (%s): gosec reports it but the rule table has no row", id, desc)
			continue
		}
		if r.Analyzer != "gosec" {
			t.Errorf("%s: Analyzer = %q, want gosec", id, r.Analyzer)
		}
		if !strings.EqualFold(r.Title, desc) && !strings.EqualFold(strings.ReplaceAll(r.Title, "URL", "Url"), desc) {
			t.Errorf("%s: Title = %q, want gosec's description %q", id, r.Title, desc)
		}
		var want []int
		if w := issue.GetCweByRule(id); w != nil {
			n, err := strconv.Atoi(w.ID)
			if err != nil {
				t.Fatalf("%s: gosec CWE %q: %v", id, w.ID, err)
			}
			want = []int{n}
		}
		if n, ok := notInCWEData[id]; ok && len(want) == 0 {
			want = []int{n}
		}
		if len(want) == 0 {
			t.Errorf("%s: gosec has no CWE for it", id)
		} else if len(r.CWE) != 1 || r.CWE[0] != want[0] {
			t.Errorf("%s: CWE = %v, want gosec's %v", id, r.CWE, want)
		}
	}
	for _, r := range ForAnalyzer("gosec") {
		if _, ok := ids[r.ID]; !ok {
			t.Errorf("%s: row for a rule gosec does not generate", r.ID)
		}
		if r.Severity <= 0 || r.Severity > 10 {
			t.Errorf("%s: Severity %v not in (0, 10]", r.ID, r.Severity)
		}
		if r.Precision == "" || r.Level == "" || r.Since == "" || r.DocPage() != "gosec" {
			t.Errorf("%s: incomplete row %+v", r.ID, r)
		}
		if want := (r.Severity >= 4); (r.Level == Error) != want {
			t.Errorf("%s: Level %s does not follow Severity %v", r.ID, r.Level, r.Severity)
		}
	}
}

func TestGosecSuperseded(t *testing.T) {
	want := map[string]string{
		"G201": "sqlinject", "G202": "sqlinject", "G701": "sqlinject",
		"G203": "xss", "G705": "xss", "G708": "xss",
		"G401": "pwhash", "G406": "pwhash", "G501": "pwhash", "G505": "pwhash", "G506": "pwhash", "G507": "pwhash",
	}
	for _, r := range ForAnalyzer("gosec") {
		if r.SupersededBy != want[r.ID] {
			t.Errorf("%s: SupersededBy = %q, want %q", r.ID, r.SupersededBy, want[r.ID])
		}
	}
}
