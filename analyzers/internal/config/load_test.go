package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

func TestLoadGood(t *testing.T) {
	c, err := Load("testdata/good.yml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Version:   1,
		Enable:    []string{"sanitas-directive", "SANITAS-*"},
		Disable:   []string{},
		Exclude:   []string{"vendor/", "internal/gen", "**/*.pb.go", "testdata/**/fixture_?.go"},
		FailOn:    "warning",
		Generated: true,
		Settings: Settings{Gosec: GosecSettings{Rules: map[string]any{
			"G101": map[string]any{"pattern": "(?i)passwd|secret", "ignore_entropy": false},
			"G302": "0600",
			"G104": map[string]any{"io/ioutil": []any{"WriteFile"}},
		}}},
		File: "testdata/good.yml",
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load:\n got %#v\nwant %#v", c, want)
	}
	if c, err := Parse("x.yml", []byte("version: 1\nfail-on: Warning\n")); err != nil || c.FailOn != "warning" {
		t.Errorf("fail-on: Warning not normalised: %+v, %v", c, err)
	}
	if l, err := c.FailLevel(); err != nil || l != rules.Warning {
		t.Errorf("FailLevel = %q, %v; want warning", l, err)
	}
}

// TestParseMatchesJSON checks the promise that Parse yields what a JSON
// decoder (the golangci-lint plugin's) yields for the same document.
func TestParseMatchesJSON(t *testing.T) {
	const js = `{"version": 1, "fail-on": "note", "settings": {"gosec": {"rules": {"G302": 384, "G101": {"n": 1.5, "l": [1, "a", null, true]}}}}}`
	const yml = `
version: 1
fail-on: note
settings:
  gosec:
    rules:
      G302: 0600
      G101: {n: 1.5, l: [1, a, ~, true]}
`
	var fromJSON Config
	dec := json.NewDecoder(strings.NewReader(js))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&fromJSON); err != nil {
		t.Fatal(err)
	}
	fromYAML, err := Parse("x.yml", []byte(yml))
	if err != nil {
		t.Fatal(err)
	}
	fromYAML.File = ""
	if !reflect.DeepEqual(*fromYAML, fromJSON) {
		t.Errorf("YAML and JSON differ:\nYAML %#v\nJSON %#v", *fromYAML, fromJSON)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		file string
		// want holds one prefix per reported error, in order.
		want []string
	}{
		{"unknown_top.yml", []string{`:2:1: enabled: unknown key (known: disable, enable, exclude, fail-on, generated, settings, version)`}},
		{"unknown_nested.yml", []string{`:4:5: settings.gosec.rulez: unknown key (known: rules)`}},
		{"type_string_for_int.yml", []string{`:1:10: version: want an integer, got string "one"`}},
		{"type_scalar_for_list.yml", []string{`:2:10: exclude: want a list, got string "vendor/" (write [vendor/] for a list of one)`}},
		{"type_list_for_map.yml", []string{`:5:7: settings.gosec.rules: want a mapping, got a list`}},
		{"type_string_for_bool.yml", []string{`:2:12: generated: want a boolean, got string "yes" (use true or false)`}},
		{"unknown_rule.yml", []string{`:4:5: enable[1]: unknown rule "SQL999"`}},
		{"bad_rule_glob.yml", []string{`:2:11: disable[0]: bad rule pattern "G9[*"`}},
		{"bad_glob.yml", []string{`:4:5: exclude[1]: bad exclude pattern "gen/[a-": unbalanced [ ]`}},
		{"bad_glob_doublestar.yml", []string{`:3:5: exclude[0]: bad exclude pattern "a/**.go": ** must be a whole path element`}},
		{"bad_sqlinject.yml", []string{
			`:6:9: settings.sqlinject.quoters[1]: "QuoteIdent" is not a function's full name: want example.com/pkg.Func, (example.com/pkg.T).M or (*example.com/pkg.T).M`,
			`:8:9: settings.sqlinject.sinks[0]: arg must be >= 0`,
		}},
		{"bad_failon.yml", []string{`:2:10: fail-on: unknown level "critical" (want error, warning, note or none)`}},
		{"missing_version.yml", []string{`:1:1: version: missing; add "version: 1"`}},
		{"wrong_version.yml", []string{`:1:10: version: unsupported version 2 (want 1)`}},
		{"empty.yml", []string{`: empty config file`}},
		{"comments_only.yml", []string{`: empty config file`}},
		{"duplicate_key.yml", []string{`:3:1: fail-on: duplicate key (first at line 2)`}},
		{"duplicate_nested_key.yml", []string{`:6:7: settings.gosec.rules.G101: duplicate key (first at line 5)`}},
		{"syntax.yml", []string{`:1: invalid YAML: did not find expected ',' or ']'`}},
		{"two_documents.yml", []string{`:2:1: more than one YAML document`}},
		{"top_level_list.yml", []string{`:1:1: want a mapping of keys to values at the top level, got a list`}},
		{"enable_minus.yml", []string{`:2:10: enable[0]: "-sanitas-directive": a leading - is not allowed; list the rule under disable`}},
		{"several.yml", []string{
			`:2:10: fail-on: want a string, got integer 3 (quote it: "3")`,
			`:3:12: generated: want a boolean, got string "true" (drop the quotes)`,
			`:4:1: foo: unknown key`,
		}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join("testdata", tc.file)
			c, err := Load(path)
			if err == nil {
				t.Fatalf("Load succeeded: %+v", c)
			}
			if c != nil {
				t.Errorf("Load returned a config with its error")
			}
			var first *Error
			if !errors.As(err, &first) {
				t.Errorf("error is not a *Error: %T", err)
			}
			lines := strings.Split(err.Error(), "\n")
			if len(lines) != len(tc.want) {
				t.Errorf("got %d errors, want %d:\n%v", len(lines), len(tc.want), err)
			}
			for i, line := range lines {
				if i >= len(tc.want) {
					break
				}
				if want := path + tc.want[i]; !strings.HasPrefix(line, want) {
					t.Errorf("error %d:\n got %s\nwant prefix %s", i, line, want)
				}
			}
		})
	}
}

