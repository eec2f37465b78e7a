package main

// End-to-end tests of the built binary against the txtar fixtures in
// testdata/e2e. Each fixture is a small module plus these special files:
//
//	args        the command line after "sanitas" (one line; default ./...)
//	exit        the expected exit code (default 0)
//	stdout      expected standard output (golden; -update rewrites it)
//	stderr      expected standard error (golden; -update rewrites it)
//	vet         present: also run `go vet -vettool=sanitas ./...`; holds its
//	            expected exit code
//	vet.stderr  expected output of that go vet run (golden)
//
// The fixture's temporary directory is written as $WORK in the goldens.
// Every SARIF output is validated against the SARIF 2.1.0 schema and
// GitHub's extra rules (internal/sarifcheck).

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/sanitas-go/sanitas/internal/sarifcheck"
)

var update = flag.Bool("update", false, "rewrite the goldens of testdata/e2e")

// sanitasBin is the binary built once for all end-to-end tests.
var sanitasBin string

func TestMain(m *testing.M) {
	flag.Parse()
	code, err := func() (int, error) {
		dir, err := os.MkdirTemp("", "sanitas-e2e-bin")
		if err != nil {
			return 0, err
		}
		defer func() { _ = os.RemoveAll(dir) }()
		sanitasBin = filepath.Join(dir, "sanitas")
		if out, err := exec.Command("go", "build", "-o", sanitasBin, ".").CombinedOutput(); err != nil {
			return 0, fmt.Errorf("building sanitas: %w\n%s", err, out)
		}
		return m.Run(), nil
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	os.Exit(code)
}

func TestE2E(t *testing.T) {
	fixtures, err := filepath.Glob("../../testdata/e2e/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(fixtures) == 0 {
		t.Fatal("no fixtures in testdata/e2e")
	}
	for _, path := range fixtures {
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runFixture(t, path)
		})
	}
}

var special = map[string]bool{"args": true, "exit": true, "stdout": true, "stderr": true, "vet": true, "vet.stderr": true}

