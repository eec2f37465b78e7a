package gosec_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	gosecapi "github.com/securego/gosec/v2"
	"github.com/securego/gosec/v2/testutils"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/sanitas-go/sanitas/analyzers/gosec"
	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

// sampleSet is one of gosec's sample lists (testutils/gNNN_samples.go), each
// sample holding source files and the number of issues gosec expects for
// rule when only that rule runs.
type sampleSet struct {
	name    string // the variable's suffix: SampleCode<name>
	rule    string
	samples []testutils.CodeSample
}

// sampleSets lists every sample list of the pinned gosec module that belongs
// to a rule (SampleCodeCgo, SampleCodeBuildTag, SampleCodeCompilationFail and
// SampleCodeG501BuildTag test gosec's loader, not a rule).
// TestParitySetsCoverRules checks that every gosec rule has one.
var sampleSets = []sampleSet{
	{"G101", "G101", testutils.SampleCodeG101},
	{"G101Values", "G101", testutils.SampleCodeG101Values},
	{"G102", "G102", testutils.SampleCodeG102},
	{"G103", "G103", testutils.SampleCodeG103},
	{"G104", "G104", testutils.SampleCodeG104},
	{"G104Audit", "G104", testutils.SampleCodeG104Audit},
	{"G106", "G106", testutils.SampleCodeG106},
	{"G107", "G107", testutils.SampleCodeG107},
	{"G108", "G108", testutils.SampleCodeG108},
	{"G109", "G109", testutils.SampleCodeG109},
	{"G110", "G110", testutils.SampleCodeG110},
	{"G111", "G111", testutils.SampleCodeG111},
	{"G112", "G112", testutils.SampleCodeG112},
	{"G113", "G113", testutils.SampleCodeG113},
	{"G114", "G114", testutils.SampleCodeG114},
	{"G115", "G115", testutils.SampleCodeG115},
	{"G116", "G116", testutils.SampleCodeG116},
	{"G117", "G117", testutils.SampleCodeG117},
	{"G118", "G118", testutils.SampleCodeG118},
	{"G119", "G119", testutils.SampleCodeG119},
	{"G120", "G120", testutils.SampleCodeG120},
	{"G121", "G121", testutils.SampleCodeG121},
	{"G122", "G122", testutils.SampleCodeG122},
	{"G123", "G123", testutils.SampleCodeG123},
	{"G124", "G124", testutils.SampleCodeG124},
	{"G125", "G125", testutils.SampleCodeG125},
	{"G201", "G201", testutils.SampleCodeG201},
	{"G202", "G202", testutils.SampleCodeG202},
	{"G203", "G203", testutils.SampleCodeG203},
	{"G204", "G204", testutils.SampleCodeG204},
	{"G301", "G301", testutils.SampleCodeG301},
	{"G302", "G302", testutils.SampleCodeG302},
	{"G303", "G303", testutils.SampleCodeG303},
	{"G304", "G304", testutils.SampleCodeG304},
	{"G305", "G305", testutils.SampleCodeG305},
	{"G306", "G306", testutils.SampleCodeG306},
	{"G307", "G307", testutils.SampleCodeG307},
	{"G401", "G401", testutils.SampleCodeG401},
	{"G401b", "G401", testutils.SampleCodeG401b},
	{"G402", "G402", testutils.SampleCodeG402},
	{"G403", "G403", testutils.SampleCodeG403},
	{"G404", "G404", testutils.SampleCodeG404},
	{"G405", "G405", testutils.SampleCodeG405},
	{"G405b", "G405", testutils.SampleCodeG405b},
	{"G406", "G406", testutils.SampleCodeG406},
	{"G406b", "G406", testutils.SampleCodeG406b},
	{"G407", "G407", testutils.SampleCodeG407},
	{"G408", "G408", testutils.SampleCodeG408},
	{"G501", "G501", testutils.SampleCodeG501},
	{"G502", "G502", testutils.SampleCodeG502},
	{"G503", "G503", testutils.SampleCodeG503},
	{"G504", "G504", testutils.SampleCodeG504},
	{"G505", "G505", testutils.SampleCodeG505},
	{"G506", "G506", testutils.SampleCodeG506},
	{"G507", "G507", testutils.SampleCodeG507},
	{"G601", "G601", testutils.SampleCodeG601},
	{"G602", "G602", testutils.SampleCodeG602},
	{"G701", "G701", testutils.SampleCodeG701},
	{"G702", "G702", testutils.SampleCodeG702},
	{"G703", "G703", testutils.SampleCodeG703},
	{"G704", "G704", testutils.SampleCodeG704},
	{"G705", "G705", testutils.SampleCodeG705},
	{"G706", "G706", testutils.SampleCodeG706},
	{"G707", "G707", testutils.SampleCodeG707},
	{"G708", "G708", testutils.SampleCodeG708},
	{"G709", "G709", testutils.SampleCodeG709},
	{"G710", "G710", testutils.SampleCodeG710},
}