// TestWalkTypes covers the kinds of Go values a future settings section may
// use, through a type that is not Config.
func TestWalkTypes(t *testing.T) {
	type inner struct {
		N int `json:"n"`
	}
	type Embedded struct {
		E string `json:"e"`
	}
	type all struct {
		Embedded
		S    string            `json:"s"`
		I8   int8              `json:"i8,omitempty"`
		U    uint              `json:"u"`
		F    float64           `json:"f"`
		B    bool              `json:"b"`
		P    *inner            `json:"p"`
		M    map[string]inner  `json:"m"`
		L    []*inner          `json:"l"`
		A    any               `json:"a"`
		Q    int               `json:"q,string"`
		Skip string            `json:"-"`
		Def  string            // no tag: the field name
		MS   map[string]string `json:"ms"`
	}
	good := `
e: embedded
s: str
i8: -8
u: 7
f: 2
b: false
p: {n: 1}
m: {x: {n: 2}}
l: [{n: 3}, ~]
a: {k: [1, two]}
q: 12
Def: d
ms: {}
`
	w := &walker{file: "f", values: map[string]*yaml.Node{}}
	root, err := w.document([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	v := w.walk(root, reflect.TypeFor[all](), "")
	if err := w.err(); err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(v)
	dec := json.NewDecoder(strings.NewReader(string(js)))
	dec.DisallowUnknownFields()
	var got all
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("decoding %s: %v", js, err)
	}
	want := all{
		Embedded: Embedded{E: "embedded"}, S: "str", I8: -8, U: 7, F: 2, B: false,
		P: &inner{1}, M: map[string]inner{"x": {2}}, L: []*inner{{3}, nil},
		A: map[string]any{"k": []any{1.0, "two"}}, Q: 12, Def: "d", MS: map[string]string{},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %#v\nwant %#v", got, want)
	}

	for _, tc := range []struct{ doc, want string }{
		{"i8: 300", `f:1:5: i8: integer 300 out of range for int8`},
		{"u: -1", `f:1:4: u: integer -1 out of range for uint`},
		{"f: .inf", `f:1:4: f: .inf is not a finite number`},
		{"f: x", `f:1:4: f: want a number, got string "x"`},
		{"p: 1", `f:1:4: p: want a mapping, got integer 1`},
		{"m: {x: {n: y}}", `f:1:12: m.x.n: want an integer, got string "y"`},
		{"l: [{n: 1}, {z: 1}]", `f:1:14: l[1].z: unknown key (known: n)`},
		{"Skip: x", `f:1:1: Skip: unknown key`},
		{"s: ~", `f:1:4: s: want a string, got null`},
		{"q: x", `f:1:4: q: want an integer, got string "x"`},
		{"i8: '1'", `f:1:5: i8: want an integer, got string "1" (drop the quotes)`},
		{"f: \"1\"", `f:1:4: f: want a number, got string "1" (drop the quotes)`},
		{"b: 'yes'", `f:1:4: b: want a boolean, got string "yes"`},
		{"b: [true]", `f:1:4: b: want a boolean, got a list`},
		{"a: &x {k: 1}\nb: *x", `f:2:4: b: want a boolean, got a mapping (via alias)`},
		{"<<: {s: x}", `f:1:1: "<<": merge keys (<<) are not supported`},
		{"? [a]\n: 1", `f:1:3: want a plain key, got a list`},
	} {
		w := &walker{file: "f", values: map[string]*yaml.Node{}}
		root, err := w.document([]byte(tc.doc))
		if err != nil {
			t.Errorf("%q: %v", tc.doc, err)
			continue
		}
		w.walk(root, reflect.TypeFor[all](), "")
		err = w.err()
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q:\n got %v\nwant prefix %s", tc.doc, err, tc.want)
		}
	}
}

