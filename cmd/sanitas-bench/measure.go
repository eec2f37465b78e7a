package main

import (
	"bytes"
	"fmt"
	"os/exec"
	"syscall"
	"time"
)

// A Run is one timed execution of one tool on one module.
type Run struct {
	Module string   `json:"module"`
	Tool   string   `json:"tool"`
	Round  int      `json:"round"` // 1-based; tools are interleaved within a round
	Args   []string `json:"args"`
	Dir    string   `json:"dir"`
	// Wall is elapsed seconds; User and Sys are CPU seconds of the process
	// and every descendant it waited for.
	Wall float64 `json:"wall_s"`
	User float64 `json:"user_s"`
	Sys  float64 `json:"sys_s"`
	// MaxRSS is ru_maxrss of wait4 in kB: the largest peak of any single
	// process in the tree (the child or a waited-for descendant), not the
	// sum. For go vet that is the largest vet tool or compile process.
	MaxRSS   int64  `json:"max_rss_kb"`
	ExitCode int    `json:"exit_code"`
	Failed   bool   `json:"failed"` // exit code means an error, not findings
	Stderr   string `json:"stderr_tail,omitempty"`
	// Packages is the number of root packages named on the command line
	// (growth runs only).
	Packages int `json:"packages,omitempty"`
	// Timing is the sanitas driver's -timing output, when it has the flag.
	Timing *Timing `json:"timing,omitempty"`
}

// CPU is user plus system time.
func (r *Run) CPU() float64 { return r.User + r.Sys }

// Timing is what `sanitas -timing FILE` writes: the checker's per-action
// durations summed by analyzer, and the number of packages analyzed.
type Timing struct {
	Analyzers map[string]float64 `json:"analyzers"`
	Packages  int                `json:"packages"`
}

// measure runs cmd to completion and fills the resource fields of r.
// okCodes are the exit codes that mean success (0 and "findings").
func measure(cmd *exec.Cmd, r *Run, okCodes ...int) error {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	r.Args = cmd.Args
	r.Dir = cmd.Dir
	start := time.Now()
	err := cmd.Run()
	r.Wall = time.Since(start).Seconds()
	if cmd.ProcessState == nil {
		return fmt.Errorf("%s: %w", cmd.Path, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.User = tv(ru.Utime)
		r.Sys = tv(ru.Stime)
		r.MaxRSS = ru.Maxrss // kB on Linux
	}
	r.ExitCode = cmd.ProcessState.ExitCode()
	r.Failed = true
	for _, c := range okCodes {
		if r.ExitCode == c {
			r.Failed = false
		}
	}
	if r.Failed {
		// The head says what went wrong (a panic's first line), the tail
		// where; goroutine dumps in between are dropped.
		e := stderr.String()
		if len(e) > 6000 {
			e = e[:3000] + "\n...\n" + e[len(e)-3000:]
		}
		r.Stderr = e
	}
	return nil
}

func tv(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