// knownMismatches are the samples whose count differs from gosec's
// expectation, each with the reason. Any other mismatch fails the test.
var knownMismatches = map[string]string{
	// gosec's G601 reports only when the module's Go version is below 1.22,
	// where range variables were shared across iterations; gosec's own suite
	// skips these samples on newer Go (rules/rules_test.go), and so does its CLI.
	"G601[0]": "G601 reports only for Go < 1.22 (loop variable semantics)",
	"G601[3]": "G601 reports only for Go < 1.22 (loop variable semantics)",
	"G601[5]": "G601 reports only for Go < 1.22 (loop variable semantics)",
	"G601[6]": "G601 reports only for Go < 1.22 (loop variable semantics)",
	"G601[8]": "G601 reports only for Go < 1.22 (loop variable semantics)",
	// Both G307 samples import fmt without using it, so they do not type-check;
	// go/analysis drivers (go vet, the checker) skip ill-typed packages while
	// gosec's loader analyses them anyway. gosec's own suite does not run them.
	"G307[1]": "sample does not compile (\"fmt\" imported and not used); drivers skip ill-typed packages",
}

// minParity is the floor on matching samples the issue asks for.
const minParity = 1075

// The modules some samples import (lib/pq, x/crypto, BurntSushi/toml,
// x/sys, go.yaml.in/yaml/v3), fetched through the Go module proxy when not
// in the module cache.
const sampleGoMod = `module paritysamples

go 1.26.0

require (
	github.com/BurntSushi/toml v1.4.0
	github.com/lib/pq v1.10.9
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/crypto v0.59.0
	golang.org/x/sys v0.50.0
)
`

const sampleGoSum = `github.com/BurntSushi/toml v1.4.0 h1:kuoIxZQy2WRRk1pttg9asf+WVv6tWQuBNVmK8+nqPr0=
github.com/BurntSushi/toml v1.4.0/go.mod h1:ukJfTF/6rtPPRCnwkur4qwRxa8vTRFBF0uk2lLoLwho=
github.com/lib/pq v1.10.9 h1:YXG7RB+JIjhP29X+OtkiDnYaXQwpS4JEWq7dtCCRUEw=
github.com/lib/pq v1.10.9/go.mod h1:AlVN5x4E4T544tWzH6hKfbfQvm3HdbOxrmggDNAPY9o=
go.yaml.in/yaml/v3 v3.0.6 h1:zcDfvjXEqTQmpjniUBLc91xYJMB2c4QOFxEF/LCEckM=
go.yaml.in/yaml/v3 v3.0.6/go.mod h1:HVTZu1O7/Vkt2N+BFy8Zza+lnLsABggaTM2ZpNIGuKg=
golang.org/x/crypto v0.59.0 h1:xS2jhqYbzNrpvkWP2YTDf4TJwBy3ykR03i8vFDxEc7c=
golang.org/x/crypto v0.59.0/go.mod h1:veDyUwATGs3c+vN3VfTbzViMGXeTBk3WyhBOkn+F/4U=
golang.org/x/sys v0.50.0 h1:dkKZEFTEKaLr1sjhs0WiKqoi8Jj5nHbS3Njmx1UoMJs=
golang.org/x/sys v0.50.0/go.mod h1:hNLxWAXmnKAxqDtdwIYC4bM9oQPEecfsnNMuSxOs3og=
golang.org/x/term v0.48.0 h1:G6UU1eiSB8nl3DzeUGt7Mg+2SctI8tPS6Z5/mBt6cOk=
golang.org/x/term v0.48.0/go.mod h1:BRDLHCZr2SUjIeBHHpRyQeC9xzSAVbzY2rvKgafnHf4=
`

func TestParitySetsCoverRules(t *testing.T) {
	have := map[string]bool{}
	for _, s := range sampleSets {
		have[s.rule] = true
	}
	for _, r := range rules.ForAnalyzer(gosec.Name) {
		if !have[r.ID] {
			t.Errorf("%s: no gosec sample set in sampleSets", r.ID)
		}
	}
}

