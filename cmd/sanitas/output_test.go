package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers"
	"github.com/sanitas-go/sanitas/internal/sarifcheck"
)

// The golden files under testdata/output are rewritten by
//
//	go test ./cmd/sanitas -run 'TestWrite' -update
//
// The flag is registered here only if no other test file of the package
// registered it first.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// Test rules, so that the golden files do not change with the real table.
var (
	testSQL = &analyzers.Rule{
		ID: "TEST001", Analyzer: "testsql", Title: "SQL query built from request data",
		CWE: []int{89}, Severity: 8.8, Precision: "high", Level: analyzers.Error,
	}
	testXSS = &analyzers.Rule{
		ID: "TEST002", Analyzer: "testxss", Title: "request data written to an HTML response",
		CWE: []int{79, 116}, Severity: 6.1, Precision: "medium", Level: analyzers.Warning,
	}
	testNeverFired = &analyzers.Rule{
		ID: "TEST003", Analyzer: "testlog", Title: "secret written to a log",
		CWE: []int{532}, Severity: 3.5, Precision: "low", Level: analyzers.Note,
	}
)

// testDocs stands in for the docs pages: a page in their shape, hard
// wrapped, for TEST001 only.
func testDocs(id string) (string, string) {
	if id != "TEST001" {
		return "", ""
	}
	return "# TEST001: SQL query built from request data\n\n" +
			"**Severity:** high · **Precision:** high\n\n" +
			"## What it finds\n" +
			"A query string that contains data from the request\n" +
			"and reaches a database call.\n\n" +
			"## Example\n" +
			"```go\n" +
			"db.Query(\"SELECT * FROM t WHERE id = \" + r.FormValue(\"id\"))\n" +
			"```\n",
		"https://example.com/docs/rules/TEST001.md"
}

// nonASCIILine is the source line of the non-ASCII finding; the finding
// points at "name".
const nonASCIILine = "\tfmt.Fprintf(w, \"<p>héllo 😀 %s</p>\", name)"

func testReport(t testing.TB) *Report {
	t.Helper()
	nameCol := strings.Index(nonASCIILine, "name") + 1
	line := []byte(nonASCIILine)
	return &Report{
		Version:  "v1.2.3",
		Rules:    []*analyzers.Rule{testSQL, testXSS, testNeverFired},
		RepoRoot: "/src/repo",
		Findings: []*Finding{
			{
				Rule: testSQL, Analyzer: "testsql", Level: analyzers.Error,
				Message: `SQL query built from r.FormValue("id") reaches (*database/sql.DB).Query`,
				File:    "internal/db/query.go", RepoPath: "svc/internal/db/query.go",
				Start: Pos{42, 9, 9}, End: Pos{42, 30, 30},
				Related: []Related{
					{Message: `source: r.FormValue("id")`, File: "internal/db/query.go", RepoPath: "svc/internal/db/query.go",
						Start: Pos{38, 8, 8}, End: Pos{38, 26, 26}},
					{Message: "flows into q [fmt.Sprintf]", File: "internal/db/query.go", RepoPath: "svc/internal/db/query.go",
						Start: Pos{40, 2, 2}}, // no end
				},
			},
			{
				Rule: testXSS, Analyzer: "testxss", Level: analyzers.Warning,
				Message: "request data name written to http.ResponseWriter",
				File:    "web/héllo.go", RepoPath: "svc/web/héllo.go",
				Start: Pos{7, nameCol, utf16Col(line, nameCol)},
				End:   Pos{7, nameCol + 4, utf16Col(line, nameCol+4)},
			},
			{
				Rule: testXSS, Analyzer: "testxss", Level: analyzers.Warning,
				Message: "request data title written to http.ResponseWriter",
				File:    "web/page.go", RepoPath: "svc/web/page.go",
				Start: Pos{12, 5, 5},
				Suppression: &Suppression{
					Kind:          "inSource",
					Directive:     "//sanitas:ignore TEST002 title is escaped by the template",
					Justification: "title is escaped by the template",
					File:          "web/page.go", Line: 11,
				},
			},
			{
				Rule: testXSS, Analyzer: "testxss", Level: analyzers.Warning,
				Message: "request data body written to http.ResponseWriter",
				File:    "web/page.go", RepoPath: "svc/web/page.go",
				Start: Pos{20, 3, 3}, End: Pos{20, 7, 7},
			},
			{
				Rule: testXSS, Analyzer: "testxss", Level: analyzers.Warning,
				Message: "request data body written to http.ResponseWriter",
				File:    "web/page.go", RepoPath: "svc/web/page.go",
				Start: Pos{30, 3, 3}, End: Pos{30, 7, 7},
			},
		},
	}
}

