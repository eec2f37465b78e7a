package sarifcheck

import (
	"bytes"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v2/sarif"
)

// logWith builds a SARIF log with go-sarif v2.3.3 as sanitas does; edit
// applies one mistake to it.
func logWith(t *testing.T, edit func(run *sarif.Run)) []byte {
	t.Helper()
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		t.Fatal(err)
	}
	run := sarif.NewRunWithInformationURI("sanitas", "https://github.com/sanitas-go/sanitas")
	run.AddRule("SQL001").
		WithShortDescription(sarif.NewMultiformatMessageString("sql built from input")).
		WithHelpURI("https://example.com/SQL001").
		WithProperties(sarif.Properties{"security-severity": "8.8", "tags": []string{"security"}})
	loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation("a.go").WithUriBaseId("%SRCROOT%")).
		WithRegion(sarif.NewRegion().WithStartLine(3).WithStartColumn(2)))
	res := run.CreateResultForRule("SQL001").WithMessage(sarif.NewTextMessage("m"))
	res.AddLocation(loc)
	if edit != nil {
		edit(run)
	}
	log.AddRun(run)
	var buf bytes.Buffer
	if err := log.PrettyWrite(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestValidate(t *testing.T) {
	schema := RequireSchema(t)
	for _, tc := range []struct {
		name    string
		edit    func(run *sarif.Run)
		wantErr string // "" for valid
	}{
		{"valid", nil, ""},
		{"complete suppression", func(run *sarif.Run) {
			run.Results[0].AddSuppression(sarif.NewSuppression("inSource").WithJustifcation("ok").
				WithStatus("accepted").WithGuid("1e155242-3c59-555e-9c0a-ebfadbf900bf").
				WithLocation(run.Results[0].Locations[0]))
		}, ""},
		// go-sarif defect 3: unset status, guid and location become null.
		{"null suppression fields", func(run *sarif.Run) {
			run.Results[0].AddSuppression(sarif.NewSuppression("inSource").WithJustifcation("ok"))
		}, "schema"},
		// go-sarif defect 1: a result created before its rule gets 2^64-1.
		{"result before rule", func(run *sarif.Run) {
			run.CreateResultForRule("XSS001").WithMessage(sarif.NewTextMessage("m"))
			run.AddRule("XSS001").WithShortDescription(sarif.NewMultiformatMessageString("x")).
				WithHelpURI("https://example.com/XSS001").
				WithProperties(sarif.Properties{"security-severity": "6.1"})
		}, "ruleIndex 18446744073709551615 out of range"},
		// go-sarif defect 2: no shortDescription is written as null.
		{"no short description", func(run *sarif.Run) {
			run.Tool.Driver.Rules[0].ShortDescription = nil
		}, "schema"},
		{"wrong rule index", func(run *sarif.Run) {
			run.AddRule("XSS001").WithShortDescription(sarif.NewMultiformatMessageString("x")).
				WithHelpURI("https://example.com/XSS001").
				WithProperties(sarif.Properties{"security-severity": "6.1"})
			run.Results[0].WithRuleIndex(1)
		}, "names rule XSS001, but ruleId is SQL001"},
		{"no security-severity", func(run *sarif.Run) {
			delete(run.Tool.Driver.Rules[0].Properties, "security-severity")
		}, "has no security-severity"},
		{"numeric security-severity", func(run *sarif.Run) {
			run.Tool.Driver.Rules[0].Properties["security-severity"] = 8.8
		}, "want a string"},
		{"security-severity out of range", func(run *sarif.Run) {
			run.Tool.Driver.Rules[0].Properties["security-severity"] = "0"
		}, "not a number in (0, 10]"},
		{"no helpUri", func(run *sarif.Run) {
			run.Tool.Driver.Rules[0].HelpURI = nil
		}, "has no helpUri"},
		{"bad level", func(run *sarif.Run) {
			run.Results[0].WithLevel("fatal")
		}, "schema"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Validate(logWith(t, tc.edit), schema)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("valid log rejected: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("invalid log accepted, want an error containing %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("error %q does not contain %q", err, tc.wantErr)
			}
		})
	}
}

func TestValidateNotJSON(t *testing.T) {
	schema := RequireSchema(t)
	if err := Validate([]byte("{"), schema); err == nil {
		t.Error("truncated JSON accepted")
	}
}

func TestSchemaPathEnv(t *testing.T) {
	t.Setenv(SchemaEnv, "/nonexistent/sarif.json")
	if _, err := SchemaPath(); err == nil || !strings.Contains(err.Error(), SchemaEnv) {
		t.Errorf("SchemaPath with a missing $%s: %v", SchemaEnv, err)
	}
}
