package main

import (
	"slices"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	var pkgs []string
	for i := range 10 {
		pkgs = append(pkgs, string(rune('a'+i)))
	}
	if got := sample(pkgs, 0); len(got) != 10 {
		t.Errorf("sample(all) = %v", got)
	}
	if got := sample(pkgs, 20); len(got) != 10 {
		t.Errorf("sample(more than all) = %v", got)
	}
	if got, want := strings.Join(sample(pkgs, 3), ""), "adg"; got != want {
		t.Errorf("sample(3) = %q, want %q", got, want)
	}
	if got := sample(pkgs, 5); !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != 5 {
		t.Errorf("sample(5) = %v: want 5 distinct sorted", got)
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{3, 1, 2}, 2}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestStatsAndRatios(t *testing.T) {
	runs := []*Run{
		{Tool: "vet", Wall: 10, User: 8, Sys: 2, MaxRSS: 100000},
		{Tool: "vet", Wall: 12, User: 9, Sys: 3, MaxRSS: 110000},
		{Tool: "vet", Wall: 11, User: 10, Sys: 2, MaxRSS: 90000},
		{Tool: "full", Wall: 22, User: 20, Sys: 4, MaxRSS: 200000, Timing: &Timing{Analyzers: map[string]float64{"gosec": 3}, Packages: 7}},
		{Tool: "full", Wall: 99, Failed: true},
	}
	vet := toolStats(runs, "vet")
	if vet.n != 3 || vet.wall != 11 || vet.cpu != 12 || vet.rss != 100 || vet.wallMin != 10 || vet.wallMax != 12 {
		t.Errorf("vet stats = %+v", vet)
	}
	full := toolStats(runs, "full")
	if full.n != 1 || full.failed != 1 || full.timing["gosec"] != 3 || full.timedPkgs != 7 {
		t.Errorf("full stats = %+v", full)
	}
	if got := ratio(full.wall, vet.wall); got != "2.00×" {
		t.Errorf("ratio = %s", got)
	}
	if got := ratio(1, 0); got != "–" {
		t.Errorf("ratio by zero = %s", got)
	}
}

func TestCodeCell(t *testing.T) {
	if got, want := codeCell("a | `b`"), "`` a \\| `b` ``"; got != want {
		t.Errorf("codeCell = %q, want %q", got, want)
	}
}
