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

func TestChi(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "chicase")
}

func TestGin(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "gincase")
}

func TestEcho(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "echocase")
}

func TestGorilla(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "gorillacase")
}

// Routes registered on a router parameter in one package are judged where
// another package serves them, with the middleware it adds.
func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "routes", "composed")
}

func TestPocketBase(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "pbcase")
}
