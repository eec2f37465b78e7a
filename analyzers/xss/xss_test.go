package xss_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
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

func TestFrameworks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "gincase", "echocase", "chicase", "gorillacase", "fibercase")
}

// TestWrappers: wrappers in another package are learned as facts (checked
// on the taint engine's fact strings) and reported at their callers.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "htmlutil")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "wrapuse")
}

// TestNamedExecHelpers: helpers around template execution, in this
// package, in another (facts) and behind another package's hook field
// (slot facts), whose errors are written as a response's first bytes;
// and errors of another package whose text begins plain.
func TestNamedExecHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "execlib")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "execuse")
}

// TestMisfitHelpers: a helper in another package that escapes its
// parameter for HTML and places it where that escape does not hold is
// reported where a caller passes request input or stored data.
func TestMisfitHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "linklib")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "linkuse")
}

// TestSharedPolicies: a bluemonday policy another package builds is
// judged where it is made (a fact).
func TestSharedPolicies(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "policylib")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "policyuse")
}

// TestInterfaces: a call of an interface method declared in another
// package returns what its implementations there return.
func TestInterfaces(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "ifaceweb")
}

// TestInterfaceWrites: the response written through the program's own
// writer interfaces.
func TestInterfaceWrites(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "ifacewrite")
}

// TestContextHelpers: request input a middleware stores in the request's
// context through a helper that stores its parameter under a key.
func TestContextHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "ctxhelper")
}

// TestInterfaceSlots: a sanitiser reached through an unexported
// interface-typed field or package variable that only this package stores
// into.
func TestInterfaceSlots(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "ifaceslot")
}

func TestConfigured(t *testing.T) {
	a, err := xss.New(config.XSSSettings{
		Sanitisers: []string{"configured.Clean", "configured.Format"},
		Sinks:      []config.XSSSink{{Func: "configured.Raw", Arg: 1}, {Func: "configured.Both", Arg: 1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configured")
}

func TestBadSettings(t *testing.T) {
	for _, s := range []config.XSSSettings{
		{Sanitisers: []string{""}},
		{Sanitisers: []string{"Clean"}},
		{Sanitisers: []string{"(*example.com/web.T)"}},
		{Sinks: []config.XSSSink{{Func: "example.com/web.Raw", Arg: -1}}},
		{Sinks: []config.XSSSink{{Func: "not a name", Arg: 0}}},
	} {
		if _, err := xss.New(s); err == nil {
			t.Errorf("New(%+v): no error", s)
		}
	}
	if _, err := xss.New(config.XSSSettings{Sanitisers: []string{"(*example.com/web.T).Clean", "example.com/web.Escape"}}); err != nil {
		t.Errorf("good settings: %v", err)
	}
}

// TestWriterParams: a helper that writes into an io.Writer parameter is
// a sink only where its caller passes an HTTP response writer.
func TestWriterParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "iowriter")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "iowriteruse")
}

// TestOutputContext: an escaper counts only in the HTML context the text
// lands in (a URL attribute, a script).
func TestOutputContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "urlctx")
}

// TestGenerics: generic functions and methods are summarised once, by
// their origin, and applied at each instantiation.
func TestGenerics(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "generics")
}

// TestMarkdown: Markdown renderers that keep raw HTML (goldmark with
// html.WithUnsafe, blackfriday, gomarkdown) carry their source into the
// HTML they write; goldmark's defaults do not.
func TestMarkdown(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "mdsummary", "mdshared")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "markdown")
}

// TestStoredLibraries: a bun select's model and Redis replies are stored
// data.
func TestStoredLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "storedlibs")
}

// TestSharedState: the fields of a handler's receiver, or of an object a
// handler closure captures, are every request's: one handler's stores
// reach another's reads.
func TestSharedState(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "sharedstate")
}

// TestFuncMap: functions a template calls (template.FuncMap), reported
// at the Execute call that passes them the data; a FuncMap of another
// package travels as a fact.
func TestFuncMap(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "funcmaplib")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "funcmap")
}

// TestMiddlewareStacks: a handler served only behind a middleware list
// (a chi router's Use, With, Group, Route; a helper that applies a list)
// that sets a non-HTML Content-Type.
func TestMiddlewareStacks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "mwshared")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "mwchi", "mwchain", "mwgorilla")
}

// TestFiberWriter: a fiber Ctx written through io.Writer, fiber's body
// writers, helpers given it and the callbacks they call.
func TestFiberWriter(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "fiberwrite")
}

// TestClosureCaptures: request input a closure captures reaches the
// conversion in its body.
func TestClosureCaptures(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "closurectx")
}

// TestRenderers: a template engine behind a framework's render call.
func TestRenderers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "renderiface")
}

// TestInterfaceSlice: structs kept in a slice of the program's interface
// and rendered by a range over it carry their fields to the method's
// result.
func TestInterfaceSlice(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "ifacerange")
}

// TestPageAdapter: a page function (a method value or a function) handed
// to an adapter whose handler writes what it returns as HTML, reported
// at the adapter's call.
func TestPageAdapter(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "pageadapt", "pageadaptuse")
}

// templ: Raw, SafeURL, SafeCSS and JSUnsafeFuncCall take text unescaped;
// templ.URL and templ.EscapeString clean it.
func TestTempl(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "templcase")
}

// gomponents: Raw and Rawf take text unescaped, and the URL attributes of
// its html package keep any scheme; g.Text escapes.
func TestGomponents(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "gompcase")
}

// TestInterfaceImplSinks: the HTML sinks of an interface's implementation
// in another package apply at calls through the interface, for the
// parameters it does not escape (an i18n TrHTML escapes its arguments in
// place, not its key).
func TestInterfaceImplSinks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "i18nuse")
}

// TestAppContext: handlers on the application's own request context, in
// another package (its methods' facts say which write the response).
func TestAppContext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "appctx", "cmdportal")
}

// TestConstructedImplementation: an interface field that holds only what
// another package's constructor returns calls that type's method.
func TestConstructedImplementation(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), taint.Analyzer, "pagewriter")
	analysistest.Run(t, analysistest.TestData(), xss.Analyzer, "pageuse")
}
