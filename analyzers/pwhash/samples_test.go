package pwhash_test

import (
	"sort"
	"testing"

	"github.com/sanitas-go/sanitas/analyzers/internal/gosecsamples"

	"github.com/securego/gosec/v2/testutils"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"

	"github.com/sanitas-go/sanitas/analyzers/pwhash"
)

// gosecSamples are gosec's samples for the rules pwhash supersedes, imported
// from gosec's testutils (never copied), each with what pwhash reports and
// why. gosec flags every MD5, SHA-1, MD4 and RIPEMD-160 use (G401, G406) and
// import (G501, G505-G507); pwhash reports a weak hash only when a password
// or another secret goes into it, and none of these samples hashes one.
// SampleCodeG501BuildTag is G501's sample behind a "tag" build constraint,
// which the default build does not load; it is left out.
var gosecSamples = []struct {
	name    string
	samples []testutils.CodeSample
	want    int // pwhash findings
	why     string
}{
	{"G401", testutils.SampleCodeG401, 0, "MD5 of a file's contents: a checksum, not a secret"},
	{"G401b", testutils.SampleCodeG401b, 0, "SHA-1 of a file's contents: a checksum, not a secret"},
	{"G406", testutils.SampleCodeG406, 0, `MD4 of the constant "test": no secret`},
	{"G406b", testutils.SampleCodeG406b, 0, `RIPEMD-160 of the constant "test": no secret`},
	{"G501", testutils.SampleCodeG501, 0, "MD5 of command-line arguments: not named or modelled as a password or secret"},
	{"G505", testutils.SampleCodeG505, 0, "SHA-1 of command-line arguments: not a password or secret"},
	{"G506", testutils.SampleCodeG506, 0, "MD4 imported and used on non-secret data"},
	{"G507", testutils.SampleCodeG507, 0, "RIPEMD-160 imported and used on non-secret data"},
}

// TestGosecSamples runs pwhash over gosec's weak-hash samples in one
// temporary module (x/crypto's md4 and ripemd160 replaced by local stubs,
// so the test needs no download) and checks the counts above.
func TestGosecSamples(t *testing.T) {
	extra := map[string]string{
		"go.mod":            "module samples\n\ngo 1.24\n\nrequire golang.org/x/crypto v0.59.0\n\nreplace golang.org/x/crypto => ./cryptostub\n",
		"cryptostub/go.mod": "module golang.org/x/crypto\n\ngo 1.24\n",
	}
	for _, p := range []string{"md4", "ripemd160"} {
		extra["cryptostub/"+p+"/"+p+".go"] = "// Package " + p + " stubs golang.org/x/crypto/" + p + " v0.59.0.\npackage " + p + "\n\n" +
			"import \"hash\"\n\nfunc New() hash.Hash { return nil }\n"
	}
	var sets []gosecsamples.Set
	for _, set := range gosecSamples {
		sets = append(sets, gosecsamples.Set{Name: set.name, Samples: set.samples})
	}
	pkgs, loaded := gosecsamples.Load(t, extra, sets...)
	byPath := map[string]int{}
	for path, s := range loaded {
		byPath[path] = s.Set
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{pwhash.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int]int{}
	seen := map[int]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
		i, ok := byPath[act.Package.PkgPath]
		if !ok {
			continue
		}
		seen[i] = true
		got[i] += len(act.Diagnostics)
		for _, d := range act.Diagnostics {
			t.Logf("%s: %s: %s", gosecSamples[i].name, d.Category, d.Message)
		}
	}
	idx := make([]int, 0, len(gosecSamples))
	for i := range gosecSamples {
		idx = append(idx, i)
	}
	sort.Ints(idx)
	for _, i := range idx {
		s := gosecSamples[i]
		if !seen[i] {
			t.Errorf("%s: not analysed", s.name)
			continue
		}
		if got[i] != s.want {
			t.Errorf("%s: pwhash reports %d, want %d (%s)", s.name, got[i], s.want, s.why)
		}
	}
}
