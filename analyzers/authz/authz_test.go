package authz_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/authz"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{authz.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "nethttp")
}
