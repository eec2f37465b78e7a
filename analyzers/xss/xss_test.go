package xss_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/xss"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{xss.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "nethttp")
}
