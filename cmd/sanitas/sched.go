package main

import (
	"go/types"
	"runtime"
	"slices"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"
)

// The checker starts every action as soon as its prerequisites are done,
// with no bound on how many run at once, and keeps every result until the
// run ends. An analyzer with no facts and no prerequisites, such as the
// one that builds SSA, is ready at once for every package, so without help
// the SSA of every package in the module is built in the first seconds and
// held until the last package is analyzed: peak memory grows with the size
// of the module (3-4 GB on gitea, ten times go vet's largest process).
//
// The scheduler makes the driver's memory follow the packages in flight
// instead, as go vet's does:
//   - a package's first analyzer waits until every package it imports is
//     done (go vet's order: facts flow up the import graph anyway);
//   - at most slotsPerCPU × GOMAXPROCS packages are open (started, not done)
//     at once;
//   - when every action of the run is done with a package, its intermediate results
//     (SSA, the taint engine's states) and its type-checker maps are emptied
//     in place. Analyses of other packages never read them (only facts,
//     kept apart), and the driver reads nothing but diagnostics and syntax
//     after the run.
//
// A failed action (an analyzer's error or panic) skips its dependents
// without running them, so the package and everything that imports it are
// marked done at once: the run ends with an internal error, never a hang.

const slotsPerCPU = 2

// schedFor maps a package of the current run to its state. Keyed by
// *types.Package, unique to one load, so that runs in one process (tests)
// do not mix; packages no driver run registered (analysistest) are not
// scheduled.
var schedFor sync.Map // *types.Package -> *pkgSched

type scheduler struct {
	slots chan struct{}
	pkgs  []*pkgSched
	steps int // actions of suite analyzers in the run, for the progress line

	mu    sync.Mutex
	waits map[string]time.Duration // per analyzer, time spent waiting
}

type pkgSched struct {
	s         *scheduler
	deps      []*pkgSched
	importers []*pkgSched
	enter     sync.Once
	done      chan struct{}

	mu       sync.Mutex
	finished bool
	holding  bool // holds a slot
	want     int  // actions the checker runs on the package
	count    int  // actions finished
	res      []any
	info     *types.Info
}

// newScheduler registers the run's packages: the roots, on which the
// checker runs every analyzer in the closure of suite, and deps (see load),
// reached only through the roots' imports, on which it runs only the
// analyzers with facts and what they require. suite is the list given to
// the checker. Call close when the run ends.
func newScheduler(roots, deps []*packages.Package, suite []*analysis.Analyzer) *scheduler {
	s := &scheduler{
		slots: make(chan struct{}, slotsPerCPU*runtime.GOMAXPROCS(0)),
		waits: map[string]time.Duration{},
	}
	onRoot := closure(suite)
	var withFacts []*analysis.Analyzer
	for _, a := range onRoot {
		if len(a.FactTypes) > 0 {
			withFacts = append(withFacts, a)
		}
	}
	onDep := closure(withFacts)
	suiteOnDep := 0
	for _, a := range suite {
		if slices.Contains(onDep, a) {
			suiteOnDep++
		}
	}
	s.steps = len(roots)*len(suite) + len(deps)*suiteOnDep

	pkgs := slices.Concat(roots, deps)
	byPkg := map[*packages.Package]*pkgSched{}
	for i, p := range pkgs {
		ps := &pkgSched{s: s, done: make(chan struct{}), want: len(onRoot)}
		if i >= len(roots) {
			ps.want = len(onDep)
		}
		byPkg[p] = ps
		s.pkgs = append(s.pkgs, ps)
		schedFor.Store(p.Types, ps)
	}
	for _, p := range pkgs {
		ps := byPkg[p]
		for _, imp := range p.Imports {
			if d := byPkg[imp]; d != nil {
				ps.deps = append(ps.deps, d)
				d.importers = append(d.importers, ps)
			}
		}
	}
	for _, ps := range s.pkgs {
		if ps.want == 0 { // a dep when no analyzer has facts: nothing runs on it
			ps.finish()
		}
	}
	return s
}

// closure is as and every analyzer they require, directly or not.
func closure(as []*analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if slices.Contains(out, a) {
			return
		}
		out = append(out, a)
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range as {
		visit(a)
	}
	return out
}

// close forgets the run's packages.
func (s *scheduler) close(pkgs ...[]*packages.Package) {
	for _, p := range slices.Concat(pkgs...) {
		schedFor.Delete(p.Types)
	}
}

// waited returns the time each analyzer spent waiting in enter, which the
// checker counts in its durations.
func (s *scheduler) waited() map[string]time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.waits
}

func lookupSched(pkg *types.Package) *pkgSched {
	if v, ok := schedFor.Load(pkg); ok {
		return v.(*pkgSched)
	}
	return nil
}

// beforeRun is called by every analyzer's Run before it starts: the first
// one for a package waits for its imports and a slot.
func beforeRun(pass *analysis.Pass) {
	ps := lookupSched(pass.Pkg)
	if ps == nil {
		return
	}
	t0 := time.Now()
	ps.enter.Do(func() {
		for _, d := range ps.deps {
			<-d.done
		}
		ps.s.slots <- struct{}{}
		ps.mu.Lock()
		if ps.finished { // failed while waiting
			ps.mu.Unlock()
			<-ps.s.slots
			return
		}
		ps.holding = true
		ps.mu.Unlock()
	})
	if w := time.Since(t0); w > time.Millisecond {
		ps.s.mu.Lock()
		ps.s.waits[pass.Analyzer.Name] += w
		ps.s.mu.Unlock()
	}
}

// afterRun is called by every analyzer's Run when it returns; after the
// package's last action the package is done.
func afterRun(pass *analysis.Pass, res any, err error) {
	ps := lookupSched(pass.Pkg)
	if ps == nil {
		return
	}
	if err != nil {
		ps.fail()
		return
	}
	switch res.(type) {
	case *buildssa.SSA, releasable:
		ps.mu.Lock()
		ps.res = append(ps.res, res)
		ps.mu.Unlock()
	}
	ps.mu.Lock()
	if ps.info == nil {
		ps.info = pass.TypesInfo
	}
	ps.count++
	last := ps.count == ps.want
	ps.mu.Unlock()
	if last && ps.finish() {
		ps.release()
	}
}

// finish marks the package done, frees its slot and wakes its importers;
// it reports false if it was done already.
func (ps *pkgSched) finish() bool {
	ps.mu.Lock()
	if ps.finished {
		ps.mu.Unlock()
		return false
	}
	ps.finished = true
	held := ps.holding
	ps.holding = false
	ps.mu.Unlock()
	if held {
		<-ps.s.slots
	}
	close(ps.done)
	return true
}

// fail marks the package and everything importing it done: their actions
// that need its facts will not run.
func (ps *pkgSched) fail() {
	if ps.finish() {
		for _, imp := range ps.importers {
			imp.fail()
		}
	}
}

// releasable is a result that can drop what it holds.
type releasable interface{ Release() }

// release empties the package's intermediate results and type-checker
// maps (the syntax stays: directives are read from it).
func (ps *pkgSched) release() {
	ps.mu.Lock()
	res, info := ps.res, ps.info
	ps.res, ps.info = nil, nil
	ps.mu.Unlock()
	for _, v := range res {
		switch v := v.(type) {
		case *buildssa.SSA:
			*v = buildssa.SSA{}
		case releasable:
			v.Release()
		}
	}
	if info != nil {
		clear(info.Types)
		clear(info.Instances)
		clear(info.Defs)
		clear(info.Uses)
		clear(info.Implicits)
		clear(info.Selections)
		clear(info.Scopes)
	}
}