// TestParity replays gosec's own samples through our analyzer: one package
// per sample in one temporary module, one packages.Load, one checker run
// per distinct sample config, all gosec rules on, counting the diagnostics
// whose Category is the sample's rule.
func TestParity(t *testing.T) {
	start := time.Now()
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(name), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "go.mod"), sampleGoMod)
	write(filepath.Join(dir, "go.sum"), sampleGoSum)

	type sample struct {
		key  string // "G101[3]"
		rule string
		want int
		conf gosecapi.Config
		got  int
	}
	byPath := map[string]*sample{}
	total := 0
	for _, set := range sampleSets {
		for i, s := range set.samples {
			total++
			pkgDir := fmt.Sprintf("s/%s_%03d", set.name, i)
			for j, code := range s.Code {
				write(filepath.Join(dir, pkgDir, fmt.Sprintf("sample_%d_%d.go", i, j)), code)
			}
			byPath["paritysamples/"+pkgDir] = &sample{
				key: fmt.Sprintf("%s[%d]", set.name, i), rule: set.rule, want: s.Errors, conf: s.Config,
			}
		}
	}

	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
	}, "./s/...")
	if err != nil {
		t.Fatal(err)
	}
	loaded := time.Now()
	// Only the G307 samples are ill-typed (see knownMismatches); any other
	// load error is the environment's, most likely no module proxy.
	var loadErrs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			if !strings.Contains(p.PkgPath, "/G307_") {
				loadErrs = append(loadErrs, e.Error())
			}
		}
	}
	if len(loadErrs) > 0 {
		t.Fatalf("loading the samples (some need lib/pq, x/crypto, x/sys, BurntSushi/toml and yaml from the Go module proxy): %d errors, first: %s",
			len(loadErrs), loadErrs[0])
	}

	// One analyzer per distinct sample config, all gosec rules enabled.
	all := func(id string) bool { r := rules.Lookup(id); return r != nil && r.Analyzer == gosec.Name }
	groups := map[string][]*packages.Package{}
	confs := map[string]gosecapi.Config{}
	for _, p := range pkgs {
		s := byPath[p.PkgPath]
		if s == nil {
			t.Fatalf("loaded unexpected package %s", p.PkgPath)
		}
		k := fmt.Sprint(s.conf)
		groups[k] = append(groups[k], p)
		confs[k] = s.conf
	}
	for k, group := range groups {
		a, err := gosec.New(config.GosecSettings{Rules: map[string]any(confs[k])}, all)
		if err != nil {
			t.Fatalf("config %s: %v", k, err)
		}
		graph, err := checker.Analyze([]*analysis.Analyzer{a}, group, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, act := range graph.Roots {
			if act.Err != nil && len(act.Package.Errors) == 0 {
				t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			}
			s := byPath[act.Package.PkgPath]
			for _, d := range act.Diagnostics {
				if d.Category == s.rule {
					s.got++
				}
			}
		}
	}

	matched := 0
	var unexpected []string
	for _, s := range byPath {
		_, known := knownMismatches[s.key]
		switch {
		case s.got == s.want:
			matched++
			if known {
				t.Errorf("%s now matches gosec (%d); drop it from knownMismatches", s.key, s.want)
			}
		case !known:
			unexpected = append(unexpected, fmt.Sprintf("%s: got %d %s findings, gosec expects %d", s.key, s.got, s.rule, s.want))
		}
	}
	slices.SortFunc(unexpected, compareKeys)
	for _, u := range unexpected {
		t.Error(u)
	}
	t.Logf("%d of %d gosec samples match gosec's expected count; %d known exceptions (load %v, analysis %v)",
		matched, total, len(knownMismatches), loaded.Sub(start).Round(time.Second), time.Since(loaded).Round(time.Second))
	if matched < minParity {
		t.Errorf("only %d samples match; want at least %d", matched, minParity)
	}
	if total != len(byPath) {
		t.Errorf("wrote %d samples, indexed %d", total, len(byPath))
	}
}

var keyRE = regexp.MustCompile(`^(.*)\[(\d+)\]`)

// compareKeys orders "G101[3]: ..." messages by set, then by sample index.
func compareKeys(a, b string) int {
	ma, mb := keyRE.FindStringSubmatch(a), keyRE.FindStringSubmatch(b)
	if ma == nil || mb == nil || ma[1] != mb[1] {
		return strings.Compare(a, b)
	}
	na, _ := strconv.Atoi(ma[2])
	nb, _ := strconv.Atoi(mb[2])
	return na - nb
}
