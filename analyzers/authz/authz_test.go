package authz_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/sanitas-go/sanitas/analyzers/authz"
	"github.com/sanitas-go/sanitas/analyzers/internal/config"
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

// Guards, checks and public routes named in the settings.
func TestConfigured(t *testing.T) {
	a, err := authz.New(config.AuthzSettings{
		AuthnGuards:  []string{"configured.Gate"},
		Checks:       []string{"configured.decide"},
		PublicRoutes: []string{"GET /open/*"},
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "configured")
}

func TestBadSettings(t *testing.T) {
	for _, s := range []config.AuthzSettings{
		{AuthnGuards: []string{""}},
		{AuthzGuards: []string{"NoPackage"}},
		{Checks: []string{"pkg.has space"}},
		{PublicRoutes: []string{" "}},
		{PublicRoutes: []string{"/a/**"}},
	} {
		if _, err := authz.New(s); err == nil {
			t.Errorf("New(%+v): no error", s)
		}
	}
}

func TestFiber(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "fibercase")
}

// An application's own router wrapper (gitea's modules/web shape) and a
// guard factory whose options decide whether it rejects.
func TestWrapper(t *testing.T) {
	res := analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "webrouter", "wrapcase")
	for _, r := range res {
		if r.Pass.Pkg.Name() != "wrapcase" {
			continue
		}
		got, ok := r.Result.(*authz.Result)
		if !ok {
			continue // the analysis failed: analysistest reported it
		}
		var whys []string
		for _, u := range got.Unresolved {
			whys = append(whys, u.Why)
		}
		if len(got.Unresolved) != 1 || !strings.Contains(whys[0], "computed") {
			t.Errorf("unresolved: got %q, want the one registration with computed handlers", whys)
		}
		if got.Routes < 15 {
			t.Errorf("routes resolved: got %d, want at least 15", got.Routes)
		}
	}
}

func TestFiberV3(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "fiber3case")
}

// alice chains, and chi sub-routers mounted under a guarded group.
func TestAliceAndMount(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "alicecase")
}

// Routers returned wrapped in middleware (func routes() http.Handler {...;
// return auth(mux)}), served here or in another package.
func TestWrappedReturn(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "wrapreturn", "wrapserve")
}

// TestMethodValue: a guard applied through a method value held in a local.
func TestMethodValue(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "methodvalue")
}

// TestClosureGuard: guards applied by a local closure or a named helper
// that wraps the handler it is given.
func TestClosureGuard(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "closureguard")
}

// TestInjected: a Store interface implemented only outside the packages a
// handler's package imports counts as data access there, and only there.
func TestInjected(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "diapi")
}

// TestBun: bun's handles, transactions, connections and IDB reach data.
func TestBun(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "buncase")
}

// TestMount: routers mounted in routers, with and without stripping.
func TestMount(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "mountcase")
}

// TestPrincipalKey: the principal read from gin's or echo's key-value
// store by its key.
func TestPrincipalKey(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "principalkey")
}

// Guards chosen on branches: a guard held in a variable, a handler wrapped
// on some paths only, and a middleware that lets a failed verification
// through.
func TestConditionalGuards(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "condguard")
}

// Routes registered on a mux held in a struct field, directly, through a
// method of the struct, and through a small router struct.
func TestFieldMux(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "fieldmux")
}

// Middleware that calls next when the verification fails is no guard, and
// is reported where it falls through.
func TestFailOpen(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "failopen")
}

// In-handler checks through helpers that return a value beside the bool
// that gates the handler's return, in the handler's package or another.
func TestHelperCheck(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "helpercheck", "helpercheck/policy")
}

// A data write before the authorisation check is unguarded; a lookup the
// check needs is not.
func TestWriteFirst(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "writefirst")
}

// Public flows are matched by whole path segments, and not when the path
// names a data resource.
func TestPublicPath(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "publicpath")
}

// Middleware that checks a credential only when the request carries one
// fails open: a request without it goes through.
func TestAbsentCredential(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "absentcred")
}

// A route behind no guard whose handler's only check passes the zero
// principal a request without credentials reads from its context.
func TestAnonymousPrincipal(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "anonauth", "anonprincipal", "anonserve")
}

// gin: c.Next() after c.Abort* runs nothing; after a 401 without Abort it
// serves the route.
func TestGinAbortThenNext(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "ginabort")
}

// A route registered before the Use of a guard that fails open is outside
// it too.
func TestRouteOrderFailOpen(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "failopenorder")
}

// gin runs a route's chain in order: a guard after the handler checks too
// late.
func TestChainOrder(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "chainorder")
}

// A middleware that rejects one kind of failed verification and lets the
// others through fails open.
func TestErrDenyList(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "errdeny")
}

// A handler that verifies a credential only when the request carries one.
func TestHandlerAbsentCredential(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "webhookabsent")
}

// A route under the path of a subrouter that adds a role guard, registered
// outside that subrouter.
func TestSubtreeGuard(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "subtreeguard")
}

// A router a function of another package builds and returns is judged
// where it is mounted or served, with the guards there; a router with
// guards of its own, or one its package serves, is judged where it is
// built.
func TestReturnedRouter(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "retrouter/sub", "retrouter")
}

// TestDelegatedBody: a middleware whose handler hands next to a helper is
// judged by that helper.
func TestDelegatedBody(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "delegated")
}

// TestApplyMiddleware: a function that applies a list of middleware to a
// handler (gophish's mid.Use) puts them on the route.
func TestApplyMiddleware(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "applymw/mid", "applymw")
}

// TestAnsweredFailure: a middleware that answers a failed credential
// check with its own protocol's body and returns is a guard.
func TestAnsweredFailure(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "answerfail")
}

// The JWT middleware of libraries: guards, unless made with credentials
// optional (go-jwt-middleware) or without aborting (gin-jwt).
func TestJWTLibraries(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), authz.Analyzer, "jwtlibs")
}
