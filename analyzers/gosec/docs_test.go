package gosec_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/gosec"
	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

const page = "../../docs/rules/gosec.md"

// TestDocsTable checks that docs/rules/gosec.md has a table row for every
// gosec rule, with the rule table's CWE and superseding analyzer.
func TestDocsTable(t *testing.T) {
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for line := range strings.SplitSeq(string(b), "\n") {
		if m := regexp.MustCompile(`^\| (G\d{3}) \|`).FindStringSubmatch(line); m != nil {
			rows[m[1]] = line
		}
	}
	rs := rules.ForAnalyzer(gosec.Name)
	for _, r := range rs {
		row, ok := rows[r.ID]
		if !ok {
			t.Errorf("%s: no row in %s", r.ID, page)
			continue
		}
		cells := strings.Split(row, "|")
		if len(cells) != 9 {
			t.Errorf("%s: malformed row %q", r.ID, row)
			continue
		}
		if got := strings.TrimSpace(cells[3]); !strings.Contains(got, fmt.Sprintf("CWE-%d]", r.CWE[0])) {
			t.Errorf("%s: CWE cell %q, want CWE-%d", r.ID, got, r.CWE[0])
		}
		if got := strings.Trim(strings.TrimSpace(cells[7]), "`"); got != r.SupersededBy {
			t.Errorf("%s: superseded-by cell %q, want %q", r.ID, got, r.SupersededBy)
		}
		if got, want := strings.TrimSpace(cells[6]) == "on", r.Default; got != want {
			t.Errorf("%s: default cell %q, want on=%v", r.ID, cells[6], want)
		}
	}
	if len(rows) != len(rs) {
		t.Errorf("%d rows in the page, %d gosec rules", len(rows), len(rs))
	}
}

// TestDocsExampleConfig checks that the settings shown on the page are valid.
func TestDocsExampleConfig(t *testing.T) {
	b, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindSubmatch(b)
	if m == nil {
		t.Fatal("no yaml example")
	}
	c, err := config.Parse(".sanitas.yml", m[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Settings.Gosec.Rules) == 0 {
		t.Fatal("example sets no gosec options")
	}
	if _, err := gosec.New(c.Settings.Gosec, nil); err != nil {
		t.Fatal(err)
	}
}