func TestSelection(t *testing.T) {
	base := rules.Selection{rules.Directive: true}
	c := &Config{Version: 1, Disable: []string{"SANITAS-*"}}
	got, err := c.Selection(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("disable: got %v, want none", got)
	}
	if !base[rules.Directive] {
		t.Errorf("Selection modified base")
	}

	c = &Config{Version: 1, Enable: []string{"sanitas-directive"}}
	got, err = c.Selection(rules.Selection{})
	if err != nil || !got[rules.Directive] {
		t.Errorf("enable: got %v, %v", got, err)
	}

	// Disable wins over enable.
	c = &Config{Version: 1, Enable: []string{"*"}, Disable: []string{rules.Directive}}
	got, err = c.Selection(rules.Selection{})
	if err != nil || got[rules.Directive] || len(got) != len(rules.All())-1 {
		t.Errorf("enable all, disable one: got %v, %v", got, err)
	}

	c = &Config{Version: 1, Enable: []string{"NOPE"}, File: "x.yml"}
	if _, err := c.Selection(nil); err == nil || !strings.Contains(err.Error(), `x.yml: enable: unknown rule "NOPE"`) {
		t.Errorf("unknown rule: got %v", err)
	}
}

func TestExcluded(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		yes, no []string
	}{
		{"vendor/", []string{"vendor/a.go", "vendor/x/y/z.go", "vendor"}, []string{"a/vendor/b.go", "vendorx/a.go", "a.go"}},
		{"vendor", []string{"vendor/a.go", "vendor"}, []string{"x/vendor/a.go"}},
		{"internal/gen", []string{"internal/gen/a.go", "internal/gen/x/b.go", "./internal/gen/a.go"}, []string{"internal/generated/a.go", "internal/a.go"}},
		{"./internal/gen/", []string{"internal/gen/a.go"}, []string{"internal/a.go"}},
		{"*.pb.go", []string{"a.pb.go"}, []string{"x/a.pb.go", "a.go"}},
		{"**/*.pb.go", []string{"a.pb.go", "x/a.pb.go", "x/y/z/a.pb.go"}, []string{"x/a.go", "x/a.pb.go.txt"}},
		{"a/**/b", []string{"a/b", "a/x/b", "a/x/y/b", "a/x/b/c.go"}, []string{"a/x/c", "b", "x/a/b"}},
		{"a/**", []string{"a/b", "a/b/c"}, []string{"b/a"}},
		{"**", []string{"a", "a/b/c.go"}, []string{"../a"}},
		{"cmd/*/main.go", []string{"cmd/x/main.go"}, []string{"cmd/main.go", "cmd/x/y/main.go"}},
		{"gen_?.go", []string{"gen_a.go"}, []string{"gen_ab.go", "gen_.go"}},
		{"[a-c]*.go", []string{"b.go", "a1.go"}, []string{"d.go"}},
		{"a/**/**/b", []string{"a/b", "a/x/y/b"}, []string{"a/x"}},
		{"x", nil, []string{"../x/a.go", "..", ".", ""}},
	} {
		c := &Config{Exclude: []string{tc.pattern}}
		for _, p := range tc.yes {
			if !c.Excluded(p) {
				t.Errorf("%q should exclude %q", tc.pattern, p)
			}
		}
		for _, p := range tc.no {
			if c.Excluded(p) {
				t.Errorf("%q should not exclude %q", tc.pattern, p)
			}
		}
	}
	if (&Config{}).Excluded("a.go") {
		t.Errorf("no patterns excluded a.go")
	}
	if (&Config{Exclude: []string{"["}}).Excluded("[") {
		t.Errorf("an invalid pattern matched")
	}
}

