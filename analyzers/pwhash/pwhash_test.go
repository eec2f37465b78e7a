package pwhash_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/pwhash"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{pwhash.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestFastHash(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "fasthash")
}

func TestParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "params")
}

func TestAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), pwhash.Analyzer, "pwlib", "pwuse")
}