func runFixture(t *testing.T, path string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	work, _ = filepath.EvalSymlinks(work)
	files := map[string]string{}
	for _, f := range ar.Files {
		if special[f.Name] {
			files[f.Name] = string(f.Data)
			continue
		}
		p := filepath.Join(work, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	args := strings.Fields(files["args"])
	cmd := exec.Command(sanitasBin, args...)
	cmd.Dir = work
	cmd.Env = fixtureEnv(work)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	code := exitCode(t, cmd.Run())

	changed := false
	check := func(name, got string, wantCode int, gotCode int) {
		if *update {
			if files[name] != got {
				files[name] = got
				changed = true
			}
			return
		}
		if gotCode != wantCode {
			t.Errorf("%s: exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", name, gotCode, wantCode, stdout.String(), stderr.String())
		}
		if want, ok := files[name]; ok && want != got {
			t.Errorf("%s differs (run with -update to accept):\n--- got\n%s\n--- want\n%s", name, got, want)
		}
	}
	wantExit := atoi(t, files["exit"], 0)
	check("stdout", normalise(stdout.String(), work), wantExit, code)
	check("stderr", normalise(stderr.String(), work), wantExit, code)
	if *update && code != wantExit {
		t.Errorf("exit code %d, want %d (fix the exit file by hand)\nstderr:\n%s", code, wantExit, stderr.String())
	}

	if slicesContainsSeq(args, "-format", "sarif") && code != 2 {
		schema := sarifcheck.RequireSchema(t)
		if err := sarifcheck.Validate(stdout.Bytes(), schema); err != nil {
			t.Errorf("SARIF output is invalid: %v", err)
		}
	}

	if want, ok := files["vet"]; ok {
		vet := exec.Command("go", "vet", "-vettool="+sanitasBin, "./...")
		vet.Dir = work
		vet.Env = fixtureEnv(work)
		out, err := vet.CombinedOutput()
		vcode := exitCode(t, err)
		wantVet := atoi(t, want, 0)
		check("vet.stderr", sortVet(normalise(string(out), work)), wantVet, vcode)
	}

	if changed {
		for i, f := range ar.Files {
			if v, ok := files[f.Name]; ok && special[f.Name] {
				ar.Files[i].Data = []byte(v)
			}
		}
		for _, name := range []string{"stdout", "stderr", "vet.stderr"} {
			if _, ok := fileIn(ar, name); !ok && files[name] != "" {
				ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(files[name])})
			}
		}
		if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func fileIn(ar *txtar.Archive, name string) (int, bool) {
	for i, f := range ar.Files {
		if f.Name == name {
			return i, true
		}
	}
	return 0, false
}

// fixtureEnv keeps the runs offline and independent of the developer's
// settings.
func fixtureEnv(string) []string {
	env := os.Environ()
	return append(env, "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local", "SANITAS_CONFIG=")
}

func normalise(s, work string) string {
	s = strings.ReplaceAll(s, "file://"+work, "file://$WORK")
	return strings.ReplaceAll(s, work, "$WORK")
}

// sortVet puts go vet's output in a stable order. go vet runs a vet process
// per package and prints each one's output as it finishes, and the order
// of diagnostics from different analyzers is no contract either, so the
// golden holds, per "# package" section (sections sorted), each diagnostic
// with its indented related lines, sorted by position.
func sortVet(s string) string {
	type block struct {
		file      string
		line, col int
		text      string
	}
	var sections [][]string // each: header line (or ""), then blocks
	var cur []block
	header := ""
	flush := func() {
		if header == "" && len(cur) == 0 {
			return
		}
		slices.SortStableFunc(cur, func(a, b block) int {
			return cmp.Or(strings.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col))
		})
		sec := []string{header}
		for _, b := range cur {
			sec = append(sec, b.text)
		}
		sections = append(sections, sec)
		cur, header = nil, ""
	}
	for _, l := range strings.SplitAfter(s, "\n") {
		switch {
		case l == "":
		case strings.HasPrefix(l, "# "):
			flush()
			header = l
		case related(l) && len(cur) > 0:
			cur[len(cur)-1].text += l
		default:
			b := block{text: l}
			if parts := strings.SplitN(l, ":", 4); len(parts) == 4 {
				b.file = parts[0]
				b.line, _ = strconv.Atoi(parts[1])
				b.col, _ = strconv.Atoi(parts[2])
			}
			cur = append(cur, b)
		}
	}
	flush()
	slices.SortStableFunc(sections, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	var out strings.Builder
	for _, sec := range sections {
		for _, l := range sec {
			out.WriteString(l)
		}
	}
	return out.String()
}

// related reports whether a vet output line belongs to the diagnostic
// above it: a related location ("file:1:2: \tsource: ...") or any other
// indented line.
func related(l string) bool {
	if strings.HasPrefix(l, "\t") {
		return true
	}
	parts := strings.SplitN(l, ":", 4)
	return len(parts) == 4 && strings.HasPrefix(parts[3], " \t")
}

func exitCode(t *testing.T, err error) int {
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	t.Fatal(err)
	return -1
}

func atoi(t *testing.T, s string, def int) int {
	s = strings.TrimSpace(s)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("bad exit code %q", s)
	}
	return n
}

func slicesContainsSeq(args []string, a, b string) bool {
	for i := range args {
		if args[i] == a+"="+b || (args[i] == a && i+1 < len(args) && args[i+1] == b) {
			return true
		}
	}
	return false
}

// The README's first command lints the demo; go vet -vettool must report the
// same findings as the driver's text output.
func TestDemoVetMatchesDriver(t *testing.T) {
	demo, err := filepath.Abs("../../testdata/demo")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(sanitasBin, "./...")
	cmd.Dir = demo
	cmd.Env = fixtureEnv("")
	out, err := cmd.Output()
	if code := exitCode(t, err); code != 1 {
		t.Fatalf("sanitas on the demo: exit %d, want 1 (findings)\n%s", code, out)
	}
	var driver []string
	for line := range strings.SplitSeq(string(out), "\n") {
		if strings.HasSuffix(line, "]") && !strings.HasPrefix(line, "\t") {
			driver = append(driver, line)
		}
	}
	if len(driver) < 5 {
		t.Fatalf("the demo shows only %d findings:\n%s", len(driver), out)
	}

	vet := exec.Command("go", "vet", "-vettool="+sanitasBin, "./...")
	vet.Dir = demo
	vet.Env = fixtureEnv("")
	vout, err := vet.CombinedOutput()
	if code := exitCode(t, err); code != 1 {
		t.Fatalf("go vet on the demo: exit %d, want 1\n%s", code, vout)
	}
	var vetted []string
	for line := range strings.SplitSeq(string(vout), "\n") {
		// go vet prints related information as "pos: \tmessage" lines.
		if line != "" && !strings.HasPrefix(line, "#") && !strings.Contains(line, ": \t") {
			vetted = append(vetted, line)
		}
	}
	slices.Sort(driver)
	slices.Sort(vetted)
	if !slices.Equal(driver, vetted) {
		t.Errorf("go vet and the driver disagree on the demo\ndriver:\n%s\nvet:\n%s", strings.Join(driver, "\n"), strings.Join(vetted, "\n"))
	}
}