func TestCompileGlobErrors(t *testing.T) {
	for pat, want := range map[string]string{
		"":        "empty",
		" ":       "empty",
		"/vendor": "drop the leading /",
		`a\b`:     `\ is not allowed`,
		"a//b":    "empty path element",
		"../x":    `".." elements`,
		"a/./b":   `"." elements`,
		"./":      "whole tree",
		"a**":     "whole path element",
		"[":       "unbalanced",
	} {
		if _, err := compileGlob(pat); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("compileGlob(%q) = %v, want error containing %q", pat, err, want)
		}
	}
}

func TestFind(t *testing.T) {
	mkdir := func(t *testing.T, dir string) {
		t.Helper()
		if err := os.MkdirAll(dir, 0o750); err != nil {
			t.Fatal(err)
		}
	}
	write := func(t *testing.T, path string) {
		t.Helper()
		mkdir(t, filepath.Dir(path))
		if err := os.WriteFile(path, []byte("version: 1\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	find := func(t *testing.T, dir, want string) {
		t.Helper()
		got, err := Find(dir)
		if err != nil {
			t.Fatalf("Find(%s): %v", dir, err)
		}
		if got != want {
			t.Errorf("Find(%s) = %q, want %q", dir, got, want)
		}
	}

	t.Run("module root", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		write(t, filepath.Join(root, ".sanitas.yml"))
		mkdir(t, filepath.Join(root, "a", "b"))
		find(t, filepath.Join(root, "a", "b"), filepath.Join(root, ".sanitas.yml"))
		find(t, root, filepath.Join(root, ".sanitas.yml"))
	})
	t.Run("yaml extension", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		write(t, filepath.Join(root, ".sanitas.yaml"))
		find(t, root, filepath.Join(root, ".sanitas.yaml"))
	})
	t.Run("above the module", func(t *testing.T) {
		repo := t.TempDir()
		write(t, filepath.Join(repo, ".sanitas.yml"))
		write(t, filepath.Join(repo, "svc", "go.mod"))
		mkdir(t, filepath.Join(repo, "svc", "pkg"))
		find(t, filepath.Join(repo, "svc", "pkg"), filepath.Join(repo, ".sanitas.yml"))
	})
	t.Run("below the module root is ignored", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		write(t, filepath.Join(root, "a", ".sanitas.yml")) // not at the root: ignored
		mkdir(t, filepath.Join(root, "a", "b"))
		find(t, filepath.Join(root, "a", "b"), "")
	})
	t.Run("nearest module wins", func(t *testing.T) {
		repo := t.TempDir()
		write(t, filepath.Join(repo, ".sanitas.yml"))
		write(t, filepath.Join(repo, "go.mod"))
		write(t, filepath.Join(repo, "sub", "go.mod"))
		write(t, filepath.Join(repo, "sub", ".sanitas.yml"))
		find(t, filepath.Join(repo, "sub"), filepath.Join(repo, "sub", ".sanitas.yml"))
	})
	t.Run("none", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		got, err := Find(root)
		if err != nil {
			t.Fatal(err)
		}
		// A config in a parent of the temp dir would be found too; only
		// check that nothing below root was invented.
		if got != "" && strings.HasPrefix(got, root) {
			t.Errorf("Find = %q", got)
		}
	})
	t.Run("both names", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		write(t, filepath.Join(root, ".sanitas.yml"))
		write(t, filepath.Join(root, ".sanitas.yaml"))
		if _, err := Find(root); err == nil || !strings.Contains(err.Error(), "remove one") {
			t.Errorf("Find with both names: %v", err)
		}
	})
	t.Run("a directory named .sanitas.yml", func(t *testing.T) {
		root := t.TempDir()
		write(t, filepath.Join(root, "go.mod"))
		mkdir(t, filepath.Join(root, ".sanitas.yml"))
		got, _ := Find(root)
		if got == filepath.Join(root, ".sanitas.yml") {
			t.Errorf("Find returned a directory")
		}
	})
}

