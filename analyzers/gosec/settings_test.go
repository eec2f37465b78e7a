package gosec

import (
	"go/ast"
	"go/token"
	"strings"
	"testing"

	gosecapi "github.com/securego/gosec/v2"
	"github.com/securego/gosec/v2/issue"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
)

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules map[string]any
		want  string // substring of the error; "" for valid settings
	}{
		{"empty", nil, ""},
		{"gosec panics on this", map[string]any{"G101": "x"}, "want an object"},
		{"bad regexp", map[string]any{"G101": map[string]any{"pattern": "(["}}, "missing closing"},
		{"G101 full", map[string]any{"G101": map[string]any{"pattern": "(?i)secret", "ignore_entropy": true, "entropy_threshold": 70, "per_char_threshold": "2.5", "truncate": 32, "min_entropy_length": "6"}}, ""},
		{"G101 typo", map[string]any{"G101": map[string]any{"patern": "x"}}, `unknown option "patern"`},
		{"G101 fraction", map[string]any{"G101": map[string]any{"truncate": 1.5}}, "want an integer"},
		{"G104 allow list", map[string]any{"G104": map[string]any{"io": []any{"Copy"}}}, ""},
		{"G104 not a list", map[string]any{"G104": map[string]any{"io": "Copy"}}, "want a list"},
		{"G111 not a string", map[string]any{"G111": map[string]any{"pattern": 3}}, "want a regular expression"},
		{"file mode string", map[string]any{"G302": "0600", "G307": "0o600"}, ""},
		{"file mode number", map[string]any{"G306": 384}, ""},
		{"file mode junk", map[string]any{"G301": "rwx"}, "want a file mode"},
		{"file mode object", map[string]any{"G301": map[string]any{}}, "want a file mode"},
		{"rule without options", map[string]any{"G115": map[string]any{}}, "gosec reads no options"},
		{"unknown key", map[string]any{"foo": 1}, "unknown key"},
		{"globals", map[string]any{"global": map[string]any{"audit": "enabled", "nosec": false, "#nosec": "#dontanalyze"}}, ""},
		{"globals include", map[string]any{"global": map[string]any{"include": "G101"}}, "not supported"},
		{"globals bad bool", map[string]any{"global": map[string]any{"audit": 3}}, "want true or false"},
		{"exclude-rules", map[string]any{"exclude-rules": []any{}}, "not supported"},
	} {
		_, err := New(config.GosecSettings{Rules: tc.rules}, nil)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: unexpected error %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

func TestSettingsValues(t *testing.T) {
	conf, err := gosecConfig(map[string]any{
		"G302":   "0640",
		"G306":   float64(416),
		"G101":   map[string]any{"entropy_threshold": 70, "truncate": float64(8)},
		"global": map[string]any{"audit": true},
	})
	if err != nil {
		t.Fatal(err)
	}
	if conf["G302"] != int64(0o640) || conf["G306"] != int64(416) {
		t.Errorf("file modes: %v, %v", conf["G302"], conf["G306"])
	}
	g101 := conf["G101"].(map[string]any)
	if g101["entropy_threshold"] != "70" || g101["truncate"] != "8" {
		t.Errorf("G101 numbers not turned into gosec's strings: %v", g101)
	}
	if on, err := conf.IsGlobalEnabled(gosecapi.Audit); err != nil || !on {
		t.Errorf("audit: %v %v", on, err)
	}
}

func TestDiagnosticPosition(t *testing.T) {
	fset := token.NewFileSet()
	src := "package p\n\nfunc f() {\n\tx := 1\n\t_ = x\n}\n"
	tf := fset.AddFile("/src/p.go", -1, len(src))
	tf.SetLinesForContent([]byte(src))
	files := map[string]*token.File{tf.Name(): tf}
	first := &ast.File{Package: tf.Pos(0)}

	d := diagnostic(&issue.Issue{RuleID: "G104", What: "w", File: "/src/p.go", Line: "4", Col: "2"}, files, first)
	if p := fset.Position(d.Pos); p.Line != 4 || p.Column != 2 || d.End.IsValid() {
		t.Errorf("single line: %v end %v", p, d.End)
	}
	d = diagnostic(&issue.Issue{RuleID: "G104", What: "w", File: "/src/p.go", Line: "3-6", Col: "1"}, files, first)
	if p, e := fset.Position(d.Pos), fset.Position(d.End); p.Line != 3 || p.Column != 1 || e.Line != 6 {
		t.Errorf("range: %v-%v", p, e)
	}
	d = diagnostic(&issue.Issue{RuleID: "G104", What: "w", File: "/src/p.go", Line: "3-4", Col: "6"}, files, first)
	if p, e := fset.Position(d.Pos), fset.Position(d.End); p.Line != 3 || p.Column != 6 || e.Line != 4 || e.Column != 8 {
		t.Errorf("range to mid-file line: %v-%v", p, e)
	}
	d = diagnostic(&issue.Issue{RuleID: "G104", What: "w", File: "/elsewhere.go", Line: "9", Col: "1"}, files, first)
	if d.Pos != first.Package || !strings.Contains(d.Message, "/elsewhere.go:9") {
		t.Errorf("unknown file: %v %q", d.Pos, d.Message)
	}
}
