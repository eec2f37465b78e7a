package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// finding is the part of the driver's JSON output the listing needs.
type finding struct {
	Rule     string `json:"rule"`
	Analyzer string `json:"analyzer"`
	File     string `json:"file"`
	Start    struct {
		Line int `json:"line"`
	} `json:"start"`
	Message string `json:"message"`
	Related []struct {
		File  string `json:"file"`
		Start struct {
			Line int `json:"line"`
		} `json:"start"`
	} `json:"related"`
	Suppression json.RawMessage `json:"suppression,omitempty"`
}

// writeFindings writes dir/<module>.json (the driver's JSON report of the
// full default suite on ./...) and dir/<module>.md (a listing for review).
// It reuses the report of the last timed full-suite run when there is one.
func (b *bench) writeFindings(p *prepared, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	src := filepath.Join(b.tmp, p.Name+"-full.out")
	if _, err := os.Stat(src); err != nil {
		cmd := exec.Command(b.sanitas, "-format", "json", "-o", src, "./...")
		cmd.Dir = p.Dir
		cmd.Env = append(b.runEnv(), "GOPROXY=off")
		if out, err := cmd.CombinedOutput(); err != nil && cmd.ProcessState.ExitCode() != 1 {
			return fmt.Errorf("sanitas: %w\n%s", err, tail(string(out), 2000))
		}
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, p.Name+".json"), data, 0o644); err != nil {
		return err
	}
	var rep struct {
		Findings []finding `json:"findings"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return fmt.Errorf("decoding %s: %w", src, err)
	}
	fs := rep.Findings
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		if fs[i].File != fs[j].File {
			return fs[i].File < fs[j].File
		}
		return fs[i].Start.Line < fs[j].Start.Line
	})

	var sb strings.Builder
	fmt.Fprintf(&sb, "# sanitas findings on %s@%s\n\n", p.Path, p.Version)
	fmt.Fprintf(&sb, "Full default suite on `./...`; paths are relative to the module root. %d findings.\n\n", len(fs))
	counts := map[string]int{}
	for _, f := range fs {
		counts[f.Rule]++
	}
	var ids []string
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		return counts[ids[i]] > counts[ids[j]] || counts[ids[i]] == counts[ids[j]] && ids[i] < ids[j]
	})
	sb.WriteString("| rule | findings |\n|---|---|\n")
	for _, id := range ids {
		fmt.Fprintf(&sb, "| %s | %d |\n", id, counts[id])
	}
	sb.WriteString("\n| rule | location | code | message |\n|---|---|---|---|\n")
	lines := map[string][]string{}
	for _, f := range fs {
		if _, ok := lines[f.File]; !ok {
			path := f.File
			if !filepath.IsAbs(path) {
				path = filepath.Join(p.Dir, filepath.FromSlash(path))
			}
			data, _ := os.ReadFile(path)
			lines[f.File] = strings.Split(string(data), "\n")
		}
		code := ""
		if l := lines[f.File]; f.Start.Line >= 1 && f.Start.Line <= len(l) {
			code = strings.TrimSpace(l[f.Start.Line-1])
			if len(code) > 160 {
				code = code[:160] + "…"
			}
		}
		rule := f.Rule
		if len(f.Suppression) > 0 && string(f.Suppression) != "null" {
			rule += " (suppressed)"
		}
		msg := f.Message
		if len(f.Related) > 0 {
			var steps []string
			for _, r := range f.Related {
				steps = append(steps, fmt.Sprintf("%s:%d", r.File, r.Start.Line))
			}
			msg += " (flow: " + strings.Join(steps, " → ") + ")"
		}
		fmt.Fprintf(&sb, "| %s | %s:%d | %s | %s |\n", rule, mdCell(f.File), f.Start.Line, codeCell(code), mdCell(msg))
	}
	return os.WriteFile(filepath.Join(dir, p.Name+".md"), []byte(sb.String()), 0o644)
}

func mdCell(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

// codeCell renders a code line as inline code inside a table cell.
func codeCell(s string) string {
	if s == "" {
		return ""
	}
	s = mdCell(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	return fence + " " + s + " " + fence
}
