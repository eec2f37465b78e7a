package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers"
)

// The commands that print without loading packages.
func TestInfoCommands(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		code     int
		contains []string // in stdout, or stderr when code != 0
	}{
		{[]string{"-version"}, 0, []string{"sanitas v"}},
		{[]string{"-list"}, 0, []string{"G104", "SQL001", "sanitas-directive", "superseded by sqlinject"}},
		{[]string{"-explain", "G104"}, 0, []string{"G104: ", "severity:", "docs/rules/gosec.md"}},
		{[]string{"-explain", "sql001"}, 0, []string{"SQL001: ", "CWE-89"}},
		{[]string{"-explain", "G999"}, 2, []string{`unknown rule "G999"`}},
		{[]string{"-explain", "G1*"}, 2, []string{"one rule ID"}},
		{[]string{"-fail-on", "fatal"}, 2, []string{"-fail-on", "fatal"}},
		{[]string{"-nosuchflag"}, 2, []string{"not defined"}},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		if code != tc.code {
			t.Errorf("sanitas %v: exit %d, want %d\nstderr: %s", tc.args, code, tc.code, stderr.String())
			continue
		}
		out := stdout.String()
		if tc.code != 0 {
			out = stderr.String()
		}
		for _, want := range tc.contains {
			if !strings.Contains(out, want) {
				t.Errorf("sanitas %v: output lacks %q:\n%s", tc.args, want, out)
			}
		}
	}
}

// Every rule -list prints can be explained.
func TestExplainEveryRule(t *testing.T) {
	for _, r := range analyzers.Rules() {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"-explain", r.ID}, &stdout, &stderr); code != 0 {
			t.Errorf("-explain %s: exit %d: %s", r.ID, code, stderr.String())
		}
	}
}

func TestIsVetInvocation(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"-json", "/tmp/x/vet.cfg"}, true},
		{[]string{"./..."}, false},
		{[]string{"-format", "sarif", "./..."}, false},
		{nil, false},
	} {
		if got := isVetInvocation(tc.args); got != tc.want {
			t.Errorf("isVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