func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nsettings:\n  gosec:\n    rules:\n      a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 12; i++ {
		fmt.Fprintf(&b, "      a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	_, err := Parse("bomb.yml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "through aliases") {
		t.Errorf("alias bomb: %v", err)
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := Load("testdata/nonexistent.yml"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("Load of a missing file: %v", err)
	}
}

// TestConfigTypes guards the Settings sections that other analyzers add:
// every field must be of a type the walk understands.
func TestConfigTypes(t *testing.T) {
	if err := checkType(reflect.TypeFor[Config](), "", map[reflect.Type]bool{}); err != nil {
		t.Error(err)
	}
	type bad struct {
		OK  map[string][]*int `json:"ok"`
		Bad map[int]string    `json:"bad"`
	}
	err := checkType(reflect.TypeFor[bad](), "", map[reflect.Type]bool{})
	if err == nil || !strings.HasPrefix(err.Error(), "bad: the config loader cannot decode map[int]string") {
		t.Errorf("checkType(bad) = %v", err)
	}
	type badFunc struct {
		S struct {
			F []func() `json:"f"`
		} `json:"s"`
	}
	err = checkType(reflect.TypeFor[badFunc](), "", map[reflect.Type]bool{})
	if err == nil || !strings.HasPrefix(err.Error(), "s.f[]: ") {
		t.Errorf("checkType(badFunc) = %v", err)
	}
}

// FuzzParse checks that no input makes Parse panic, and that every error
// names the file.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"good.yml", "several.yml", "duplicate_nested_key.yml", "syntax.yml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\na: &a [*a]\n"))
	f.Add([]byte("version: 1\nsettings: &s {gosec: *s}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yml") {
				t.Errorf("error without the file name: %v", err)
			}
			return
		}
		if c.Version != 1 {
			t.Errorf("accepted version %d", c.Version)
		}
	})
}

type sink struct {
	Func string `json:"func"`
	Arg  int    `json:"arg"`
}

func (s *sink) Validate() error {
	if s.Arg < 0 {
		return errors.New("arg must be >= 0")
	}
	return nil
}

type level string

func (l level) Validate() error {
	if l != "" && l != "low" && l != "high" {
		return fmt.Errorf("unknown level %q", string(l))
	}
	return nil
}

type section struct {
	Sinks  []sink           `json:"sinks"`
	ByName map[string]*sink `json:"by-name"`
	Level  level            `json:"level"`
}

func TestValidator(t *testing.T) {
	type doc struct {
		S section `json:"s"`
	}
	const src = `s:
  sinks:
    - {func: a, arg: 0}
    - {func: b, arg: -1}
  by-name:
    x: {func: c, arg: -2}
  level: medium
`
	var d doc
	_, err := decode("v.yml", []byte(src), &d)
	want := []string{
		`v.yml:4:7: s.sinks[1]: arg must be >= 0`,
		`v.yml:6:8: s.by-name.x: arg must be >= 0`,
		`v.yml:7:10: s.level: unknown level "medium"`,
	}
	if err == nil || err.Error() != strings.Join(want, "\n") {
		t.Errorf("got:\n%v\nwant:\n%s", err, strings.Join(want, "\n"))
	}

	const ok = "s:\n  sinks: [{func: a, arg: 1}]\n  level: low\n"
	if _, err := decode("v.yml", []byte(ok), new(doc)); err != nil {
		t.Errorf("valid document: %v", err)
	}
}
