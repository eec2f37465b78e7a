package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"

	"golang.org/x/term"
	"golang.org/x/tools/go/analysis"
)

// guarded remembers the analyzers whose Run guard has wrapped, so that a
// second run in the same process does not wrap twice.
var (
	guardMu sync.Mutex
	guarded = map[*analysis.Analyzer]bool{}
)

// guard makes every analyzer in the closure of suite turn a panic into an
// error that names the analyzer and the package (the checker has no recover
// of its own, and one analyzer's panic must not take the run down
// unexplained), counts finished actions of suite's analyzers for the
// progress line, and releases each package's intermediate results once
// every action on it is done (see sched.go).
//
// Run is replaced in place: analyzers find their prerequisites' results by
// pointer, so copies would not work.
func guard(suite []*analysis.Analyzer, prog *progress) []*analysis.Analyzer {
	guardMu.Lock()
	defer guardMu.Unlock()
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if guarded[a] {
			return
		}
		guarded[a] = true
		for _, r := range a.Requires {
			visit(r)
		}
		inner := a.Run
		a.Run = func(pass *analysis.Pass) (res any, err error) {
			beforeRun(pass)
			// Deferred first so that it runs last, once a panic is an error.
			defer func() { afterRun(pass, res, err) }()
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic in analyzer %s on package %s: %v\n%s", pass.Analyzer.Name, pass.Pkg.Path(), r, debug.Stack())
				}
			}()
			return inner(pass)
		}
	}
	for _, a := range suite {
		visit(a)
	}
	// Count the suite's actions through thin copies of the top-level
	// analyzers (nothing requires them, so copying is safe).
	out := make([]*analysis.Analyzer, len(suite))
	for i, a := range suite {
		c := *a
		run := a.Run
		c.Run = func(pass *analysis.Pass) (any, error) {
			defer prog.step()
			return run(pass)
		}
		out[i] = &c
	}
	return out
}

// progress prints "analyzing: n/total" on a terminal's stderr.
type progress struct {
	w     io.Writer
	total int
	n     atomic.Int64
	mu    sync.Mutex
}

// newProgress returns a progress line on w if it is a terminal; the
// caller sets total before the run.
func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	return &progress{w: w}
}

func (p *progress) enabled() bool { return p.w != nil }

func (p *progress) step() {
	if !p.enabled() {
		return
	}
	n := p.n.Add(1)
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\ranalyzing: %d/%d", n, p.total)
}

func (p *progress) done() {
	if p.enabled() {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
