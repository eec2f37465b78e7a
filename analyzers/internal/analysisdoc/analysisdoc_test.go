package analysisdoc

import "testing"

func TestExtract(t *testing.T) {
	file := "// Package x does things.\n//\n// # Analyzer x\n//\n// x: find things\n//\n// More text.\npackage x\n"
	if got, want := Extract(file, "x"), "find things\n\nMore text."; got != want {
		t.Errorf("Extract = %q, want %q", got, want)
	}
	if got := Extract(file, "y"); got != "" {
		t.Errorf("Extract for a missing heading = %q, want empty", got)
	}
}
