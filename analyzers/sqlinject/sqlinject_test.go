package sqlinject_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/sqlinject"
)

func TestValidate(t *testing.T) {
	if err := analysis.Validate([]*analysis.Analyzer{sqlinject.Analyzer}); err != nil {
		t.Fatal(err)
	}
}

func TestDatabaseSQL(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "databasesql")
}
