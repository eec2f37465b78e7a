package directive

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strings"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

// fakeRules stands in for the rule table, which does not yet hold the rules
// these tests name.
func fakeRules(id string) string {
	for _, r := range []string{"SQL001", "SQL002", "G101", "G201"} {
		if strings.EqualFold(r, id) {
			return r
		}
	}
	return ""
}

func parseSrc(t *testing.T, src string) (*token.FileSet, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "a.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f
}

type finding struct {
	rule string
	line int
}

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		name     string
		src      string // the body of func f, starting on line 4
		findings []finding
		// suppressed holds, per finding, the kind of the directive
		// that suppresses it, or "".
		suppressed []string
		problems   []string // "line: message"
		enabled    func(string) bool
	}{
		{
			name:       "same line",
			src:        "g() //sanitas:ignore SQL001 the query is a constant",
			findings:   []finding{{"SQL001", 4}, {"SQL002", 4}},
			suppressed: []string{KindIgnore, ""},
		},
		{
			name:       "line above",
			src:        "//sanitas:ignore SQL001 the query is a constant\ng()",
			findings:   []finding{{"SQL001", 5}},
			suppressed: []string{KindIgnore},
		},
		{
			name: "comment group above",
			src: `// The table name comes from a constant,
//sanitas:ignore SQL001 see above
// and the rest is parameterised.
g()`,
			findings:   []finding{{"SQL001", 7}},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "multiple IDs, any case",
			src:        "g() //sanitas:ignore sql001,G101 reviewed by security",
			findings:   []finding{{"SQL001", 4}, {"G101", 4}, {"G201", 4}},
			suppressed: []string{KindIgnore, KindIgnore, ""},
		},
		{
			name:       "multiple IDs with spaces",
			src:        "g() //sanitas:ignore SQL001 , G101 reviewed",
			findings:   []finding{{"SQL001", 4}, {"G101", 4}},
			suppressed: []string{KindIgnore, KindIgnore},
		},
		{
			name:       "gosec-style reason",
			src:        "g() //sanitas:ignore SQL001 -- reviewed",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "missing reason",
			src:        "g() //sanitas:ignore SQL001",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive needs a reason after the rule IDs"},
		},
		{
			name:       "only a separator for a reason",
			src:        "g() //sanitas:ignore SQL001 --",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive needs a reason after the rule IDs"},
		},
		{
			name:       "no rule ID",
			src:        "g() //sanitas:ignore",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive needs a rule ID and a reason"},
		},
		{
			name:       "empty rule ID",
			src:        "g() //sanitas:ignore SQL001,,G101 why",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive has an empty rule ID in its list"},
		},
		{
			name:       "unknown ID",
			src:        "g() //sanitas:ignore SQL001,SQL999 why",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{`4: //sanitas:ignore directive names unknown rule "SQL999"`},
		},
		{
			name:       "glob",
			src:        "g() //sanitas:ignore G1* why",
			findings:   []finding{{"G101", 4}},
			suppressed: []string{""},
			problems:   []string{`4: //sanitas:ignore directive names unknown rule "G1*" (globs are not allowed; list exact rule IDs)`},
		},
		{
			name:     "unused",
			src:      "g() //sanitas:ignore SQL001,G101 why\n//sanitas:ignore G201 why\ng()",
			findings: []finding{{"SQL001", 4}},
			problems: []string{
				"4: //sanitas:ignore directive for G101 matched no finding",
				"5: //sanitas:ignore directive for G201 matched no finding",
			},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "unused for a disabled rule is not reported",
			src:        "g() //sanitas:ignore SQL001,G101 why",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{KindIgnore},
			enabled:    func(id string) bool { return id != "G101" },
		},
		{
			name:       "nolint",
			src:        "g() //nolint:sanitas\ng() //nolint:sanitas // reviewed\ng() //nolint:errcheck,sanitas\ng() // nolint:errcheck, Sanitas // why",
			findings:   []finding{{"SQL001", 4}, {"G101", 4}, {"SQL001", 5}, {"SQL001", 6}, {"SQL002", 7}},
			suppressed: []string{KindNolint, KindNolint, KindNolint, KindNolint, KindNolint},
		},
		{
			name:       "nolint above",
			src:        "//nolint:sanitas // reviewed\ng()",
			findings:   []finding{{"SQL001", 5}},
			suppressed: []string{KindNolint},
		},
		{
			name:       "nolint not naming sanitas",
			src:        "g() //nolint:errcheck\ng() //nolint\ng() //nolint:all\ng() //nolint:sanitasx\ng() //nolint:gosec // sanitas\ng() //nolint:sanitas reviewed",
			findings:   []finding{{"SQL001", 4}, {"SQL001", 5}, {"SQL001", 6}, {"SQL001", 7}, {"SQL001", 8}, {"SQL001", 9}},
			suppressed: []string{"", "", "", "", "", ""},
		},
		{
			name: "unused nolint is not reported",
			src:  "g() //nolint:sanitas // why",
		},
		{
			name:       "ignore preferred over nolint",
			src:        "//sanitas:ignore SQL001 why\ng() //nolint:sanitas // why",
			findings:   []finding{{"SQL001", 5}},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "two lines above does not match",
			src:        "//sanitas:ignore SQL001 why\n\ng()",
			findings:   []finding{{"SQL001", 6}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive for SQL001 matched no finding"},
		},
		{
			name:       "above the line above does not match",
			src:        "//sanitas:ignore SQL001 why\nx := 1\ng(x)",
			findings:   []finding{{"SQL001", 6}},
			suppressed: []string{""},
			problems:   []string{"4: //sanitas:ignore directive for SQL001 matched no finding"},
		},
		{
			name:       "trailing does not reach the next line",
			src:        "g() //sanitas:ignore SQL001 why\ng()",
			findings:   []finding{{"SQL001", 4}, {"SQL001", 5}},
			suppressed: []string{KindIgnore, ""},
		},
		{
			name:       "block comments are ignored",
			src:        "g() /*sanitas:ignore SQL001 why*/\n/*nolint:sanitas*/\ng()",
			findings:   []finding{{"SQL001", 4}, {"SQL001", 6}},
			suppressed: []string{"", ""},
		},
		{
			name:       "space after slashes",
			src:        "g() // sanitas:ignore SQL001 why",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
			problems:   []string{"4: write //sanitas:ignore with no space after //; as written it suppresses nothing"},
		},
		{
			name:       "prose about the directive is not a directive",
			src:        "// sanitas:ignore directives need a reason.\n//  sanitas:ignore , \ng()",
			findings:   []finding{{"SQL001", 6}},
			suppressed: []string{""},
		},
		{
			name:       "space after slashes, several IDs",
			src:        "//\tsanitas:ignore g101,SQL001 why\ng()",
			findings:   []finding{{"SQL001", 5}},
			suppressed: []string{""},
			problems:   []string{"4: write //sanitas:ignore with no space after //"},
		},
		{
			name:       "other sanitas directives are not ours",
			src:        "g() //sanitas:ignored SQL001 why\ng() //sanitas:public login page",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{""},
		},
		{
			name:       "after a closing brace",
			src:        "if true {\n} //sanitas:ignore SQL001 why",
			findings:   []finding{{"SQL001", 5}},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "trailing inside a call",
			src:        "g(\n\t1, //sanitas:ignore SQL001 why\n)",
			findings:   []finding{{"SQL001", 4}, {"SQL001", 5}},
			suppressed: []string{"", KindIgnore},
		},
		{
			name:       "own line inside a call",
			src:        "g(\n\t//sanitas:ignore SQL001 why\n\t1,\n)",
			findings:   []finding{{"SQL001", 6}},
			suppressed: []string{KindIgnore},
		},
		{
			name:       "duplicate IDs",
			src:        "g() //sanitas:ignore SQL001,sql001 why",
			findings:   []finding{{"SQL001", 4}},
			suppressed: []string{KindIgnore},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\n\nfunc f() {\n" + tc.src + "\n}\n\nfunc g(...any) {}\n"
			fset, f := parseSrc(t, src)
			s := newSet(fset, []*ast.File{f}, fakeRules)
			for i, fd := range tc.findings {
				d := s.Match(fd.rule, token.Position{Filename: "a.go", Line: fd.line})
				got := ""
				if d != nil {
					got = d.Kind
				}
				if got != tc.suppressed[i] {
					t.Errorf("finding %s at line %d: suppressed by %q, want %q", fd.rule, fd.line, got, tc.suppressed[i])
				}
			}
			var probs []string
			for _, p := range s.Problems(tc.enabled) {
				probs = append(probs, fmt.Sprintf("%d: %s", p.Pos.Line, p.Message))
			}
			if len(probs) != len(tc.problems) {
				t.Fatalf("problems:\n%s\nwant:\n%s", strings.Join(probs, "\n"), strings.Join(tc.problems, "\n"))
			}
			for i := range probs {
				if !strings.HasPrefix(probs[i], tc.problems[i]) {
					t.Errorf("problem %d:\n got %s\nwant %s", i, probs[i], tc.problems[i])
				}
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	src := `package p

func f() {
	g() //sanitas:ignore sql001,G101   reviewed in #12
	//nolint:errcheck,sanitas // legacy
	g()
	g() //sanitas:ignore SQL999 x
}

func g() {}
`
	fset, f := parseSrc(t, src)
	ds := parse(fset, f, fakeRules)
	want := []Directive{
		{Pos: ds[0].Pos, File: "a.go", Line: 4, Rules: []string{"SQL001", "G101"}, Reason: "reviewed in #12",
			Text: "//sanitas:ignore sql001,G101   reviewed in #12", Kind: KindIgnore},
		{Pos: ds[1].Pos, File: "a.go", Line: 6, Reason: "legacy", Text: "//nolint:errcheck,sanitas // legacy", Kind: KindNolint},
		{Pos: ds[2].Pos, File: "a.go", Line: 7, Reason: "x", Text: "//sanitas:ignore SQL999 x", Kind: KindIgnore,
			Problem: `unknown rule "SQL999"`},
	}
	if len(ds) != len(want) {
		t.Fatalf("got %d directives, want %d", len(ds), len(want))
	}
	for i, d := range ds {
		d.msg = ""
		if !reflect.DeepEqual(*d, want[i]) {
			t.Errorf("directive %d:\n got %+v\nwant %+v", i, *d, want[i])
		}
		if p := fset.Position(d.Pos); p.Line != []int{4, 5, 7}[i] {
			t.Errorf("directive %d: Pos on line %d", i, p.Line)
		}
	}
}

// TestRuleTable runs through the real rule table, with the one rule it is
// sure to hold.
func TestRuleTable(t *testing.T) {
	src := "package p\n\nvar x = 1 //sanitas:ignore SANITAS-DIRECTIVE why\n\nvar y = 2 //sanitas:ignore NOPE999 why\n"
	fset, f := parseSrc(t, src)
	ds := Parse(fset, f)
	if len(ds) != 2 || !reflect.DeepEqual(ds[0].Rules, []string{rules.Directive}) || ds[0].Problem != "" {
		t.Fatalf("Parse: %+v", ds)
	}
	if ds[1].Problem != `unknown rule "NOPE999"` {
		t.Errorf("unknown rule: Problem = %q", ds[1].Problem)
	}
	s := NewSet(fset, []*ast.File{f})
	if d := s.Match(rules.Directive, fset.Position(f.Decls[0].Pos())); d == nil {
		t.Errorf("no match for %s", rules.Directive)
	}
	if ps := s.Problems(nil); len(ps) != 1 || !strings.Contains(ps[0].Message, "NOPE999") {
		t.Errorf("Problems: %+v", ps)
	}
}

func TestEndOfFile(t *testing.T) {
	src := "package p\n\nvar x = 1\n\n//sanitas:ignore SQL001 why"
	fset, f := parseSrc(t, src)
	s := newSet(fset, []*ast.File{f}, fakeRules)
	if len(s.Directives()) != 1 || s.Directives()[0].Line != 0 {
		t.Fatalf("Directives: %+v", s.Directives())
	}
	if ps := s.Problems(nil); len(ps) != 1 || ps[0].Pos.Line != 5 || ps[0].RuleID != "SQL001" {
		t.Errorf("Problems: %+v", ps)
	}
}

func TestLineDirective(t *testing.T) {
	// A //line directive moves the directive and the finding alike.
	src := "package p\n\n//line gen.y:10\nvar x = 1 //sanitas:ignore SQL001 why\n//sanitas:ignore G101 why\nvar y = 2\n"
	fset, f := parseSrc(t, src)
	s := newSet(fset, []*ast.File{f}, fakeRules)
	for _, fd := range []finding{{"SQL001", 10}, {"G101", 12}} {
		if s.Match(fd.rule, token.Position{Filename: "gen.y", Line: fd.line}) == nil {
			t.Errorf("%s at gen.y:%d not suppressed", fd.rule, fd.line)
		}
	}
	if ps := s.Problems(nil); len(ps) != 0 {
		t.Errorf("Problems: %+v", ps)
	}
}

func TestNilSet(t *testing.T) {
	var s *Set
	if s.Match("SQL001", token.Position{Filename: "a.go", Line: 1}) != nil || s.Problems(nil) != nil {
		t.Errorf("nil Set matched or had problems")
	}
}

func TestIsGenerated(t *testing.T) {
	_, f := parseSrc(t, "// Code generated by x. DO NOT EDIT.\n\npackage p\n")
	if !IsGenerated(f) {
		t.Errorf("generated file not recognised")
	}
	_, f = parseSrc(t, "package p\n")
	if IsGenerated(f) {
		t.Errorf("plain file called generated")
	}
}

// FuzzParse checks that no comment or source makes parsing panic, and that
// a directive that suppresses has rule IDs and a reason.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"//sanitas:ignore SQL001 why", "// sanitas:ignore ,", "//sanitas:ignore ,,", "//sanitas:ignore\t", "//nolint:sanitas//",
		"//nolint:,sanitas", "/*sanitas:ignore*/", "//sanitas:ignore SQL001 --",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, comment string) {
		if strings.ContainsAny(comment, "\n\r") {
			return
		}
		d := parseComment(comment, fakeRules)
		if d == nil || d.Problem != "" || d.Kind == KindNolint {
			return
		}
		if len(d.Rules) == 0 || d.Reason == "" {
			t.Errorf("%q: well-formed directive without rules or reason: %+v", comment, d)
		}
	})
}