// golden compares got with testdata/output/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "output", name)
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (run with -update to accept):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestUTF16Col(t *testing.T) {
	for _, tc := range []struct {
		line    string
		byteCol int
		want    int
	}{
		{"abc", 1, 1},
		{"abc", 3, 3},
		{"abc", 4, 4},                        // just after the end
		{"abc", 6, 6},                        // further past the end
		{"abc", 0, 0},                        // unknown column
		{`x := "é" + y`, 12, 11},             // é is 2 bytes, 1 unit
		{`x := "é" + y`, 7, 7},               // at é
		{`x := "é" + y`, 8, 7},               // inside é: its start
		{`x := "é" + y`, 9, 8},               // after é
		{`s := "😀" + y`, 13, 11},             // 😀 is 4 bytes, 2 units
		{`s := "😀😀"`, 15, 11},                // two of them
		{"\tfmt.Println(\"日本\", v)", 23, 19}, // 3-byte CJK, 1 unit each
		{"a\xffb", 3, 3},                     // invalid byte: 1 unit
		{"", 1, 1},
	} {
		if got := utf16Col([]byte(tc.line), tc.byteCol); got != tc.want {
			t.Errorf("utf16Col(%q, %d) = %d, want %d", tc.line, tc.byteCol, got, tc.want)
		}
	}
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := writeText(&buf, testReport(t)); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	// Findings in the order given, steps indented, the suppressed one left out.
	want := []string{
		`internal/db/query.go:42:9: SQL query built from r.FormValue("id") reaches (*database/sql.DB).Query [TEST001]`,
		`	internal/db/query.go:38:8: source: r.FormValue("id")`,
		`	internal/db/query.go:40:2: flows into q [fmt.Sprintf]`,
		`web/héllo.go:7:42: request data name written to http.ResponseWriter [TEST002]`,
		`web/page.go:20:3: request data body written to http.ResponseWriter [TEST002]`,
		`web/page.go:30:3: request data body written to http.ResponseWriter [TEST002]`,
		`4 findings (1 high, 3 medium), 1 suppressed`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("writeText:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	golden(t, "report.txt", buf.Bytes())
}

func TestTextSummary(t *testing.T) {
	sup := &Suppression{Kind: "inSource", Justification: "reviewed"}
	f := func(r *analyzers.Rule, l analyzers.Level, s *Suppression) *Finding {
		return &Finding{Rule: r, Level: l, File: "a.go", Start: Pos{1, 1, 1}, Message: "m", Suppression: s}
	}
	for _, tc := range []struct {
		findings []*Finding
		want     string
	}{
		{nil, "no findings"},
		{[]*Finding{f(testSQL, analyzers.Error, sup), f(testSQL, analyzers.Error, sup)}, "no findings, 2 suppressed"},
		{[]*Finding{f(testSQL, analyzers.Error, nil)}, "1 finding (1 high)"},
		{[]*Finding{f(testNeverFired, "", nil)}, "1 finding (1 low)"}, // the rule's level
		{[]*Finding{
			f(testSQL, analyzers.Error, nil), f(testXSS, analyzers.Warning, nil),
			f(testXSS, analyzers.Warning, nil), f(testXSS, analyzers.Warning, sup),
		}, "3 findings (1 high, 2 medium), 1 suppressed"},
	} {
		var buf bytes.Buffer
		if err := writeText(&buf, &Report{Findings: tc.findings}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if got := lines[len(lines)-1]; got != tc.want {
			t.Errorf("summary = %q, want %q", got, tc.want)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := writeJSON(&buf, testReport(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "report.json", buf.Bytes())

	var got jsonReport
	dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
	dec.DisallowUnknownFields() // every field is in the Go types
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.SchemaVersion != 1 || got.Tool.Name != "sanitas" || got.Tool.Version != "v1.2.3" {
		t.Errorf("header = %d %+v", got.SchemaVersion, got.Tool)
	}
	if len(got.Findings) != 5 {
		t.Fatalf("%d findings, want 5 (suppressed ones included)", len(got.Findings))
	}
	f0 := got.Findings[0]
	if f0.Rule != "TEST001" || f0.Analyzer != "testsql" || f0.Severity != "high" || f0.Level != "error" ||
		len(f0.CWE) != 1 || f0.CWE[0] != 89 || f0.File != "internal/db/query.go" ||
		f0.Start != (jsonPos{42, 9}) || f0.End != (jsonPos{42, 30}) || f0.Suppression != nil {
		t.Errorf("finding 0 = %+v", f0)
	}
	if len(f0.Related) != 2 || f0.Related[0].Message != `source: r.FormValue("id")` ||
		f0.Related[1].End != f0.Related[1].Start {
		t.Errorf("finding 0 related = %+v (a missing end must equal the start)", f0.Related)
	}
	if f1 := got.Findings[1]; f1.Start.Column != strings.Index(nonASCIILine, "name")+1 {
		t.Errorf("JSON columns are bytes: got %d", f1.Start.Column)
	}
	s := got.Findings[2].Suppression
	if s == nil || s.Kind != "inSource" || s.Justification != "title is escaped by the template" ||
		!strings.HasPrefix(s.Directive, "//sanitas:ignore TEST002") {
		t.Errorf("finding 2 suppression = %+v", s)
	}
	if got.Findings[3].Fingerprint == got.Findings[4].Fingerprint {
		t.Error("identical findings share a fingerprint")
	}
	want := jsonSummary{Findings: 4, Errors: 1, Warnings: 3, Suppressed: 1, Rules: 3}
	if got.Summary != want {
		t.Errorf("summary = %+v, want %+v", got.Summary, want)
	}

	// An empty report has empty arrays, not null.
	buf.Reset()
	if err := writeJSON(&buf, &Report{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("empty report: %s", buf.String())
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Schema string `json:"$schema"`
	Runs   []struct {
		Tool struct {
			Driver struct {
				Name            string `json:"name"`
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				Rules           []struct {
					ID               string `json:"id"`
					Name             string `json:"name"`
					ShortDescription struct{ Text string }
					FullDescription  struct{ Text string }
					Help             struct{ Text, Markdown string }
					HelpURI          string `json:"helpUri"`
					Default          struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags             []string `json:"tags"`
						SecuritySeverity string   `json:"security-severity"`
						Precision        string   `json:"precision"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind         string                          `json:"columnKind"`
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Results            []sarifResultT                  `json:"results"`
	} `json:"runs"`
}

type sarifLocT struct {
	ID               *int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine, StartColumn, EndLine, EndColumn int
		} `json:"region"`
	} `json:"physicalLocation"`
	Message struct{ Text string } `json:"message"`
}

type sarifResultT struct {
	RuleID              string `json:"ruleId"`
	RuleIndex           int    `json:"ruleIndex"`
	Level               string `json:"level"`
	Message             struct{ Text string }
	Locations           []sarifLocT       `json:"locations"`
	RelatedLocations    []sarifLocT       `json:"relatedLocations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []struct {
		ThreadFlows []struct {
			Locations []struct {
				Location sarifLocT `json:"location"`
			} `json:"locations"`
		} `json:"threadFlows"`
	} `json:"codeFlows"`
	Suppressions []map[string]any `json:"suppressions"`
}

// sarifOf writes r as SARIF, validates it against the schema and GitHub's
// rules, checks that writing is deterministic, and decodes it.
func sarifOf(t *testing.T, r *Report, docs func(string) (string, string)) ([]byte, *sarifLog) {
	t.Helper()
	var buf, again bytes.Buffer
	if err := writeSARIF(&buf, r, docs); err != nil {
		t.Fatal(err)
	}
	if err := writeSARIF(&again, r, docs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two writes of the same report differ")
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	for i, res := range log.Runs[0].Results {
		if res.RuleIndex < 0 || res.RuleIndex >= len(log.Runs[0].Tool.Driver.Rules) ||
			log.Runs[0].Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d does not name %s", i, res.RuleIndex, res.RuleID)
		}
	}
	// A subtest, so that a missing schema skips only the validation.
	t.Run("schema", func(t *testing.T) {
		if err := sarifcheck.Validate(buf.Bytes(), sarifcheck.RequireSchema(t)); err != nil {
			t.Errorf("invalid SARIF: %v", err)
		}
	})
	return buf.Bytes(), &log
}

var guidPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestWriteSARIF(t *testing.T) {
	rep := testReport(t)
	data, log := sarifOf(t, rep, testDocs)
	golden(t, "report.sarif", data)

	run := log.Runs[0]
	drv := run.Tool.Driver
	if drv.Name != "sanitas" || drv.Version != "v1.2.3" || drv.SemanticVersion != "1.2.3" {
		t.Errorf("driver = %s %s %s", drv.Name, drv.Version, drv.SemanticVersion)
	}
	if run.ColumnKind != "utf16CodeUnits" || run.OriginalURIBaseIDs["%SRCROOT%"].URI != "file:///src/repo/" {
		t.Errorf("columnKind %q, originalUriBaseIds %+v", run.ColumnKind, run.OriginalURIBaseIDs)
	}

	// Every enabled rule, in the report's order, fired or not.
	var ids []string
	for _, r := range drv.Rules {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "TEST001,TEST002,TEST003" {
		t.Errorf("rules = %v", ids)
	}
	r0 := drv.Rules[0]
	if r0.Name != "SQLQueryBuiltFromRequestData" || r0.ShortDescription.Text != testSQL.Title ||
		r0.FullDescription.Text != "A query string that contains data from the request and reaches a database call." ||
		!strings.Contains(r0.Help.Markdown, "## What it finds\nA query string that contains data from the request and reaches a database call.\n") ||
		!strings.Contains(r0.Help.Markdown, "```go\ndb.Query(") || r0.Help.Text == "" ||
		r0.HelpURI != "https://example.com/docs/rules/TEST001.md" || r0.Default.Level != "error" {
		t.Errorf("rule TEST001 = %+v", r0)
	}
	if got := strings.Join(r0.Properties.Tags, ","); got != "security,external/cwe/cwe-089" ||
		r0.Properties.SecuritySeverity != "8.8" || r0.Properties.Precision != "high" {
		t.Errorf("rule TEST001 properties = %+v", r0.Properties)
	}
	if r1 := drv.Rules[1]; strings.Join(r1.Properties.Tags, ",") != "security,external/cwe/cwe-079,external/cwe/cwe-116" ||
		r1.Help.Text != testXSS.Title || r1.FullDescription.Text != testXSS.Title ||
		r1.HelpURI != "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/TEST002.md" {
		t.Errorf("rule TEST002 (no docs page) = %+v", r1)
	}

	if len(run.Results) != 5 {
		t.Fatalf("%d results, want 5 (suppressed ones included)", len(run.Results))
	}

	// The flow: steps linked from the message, relatedLocations 1..n, one
	// threadFlow of steps then sink.
	res := run.Results[0]
	wantMsg := `SQL query built from r.FormValue("id") reaches (*database/sql.DB).Query` +
		` (flow: [source: r.FormValue("id")](1) → [flows into q \[fmt.Sprintf\]](2))`
	if res.Message.Text != wantMsg {
		t.Errorf("message = %s\nwant      %s", res.Message.Text, wantMsg)
	}
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "svc/internal/db/query.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		loc.Region.StartLine != 42 || loc.Region.StartColumn != 9 || loc.Region.EndLine != 42 || loc.Region.EndColumn != 30 {
		t.Errorf("location = %+v", loc)
	}
	if len(res.RelatedLocations) != 2 || *res.RelatedLocations[0].ID != 1 || *res.RelatedLocations[1].ID != 2 ||
		res.RelatedLocations[1].PhysicalLocation.Region.EndColumn != 2 {
		t.Errorf("relatedLocations = %+v", res.RelatedLocations)
	}
	if len(res.CodeFlows) != 1 || len(res.CodeFlows[0].ThreadFlows) != 1 {
		t.Fatalf("codeFlows = %+v", res.CodeFlows)
	}
	var steps []string
	for _, l := range res.CodeFlows[0].ThreadFlows[0].Locations {
		steps = append(steps, l.Location.Message.Text)
	}
	if len(steps) != 3 || steps[2] != rep.Findings[0].Message {
		t.Errorf("threadFlow = %q, want the 2 steps then the sink", steps)
	}
	if _, ok := res.PartialFingerprints["primaryLocationLineHash"]; ok || len(res.PartialFingerprints["sanitas/v1"]) != 32 {
		t.Errorf("partialFingerprints = %v", res.PartialFingerprints)
	}
	if run.Results[1].CodeFlows != nil || run.Results[1].RelatedLocations != nil {
		t.Error("a finding without steps has codeFlows or relatedLocations")
	}

	// Non-ASCII: columns in UTF-16 units, path percent-encoded.
	reg := run.Results[1].Locations[0].PhysicalLocation
	if reg.ArtifactLocation.URI != "svc/web/h%C3%A9llo.go" ||
		reg.Region.StartColumn != 39 || reg.Region.EndColumn != 43 {
		t.Errorf("non-ASCII location = %+v (byte column %d)", reg, rep.Findings[1].Start.Col)
	}

	// Suppressed: kept, with every suppression field set.
	sup := run.Results[2].Suppressions
	if len(sup) != 1 {
		t.Fatalf("suppressions = %v", sup)
	}
	for _, k := range []string{"kind", "status", "justification", "guid", "location"} {
		if sup[0][k] == nil {
			t.Errorf("suppression has no %s: %v", k, sup[0])
		}
	}
	if sup[0]["kind"] != "inSource" || sup[0]["status"] != "accepted" ||
		sup[0]["justification"] != "title is escaped by the template" ||
		!guidPattern.MatchString(sup[0]["guid"].(string)) {
		t.Errorf("suppression = %v", sup[0])
	}
	for i, r := range run.Results {
		if (i == 2) != (r.Suppressions != nil) {
			t.Errorf("result %d: suppressions = %v", i, r.Suppressions)
		}
	}

	// Identical findings: distinct, stable fingerprints.
	if run.Results[3].PartialFingerprints["sanitas/v1"] == run.Results[4].PartialFingerprints["sanitas/v1"] {
		t.Error("identical findings share a fingerprint")
	}
}

// TestSARIFEmpty: no findings still declares the enabled rules.
func TestSARIFEmpty(t *testing.T) {
	_, log := sarifOf(t, &Report{Rules: []*analyzers.Rule{testNeverFired}}, nil)
	if len(log.Runs[0].Tool.Driver.Rules) != 1 || len(log.Runs[0].Results) != 0 {
		t.Errorf("empty report: %+v", log.Runs[0])
	}
	if log.Runs[0].Tool.Driver.Version != "devel" || log.Runs[0].Tool.Driver.SemanticVersion != "" {
		t.Errorf("no version: %+v", log.Runs[0].Tool.Driver)
	}
}

// TestSARIFUndeclaredRule: a finding of a rule missing from Report.Rules
// still gets a valid ruleIndex (go-sarif would write 2^64-1).
func TestSARIFUndeclaredRule(t *testing.T) {
	rep := &Report{
		Rules: []*analyzers.Rule{testNeverFired},
		Findings: []*Finding{{
			Rule: testSQL, Message: "m", File: "a.go", RepoPath: "a.go", Start: Pos{1, 1, 1},
		}},
	}
	_, log := sarifOf(t, rep, nil)
	if res := log.Runs[0].Results[0]; res.RuleIndex != 1 || res.Level != "error" {
		t.Errorf("result = %+v", res)
	}
}

// TestSARIFRealRules gives every rule of the real table a finding and
// validates the log: the table itself must make GitHub-valid rules.
func TestSARIFRealRules(t *testing.T) {
	rep := &Report{Version: "v0.1.0-dev", RepoRoot: "/repo"}
	for i, r := range analyzers.Rules() {
		rep.Rules = append(rep.Rules, r)
		rep.Findings = append(rep.Findings, &Finding{
			Rule: r, Analyzer: r.Analyzer, Message: "example finding", Level: r.Level,
			File: "main.go", RepoPath: "main.go", Start: Pos{i + 1, 2, 2},
		})
	}
	_, log := sarifOf(t, rep, nil)
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if r.Properties.SecuritySeverity == "" || r.HelpURI == "" || r.ShortDescription.Text == "" || r.Help.Text == "" {
			t.Errorf("rule %s lacks a GitHub field: %+v", r.ID, r)
		}
	}
}

func TestFingerprints(t *testing.T) {
	mk := func(line int, msg string) *Finding {
		return &Finding{Rule: testSQL, RepoPath: "a.go", Start: Pos{line, 1, 1}, Message: msg}
	}
	a := fingerprints([]*Finding{mk(10, "query from line 3 reaches Query"), mk(20, "other")})
	b := fingerprints([]*Finding{mk(15, "query from line 8 reaches Query"), mk(25, "other")})
	if a[0] != b[0] || a[1] != b[1] {
		t.Errorf("fingerprints moved with the code: %v %v", a, b)
	}
	c := fingerprints([]*Finding{mk(10, "same"), mk(20, "same"), mk(30, "same")})
	if c[0] == c[1] || c[1] == c[2] || c[0] == c[2] {
		t.Errorf("occurrences share a fingerprint: %v", c)
	}
	if d := fingerprints([]*Finding{mk(10, "query from a.go:3:9 reaches Query")}); d[0] != fingerprints([]*Finding{mk(1, "query from a.go reaches Query")})[0] {
		t.Error("a position in the message changes the fingerprint")
	}
	if uuid5(a[0]) != uuid5(b[0]) || !guidPattern.MatchString(uuid5(a[0])) || uuid5(a[0]) == uuid5(a[1]) {
		t.Errorf("uuid5: %s %s", uuid5(a[0]), uuid5(a[1]))
	}
}

func TestUnwrapMarkdown(t *testing.T) {
	in := "# Title\n\n**Severity:** low\n\n## What\nfirst line\nsecond line:\n\n- item one\n  continued\n- item two\n\n" +
		"```go\nx := 1\ny := 2\n```\n| a | b |\n| - | - |\n"
	want := "# Title\n\n**Severity:** low\n\n## What\nfirst line second line:\n\n- item one continued\n- item two\n\n" +
		"```go\nx := 1\ny := 2\n```\n| a | b |\n| - | - |\n"
	if got := unwrapMarkdown(in); got != want {
		t.Errorf("unwrapMarkdown:\n%s\nwant:\n%s", got, want)
	}
	if got := firstSection(want); got != "first line second line: - item one continued - item two" {
		t.Errorf("firstSection = %q", got)
	}
	long := strings.Repeat("é", 2000)
	if got := truncateRunes(long, maxFullDescription); len([]rune(got)) != maxFullDescription || !strings.HasSuffix(got, "…") {
		t.Errorf("truncateRunes: %d runes", len([]rune(got)))
	}
}

// TestSARIFSharedPage: a rule documented on a family's page gets its title
// as fullDescription, not the family's introduction, but the page as help.
func TestSARIFSharedPage(t *testing.T) {
	family := &analyzers.Rule{
		ID: "TEST101", Analyzer: "testfam", Title: "use of a weak hash", Doc: "testfamily",
		CWE: []int{328}, Severity: 5.5, Precision: "high", Level: analyzers.Warning,
	}
	page := func(string) (string, string) {
		return "# testfamily\n\nThe family's introduction.\n", "https://example.com/testfamily.md"
	}
	_, log := sarifOf(t, &Report{Rules: []*analyzers.Rule{family}}, page)
	r := log.Runs[0].Tool.Driver.Rules[0]
	if r.FullDescription.Text != family.Title || r.Help.Markdown != "# testfamily\n\nThe family's introduction.\n" ||
		r.HelpURI != "https://example.com/testfamily.md" {
		t.Errorf("shared-page rule = %+v", r)
	}
}

// TestSARIFPaths: repository-relative URIs are percent-encoded; a file
// outside the repository gets an absolute file URI and no uriBaseId; a
// finding without a column has none in its region.
func TestSARIFPaths(t *testing.T) {
	rep := &Report{
		Rules:    []*analyzers.Rule{testSQL},
		RepoRoot: "/src/repo",
		Findings: []*Finding{{
			Rule: testSQL, Message: "m", File: "my dir/a b.go", RepoPath: "my dir/a b.go", Start: Pos{Line: 3},
			Related: []Related{{Message: "source", File: "../dep/x.go", RepoPath: "../dep/x.go", Start: Pos{5, 1, 1}}},
		}},
	}
	_, log := sarifOf(t, rep, nil)
	res := log.Runs[0].Results[0]
	loc := res.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "my%20dir/a%20b.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		loc.Region.StartLine != 3 || loc.Region.StartColumn != 0 || loc.Region.EndColumn != 0 {
		t.Errorf("location = %+v", loc)
	}
	rel := res.RelatedLocations[0].PhysicalLocation.ArtifactLocation
	if rel.URI != "file:///src/dep/x.go" || rel.URIBaseID != "" {
		t.Errorf("outside the repository: %+v", rel)
	}
}
