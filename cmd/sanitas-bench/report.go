package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
)

// Machine describes the host.
type Machine struct {
	CPU      string `json:"cpu"`
	NumCPU   int    `json:"nproc"`
	MemoryMB int64  `json:"memory_mb"`
	GOOS     string `json:"goos"`
	GOARCH   string `json:"goarch"`
	BenchGo  string `json:"go"`
}

type report struct {
	Date    string          `json:"date"`
	Command string          `json:"command"`
	Machine Machine         `json:"machine"`
	Runs    int             `json:"runs"`
	Modules []*moduleReport `json:"modules"`
	Growth  []*growthStep   `json:"growth,omitempty"`
	Notes   []string        `json:"notes,omitempty"`
}

type moduleReport struct {
	Name     string `json:"name"`
	Module   string `json:"module"`
	Packages int    `json:"packages"` // go list ./...
	Runs     []*Run `json:"runs"`
}

func (r *report) writeJSON(file string) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// stats are the medians of the successful runs of one tool.
type stats struct {
	n, failed         int
	wall, cpu, rss    float64 // medians: s, s, MB
	wallMin, wallMax  float64
	timing            map[string]float64 // analyzer -> median seconds
	timedPkgs         int
	wallList, cpuList []float64
	rssList           []float64
	timingSamples     map[string][]float64
	timingPackages    []float64
}

func toolStats(runs []*Run, key string) *stats {
	s := &stats{timingSamples: map[string][]float64{}}
	for _, r := range runs {
		if r.Tool != key {
			continue
		}
		if r.Failed {
			s.failed++
			continue
		}
		s.n++
		s.wallList = append(s.wallList, r.Wall)
		s.cpuList = append(s.cpuList, r.CPU())
		s.rssList = append(s.rssList, float64(r.MaxRSS)/1000)
		if r.Timing != nil {
			for a, sec := range r.Timing.Analyzers {
				s.timingSamples[a] = append(s.timingSamples[a], sec)
			}
			s.timingPackages = append(s.timingPackages, float64(r.Timing.Packages))
		}
	}
	if s.n == 0 {
		return s
	}
	s.wall, s.cpu, s.rss = median(s.wallList), median(s.cpuList), median(s.rssList)
	s.wallMin, s.wallMax = slices.Min(s.wallList), slices.Max(s.wallList)
	if len(s.timingSamples) > 0 {
		s.timing = map[string]float64{}
		for a, xs := range s.timingSamples {
			s.timing[a] = median(xs)
		}
		s.timedPkgs = int(median(s.timingPackages))
	}
	return s
}

func ratio(a, b float64) string {
	if a == 0 || b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// table renders one module's medians and ratios as Markdown.
func (m *moduleReport) table(b *bench) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "### %s (%s, %d packages)\n\n", m.Name, m.Module, m.Packages)
	fmt.Fprintf(&sb, "| tool | scope | runs | wall s (min–max) | CPU s | peak RSS MB | wall ×vet | wall ×gosec | CPU ×vet | CPU ×gosec | RSS ×vet | RSS ×gosec |\n")
	fmt.Fprintf(&sb, "|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	vet := toolStats(m.Runs, "vet")
	gosec := toolStats(m.Runs, "gosec")
	var full *stats
	for _, t := range b.tools {
		s := toolStats(m.Runs, t.Key)
		if t.Key == "full" {
			full = s
		}
		runs := fmt.Sprint(s.n)
		if s.failed > 0 {
			runs += fmt.Sprintf(" (+%d failed)", s.failed)
		}
		if s.n == 0 {
			fmt.Fprintf(&sb, "| %s | %s | %s | – | – | – | – | – | – | – | – | – |\n", t.Label, t.Scope, runs)
			continue
		}
		fmt.Fprintf(&sb, "| %s | %s | %s | %.1f (%.1f–%.1f) | %.1f | %.0f | %s | %s | %s | %s | %s | %s |\n",
			t.Label, t.Scope, runs, s.wall, s.wallMin, s.wallMax, s.cpu, s.rss,
			ratio(s.wall, vet.wall), ratio(s.wall, gosec.wall),
			ratio(s.cpu, vet.cpu), ratio(s.cpu, gosec.cpu),
			ratio(s.rss, vet.rss), ratio(s.rss, gosec.rss))
	}
	if full != nil && full.timing != nil {
		sb.WriteString(timingTable(full))
	}
	return sb.String()
}

// timingTable renders the per-analyzer share of the full suite.
func timingTable(s *stats) string {
	var sb strings.Builder
	total := 0.0
	var names []string
	for a, sec := range s.timing {
		total += sec
		names = append(names, a)
	}
	sort.Slice(names, func(i, j int) bool { return s.timing[names[i]] > s.timing[names[j]] })
	fmt.Fprintf(&sb, "\nWhere the full suite's time goes (the checker's per-action wall durations summed by analyzer, median of %d runs, %d root packages). "+
		"Actions run concurrently and share the CPUs, so the sums exceed the run's wall time and only the shares are comparable; loading is not included:\n\n", len(s.timingPackages), s.timedPkgs)
	fmt.Fprintf(&sb, "| analyzer | s | share |\n|---|---|---|\n")
	for _, a := range names {
		share := 0.0
		if total > 0 {
			share = 100 * s.timing[a] / total
		}
		fmt.Fprintf(&sb, "| %s | %.2f | %.0f%% |\n", a, s.timing[a], share)
	}
	return sb.String()
}
