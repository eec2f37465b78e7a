// Command sanitas-bench measures sanitas against go vet and gosec on pinned
// real-world modules: wall time, CPU time and peak RSS, medians of
// interleaved runs, ratios to go vet and to gosec, the share of each
// analyzer, growth with the number of packages, and findings listings for
// review. docs/performance.md describes the method and holds the figures.
//
// Usage (from the repository root):
//
//	go run ./cmd/sanitas-bench [-modules tools,pocketbase,gitea,kratos] [-runs 3]
//		[-cache DIR] [-json FILE] [-findings DIR] [-growth 50,100,200,all]
//
// The first run fetches the modules through the module proxy into the cache
// directory and warms a private build cache there (gitea alone takes a few
// minutes); later runs reuse both.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

type bench struct {
	cache     string // -cache
	repo      string // sanitas repository root
	tmp       string // per-invocation scratch directory
	verbose   bool
	runs      int
	gosecVer  string
	tools     []*tool // in interleaving order
	sanitas   string  // built driver binary, "" if unavailable
	hasTiming bool    // driver has -timing
	ownChecks string  // -checks value selecting only non-gosec rules
	notes     []string
	// sanitasTests passes -tests to the driver (its default leaves tests
	// out, as gosec does; go vet includes them).
	sanitasTests bool
	sanitasArgs  []string
	nonce        int64
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "sanitas-bench: "+format+"\n", args...)
}

func (b *bench) note(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	b.notes = append(b.notes, s)
	b.logf("note: %s", s)
}

