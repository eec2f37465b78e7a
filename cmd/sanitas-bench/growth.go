package main

import (
	"fmt"
	"strings"
)

// A growthStep is one subset size of the growth series.
type growthStep struct {
	Module   string `json:"module"`
	Packages int    `json:"packages"` // root packages named
	Runs     []*Run `json:"runs"`
}

// sample returns n packages spread evenly over the sorted list (every
// len/n-th), so each subset covers the whole module rather than its first
// directories, and smaller subsets are not necessarily contained in larger
// ones. n <= 0 or n >= len means all.
func sample(pkgs []string, n int) []string {
	if n <= 0 || n >= len(pkgs) {
		return pkgs
	}
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, pkgs[i*len(pkgs)/n])
	}
	return out
}

// growth times the full suite (and go vet, for reference) on growing
// subsets of p's packages, interleaved per step. The step with every
// package reuses the ./... runs of the main table when p was measured there
// (mr non-nil): naming every package and ./... are the same work.
// Each step is appended to rep.Growth as soon as it is complete, and
// checkpoint is called after every run.
func (b *bench) growth(p *prepared, sizes []int, runs int, mr *moduleReport, rep *report, checkpoint func()) {
	var tools []*tool
	for _, t := range b.tools {
		if t.Key == "vet" || t.Key == "full" {
			tools = append(tools, t)
		}
	}
	for _, n := range sizes {
		pkgs := sample(p.Packages, n)
		st := &growthStep{Module: p.Name, Packages: len(pkgs)}
		if len(pkgs) == len(p.Packages) && mr != nil {
			for _, r := range mr.Runs {
				if r.Tool == "vet" || r.Tool == "full" {
					st.Runs = append(st.Runs, r)
				}
			}
			b.logf("%s growth: all %d packages: reusing the main table's runs", p.Name, len(pkgs))
			rep.Growth = append(rep.Growth, st)
			continue
		}
		for round := 1; round <= runs; round++ {
			for _, t := range tools {
				r := b.timed(p, t, round, pkgs)
				r.Packages = len(pkgs)
				st.Runs = append(st.Runs, r)
				if len(st.Runs) == 1 {
					rep.Growth = append(rep.Growth, st)
				}
				checkpoint()
			}
		}
	}
}

func (r *report) growthTable() string {
	if len(r.Growth) == 0 {
		return ""
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "### growth on %s (root packages sampled evenly from `go list ./...`)\n\n", r.Growth[0].Module)
	fmt.Fprintf(&sb, "| packages | tool | wall s | ms/pkg | CPU s | CPU ms/pkg | peak RSS MB | wall ×vet | packages (driver's count) |\n")
	fmt.Fprintf(&sb, "|---|---|---|---|---|---|---|---|---|\n")
	for _, st := range r.Growth {
		vet := toolStats(st.Runs, "vet")
		for _, key := range []string{"vet", "full"} {
			s := toolStats(st.Runs, key)
			if s.n == 0 {
				if s.failed > 0 {
					fmt.Fprintf(&sb, "| %d | %s | failed | | | | | | |\n", st.Packages, key)
				}
				continue
			}
			analyzed := "–"
			if s.timing != nil {
				analyzed = fmt.Sprint(s.timedPkgs)
			}
			n := float64(st.Packages)
			fmt.Fprintf(&sb, "| %d | %s | %.1f | %.0f | %.1f | %.0f | %.0f | %s | %s |\n",
				st.Packages, key, s.wall, 1000*s.wall/n, s.cpu, 1000*s.cpu/n, s.rss, ratio(s.wall, vet.wall), analyzed)
		}
	}
	return sb.String()
}
