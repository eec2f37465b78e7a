package sqlinject_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
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
		"sqlxcase", "sqlxpkgcase", "gormcase", "pgxcase", "pgxv4case", "buncase", "squirrelcase", "xormcase", "gopgcase", "scanycase", "entcase")
}

func TestInterprocedural(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "interproc", "store", "api", "ifaceapi", "service", "querybuild", "queryrun", "byvalstore", "byvalue")
}

// TestChannels: queries sent over channels, to a worker goroutine too.
func TestChannels(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "chancase")
}

// TestFuncField: calls through function-typed fields and package variables.
// TestGenerics: generic query helpers, by their origin's summary.
func TestGenerics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "genericcase")
}

func TestFuncField(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "funcfield")
}

// TestChecks: allow-list checks (models.Check) and their look-alikes.
func TestChecks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "checkcase")
}

// TestBinding: request structs validated by go-playground/validator tags.
func TestBinding(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "bindcase")
}

func TestProgramText(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "programtext")
}

func TestEnum(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "enumcase", "enumcaller")
}

// TestStored: rows read back by the libraries are stored data.
func TestStored(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "storedcase")
}

func TestCatalog(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "catalog")
}

func TestQuoters(t *testing.T) {
	a, err := sqlinject.New(config.SqlinjectSettings{Quoters: []config.FuncName{
		"example.com/dbutil.QuoteIdent", "(*example.com/dbutil.Dialect).Quote",
	}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "quotercase")

	for _, bad := range []config.SqlinjectSettings{
		{Quoters: []config.FuncName{"QuoteIdent"}},
		{Quoters: []config.FuncName{"(dbutil.Dialect) Quote"}},
		{Sinks: []config.SQLSink{{Func: "example.com/db.Run", Arg: -1}}},
	} {
		if _, err := sqlinject.New(bad); err == nil {
			t.Errorf("New(%+v): no error", bad)
		}
	}
}

// TestMethodValue: sinks and wrappers called through method values.
func TestMethodValue(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "methodvalue")
}

// TestInterfaceSinks: queries run through the program's interfaces that
// modelled database handles implement.
func TestInterfaceSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "ifacesink")
}

// TestValidators: allow-list checks made in a validator function, here or
// in another package, and look-alikes.
func TestValidators(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "validatorcase")
}

// TestContextValues: request input stored under a key by a middleware
// (gin's c.Set, context.WithValue), here or in another package, and read
// back under the same key.
func TestContextValues(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "ctxvalcase")
}

// TestClosures: closures a factory returns, run by whoever receives them.
func TestClosures(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "closurecase")
}

// TestReturnedBuilder: a builder returned by a helper that reassigns it on
// some branches is the argument's memory, not a value carrying all of it.
func TestReturnedBuilder(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "builderret")
}

// TestFreshResult: a call's struct returned after its fields were set.
func TestFreshResult(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sqlinject.Analyzer, "freshresult")
}
