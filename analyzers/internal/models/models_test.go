package models

import (
	"regexp"
	"strconv"
	"testing"
)

// fullName matches types.Func.FullName: "pkg.Func", "(pkg.T).M", "(*pkg.T).M".
var fullName = regexp.MustCompile(`^(\(\*?[\w./-]+\.\w+\)\.\w+|[\w./-]+\.\w+)$`)

// TestRows checks the table conventions: well-formed keys, one row per API
// (per sink class and argument), indexes that follow the convention.
func TestRows(t *testing.T) {
	seen := map[string]bool{}
	check := func(kind, name string) {
		if !fullName.MatchString(name) {
			t.Errorf("%s row %q is not a types.Func.FullName", kind, name)
		}
		if seen[kind+name] {
			t.Errorf("%s row %q appears twice", kind, name)
		}
		seen[kind+name] = true
	}
	for _, s := range sources {
		check("source", s.Func)
		if s.Out < Result {
			t.Errorf("source %s: Out %d", s.Func, s.Out)
		}
	}
	for _, p := range propagators {
		// A function may have several rows, one per (From, To) pair.
		check("propagator "+strconv.Itoa(p.From)+"→"+strconv.Itoa(p.To), p.Func)
		if p.Build && p.Op == "" {
			t.Errorf("propagator %s builds text but names no Op", p.Func)
		}
	}
	for _, s := range sanitisers {
		check("sanitiser", s.Func)
	}
	for _, s := range sqlSinks {
		check("sink", s.Func)
		if s.Arg < 0 || s.Class == "" {
			t.Errorf("sink %s: Arg %d, Class %q", s.Func, s.Arg, s.Class)
		}
	}
	for _, p := range programText {
		check("program text", p.Func)
		if p.Pass < 0 && p.Pass != None {
			t.Errorf("program text %s: Pass %d", p.Func, p.Pass)
		}
	}
	if len(SinkTable(SQL)) != len(sqlSinks) {
		t.Errorf("SinkTable(SQL) lost rows")
	}
}
