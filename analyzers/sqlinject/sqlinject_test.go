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

func TestLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer,
		"sqlxcase", "sqlxpkgcase", "gormcase", "pgxcase", "pgxv4case", "buncase", "squirrelcase", "xormcase", "gopgcase")
}

func TestInterprocedural(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "interproc", "store", "api", "querybuild", "queryrun", "byvalstore", "byvalue")
}

func TestProgramText(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "programtext")
}

func TestEnum(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "enumcase", "enumcaller")
}

func TestCatalog(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "catalog")
}