func defaultCache() string {
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "sanitas-bench")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".cache", "sanitas-bench")
	}
	return filepath.Join(os.TempDir(), "sanitas-bench")
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("sanitas-bench: ")
	var (
		modulesFlag  = flag.String("modules", "tools,pocketbase,gitea,kratos", "comma-separated modules to measure (tools, pocketbase, gitea, kratos)")
		runs         = flag.Int("runs", 3, "timed runs of each tool per module (interleaved)")
		cache        = flag.String("cache", defaultCache(), "cache `dir` for module copies, the private build cache and gosec")
		jsonOut      = flag.String("json", "", "write every run as JSON to `file`")
		findings     = flag.String("findings", "", "write each module's sanitas findings (JSON and Markdown) to `dir`")
		growth       = flag.String("growth", "", "package counts for the growth series, e.g. 50,100,200,all (empty: none)")
		growthModule = flag.String("growth-module", "gitea", "module of the growth series")
		growthRuns   = flag.Int("growth-runs", 1, "timed runs per growth step")
		only         = flag.String("tools", "", "comma-separated subset of tools (vet, floor, own, full, gosec); default all")
		gosecVer     = flag.String("gosec", "v2.30.0", "gosec version to go install")
		verbose      = flag.Bool("v", false, "log every setup command")
		prepareOnly  = flag.Bool("prepare", false, "only fetch the modules and warm their build cache, then exit")
		tests        = flag.Bool("sanitas-tests", false, "run sanitas with -tests (test files included, as go vet does)")
	)
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: sanitas-bench [flags]\n\nRun from the sanitas repository. Flags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || *runs < 1 {
		flag.Usage()
		os.Exit(2)
	}

	b := &bench{cache: *cache, runs: *runs, verbose: *verbose, gosecVer: *gosecVer, sanitasTests: *tests, nonce: time.Now().UnixNano() % 1e9}
	var err error
	if b.cache, err = filepath.Abs(b.cache); err != nil {
		log.Fatal(err)
	}
	var mods []*module
	for name := range strings.SplitSeq(*modulesFlag, ",") {
		i := slices.IndexFunc(allModules, func(m *module) bool { return m.Name == strings.TrimSpace(name) })
		if i < 0 {
			log.Fatalf("unknown module %q", name)
		}
		mods = append(mods, allModules[i])
	}
	var growthSizes []int // 0 means all
	if *growth != "" {
		for s := range strings.SplitSeq(*growth, ",") {
			n := 0
			if s != "all" {
				if _, err := fmt.Sscan(s, &n); err != nil || n <= 0 {
					log.Fatalf("bad -growth item %q", s)
				}
			}
			growthSizes = append(growthSizes, n)
		}
	}

	if err := os.MkdirAll(b.cache, 0o755); err != nil {
		log.Fatal(err)
	}
	if b.tmp, err = os.MkdirTemp("", "sanitas-bench-"); err != nil {
		log.Fatal(err)
	}
	// fatalf removes the scratch directory first: log.Fatal skips the
	// deferred removal.
	fatalf := func(format string, args ...any) {
		_ = os.RemoveAll(b.tmp)
		log.Fatalf(format, args...)
	}
	defer func() { _ = os.RemoveAll(b.tmp) }()

	if *prepareOnly {
		for _, m := range mods {
			p, err := b.prepare(m)
			if err != nil {
				fatalf("%s: %v", m.Name, err)
			}
			b.logf("%s: ready in %s (%d packages)", m.Name, p.Dir, len(p.Packages))
		}
		return
	}
	if err := b.setupTools(*only); err != nil {
		fatalf("%v", err)
	}

	rep := &report{
		Date:    time.Now().UTC().Format("2006-01-02 15:04 MST"),
		Command: "go run ./cmd/sanitas-bench " + strings.Join(os.Args[1:], " "),
		Machine: machine(),
		Runs:    *runs,
	}
	// checkpoint rewrites -json after every run, so an interrupted
	// benchmark keeps what it measured.
	checkpoint := func() {
		if *jsonOut != "" {
			rep.Notes = b.notes
			if err := rep.writeJSON(*jsonOut); err != nil {
				b.logf("writing %s: %v", *jsonOut, err)
			}
		}
	}
	for _, m := range mods {
		p, err := b.prepare(m)
		if err != nil {
			fatalf("%s: %v", m.Name, err)
		}
		mr := &moduleReport{Name: m.Name, Module: m.Path + "@" + m.Version, Packages: len(p.Packages)}
		rep.Modules = append(rep.Modules, mr)
		for round := 1; round <= *runs; round++ {
			for _, t := range b.tools {
				r := b.timed(p, t, round, nil)
				mr.Runs = append(mr.Runs, r)
				checkpoint()
			}
		}
		if *findings != "" && b.sanitas != "" {
			if err := b.writeFindings(p, *findings); err != nil {
				b.note("%s: findings: %v", m.Name, err)
			}
		}
		fmt.Print(mr.table(b))
		fmt.Println()
	}

	if len(growthSizes) > 0 {
		i := slices.IndexFunc(allModules, func(m *module) bool { return m.Name == *growthModule })
		if i < 0 {
			fatalf("unknown -growth-module %q", *growthModule)
		}
		p, err := b.prepare(allModules[i])
		if err != nil {
			fatalf("%s: %v", *growthModule, err)
		}
		var mr *moduleReport
		for _, m := range rep.Modules {
			if m.Name == p.Name {
				mr = m
			}
		}
		b.growth(p, growthSizes, *growthRuns, mr, rep, checkpoint)
		fmt.Print(rep.growthTable())
		fmt.Println()
	}

	rep.Notes = b.notes
	if len(b.notes) > 0 {
		fmt.Println("Notes:")
		for _, n := range b.notes {
			fmt.Println("- " + n)
		}
	}
	if *jsonOut != "" {
		if err := rep.writeJSON(*jsonOut); err != nil {
			fatalf("%v", err)
		}
	}
}

// machine describes the host for the report.
func machine() Machine {
	m := Machine{NumCPU: runtime.NumCPU(), GOOS: runtime.GOOS, GOARCH: runtime.GOARCH, BenchGo: runtime.Version()}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for line := range strings.SplitSeq(string(data), "\n") {
			var kb int64
			if _, err := fmt.Sscanf(line, "MemTotal: %d kB", &kb); err == nil {
				m.MemoryMB = kb / 1000
			}
		}
	}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.SplitSeq(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}
