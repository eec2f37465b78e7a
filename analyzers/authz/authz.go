package authz

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/analysisdoc"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/ssabuild"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Name is the analyzer's name, also the Analyzer field of its rule rows.
const Name = "authz"

// The rule IDs, reported as Diagnostic.Category.
const (
	RuleAuthnMissing = "authn-missing"
	RuleAuthzMissing = "authz-missing"
	RuleInconsistent = "authz-inconsistent"
	RuleRouteOrder   = "authz-route-order"
	RuleFailOpen     = "authz-fail-open"
)

//go:embed doc.go
var docFile string

// Analyzer reports with the default settings; it serves go vet and
// analysistest.
var Analyzer = must(New(config.AuthzSettings{}))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// New builds the analyzer with configured guards, checks and public routes.
func New(s config.AuthzSettings) (*analysis.Analyzer, error) {
	c := &checker{guards: map[string]string{}, checks: map[string]bool{}}
	for _, list := range []struct {
		key, kind string
		names     []string
	}{{"authn-guards", "authn", s.AuthnGuards}, {"authz-guards", "authz", s.AuthzGuards}, {"checks", "check", s.Checks}} {
		for _, n := range list.names {
			if err := validFuncName(n); err != nil {
				return nil, fmt.Errorf("authz: %s: %w", list.key, err)
			}
			if list.kind == "check" {
				c.checks[n] = true
			} else {
				c.guards[n] = list.kind
			}
		}
	}
	for _, p := range s.PublicRoutes {
		if strings.TrimSpace(p) == "" || strings.Contains(p, "**") {
			return nil, fmt.Errorf("authz: public-routes: bad pattern %q (want a route pattern such as \"GET /healthz\" or \"/static/*\")", p)
		}
		c.public = append(c.public, p)
	}
	return &analysis.Analyzer{
		Name:       Name,
		Doc:        analysisdoc.Extract(docFile, Name),
		URL:        "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/authn-missing.md",
		Requires:   []*analysis.Analyzer{ssabuild.Analyzer},
		Run:        c.run,
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(funcFact)},
	}, nil
}

// validFuncName accepts a FullName ("example.com/web.Auth",
// "(*example.com/web.S).Auth") or "pkg.Name".
func validFuncName(n string) error {
	if n == "" || strings.ContainsAny(n, " \t") {
		return fmt.Errorf("bad function name %q", n)
	}
	if !strings.Contains(n, ".") {
		return fmt.Errorf("function name %q: want a FullName such as \"example.com/web.RequireUser\" or \"web.RequireUser\"", n)
	}
	return nil
}

type checker struct {
	guards map[string]string // configured guard name → authn|authz
	checks map[string]bool   // configured check names
	public []string          // configured public route patterns
}

// configName matches a function against configured names: its FullName, or
// "pkgname.Name" / "(*pkgname.T).Name" in short.
func configName[V any](m map[string]V, fn *types.Func) (V, bool) {
	var zero V
	if fn == nil || len(m) == 0 {
		return zero, false
	}
	full := fn.Origin().FullName()
	if v, ok := m[full]; ok {
		return v, true
	}
	if v, ok := m[typesutil.ShortFuncName(full)]; ok {
		return v, true
	}
	return zero, false
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	ssaRes := pass.ResultOf[ssabuild.Analyzer].(*buildssa.SSA)
	if ssaRes == nil || ssaRes.Pkg == nil {
		return &Result{}, nil
	}
	a := &pkgAnalysis{
		checker:     c,
		pass:        pass,
		ssa:         ssaRes,
		prog:        ssaRes.Pkg.Prog,
		facts:       map[*types.Func]*funcFact{},
		touch:       map[*ssa.Function]*access{},
		guard:       map[*ssa.Function]*guardInfo{},
		check:       map[*ssa.Function]bool{},
		ifCheck:     map[*ssa.If]bool{},
		unseen:      map[*types.TypeName]bool{},
		answers:     map[*ssa.Function]int64{},
		wraps:       map[*ssa.Function]*wrapSpec{},
		routeWraps:  map[*ssa.Function]*wrapSpec{},
		wrapTypes:   map[*types.Named]bool{},
		resolvedPos: map[token.Pos]bool{},
		calledInPkg: map[*ssa.Function]bool{},
		helpers:     map[*ssa.Function]bool{},
		ctxRead:     map[*ssa.Function]bool{},
		fieldExit:   map[*types.Var][]exit{},
		public:      publicDirectives(pass),
		reports:     map[string]bool{},
		result:      &Result{},
	}
	a.run()
	return a.result, nil
}

// pkgAnalysis is the state of one run over one package.
type pkgAnalysis struct {
	*checker
	pass  *analysis.Pass
	ssa   *buildssa.SSA
	prog  *ssa.Program
	facts map[*types.Func]*funcFact // imported facts, cached

	touch map[*ssa.Function]*access // memo of touches; nil entry while in progress
	guard map[*ssa.Function]*guardInfo
	check map[*ssa.Function]bool

	unseen  map[*types.TypeName]bool // memo of unseenImpls
	ifCheck map[*ssa.If]bool         // memo: the If's condition depends on a check
	answers map[*ssa.Function]int64  // memo of helperAnswer

	wraps       map[*ssa.Function]*wrapSpec // router wrappers, nil entry while in progress
	routeWraps  map[*ssa.Function]*wrapSpec // route wrappers, nil entry while in progress
	wrapTypes   map[*types.Named]bool       // types with route wrapper methods
	wrapSites   []token.Pos                 // calls of route wrappers
	resolvedPos map[token.Pos]bool          // registrations the route model reached
	calledInPkg map[*ssa.Function]bool      // functions called from elsewhere in the package
	builds      map[*ssa.Function]bool      // memo of buildsRouter
	helpers     map[*ssa.Function]bool      // helpers that reject after a failed check
	// openChecks: handlers whose only check runs when the request carries
	// the credential (handlerAbsentPass): no check of their routes.
	openChecks map[*ssa.Function]bool
	ctxRead    map[*ssa.Function]bool // memo of readsContext
	fieldExit  map[*types.Var][]exit  // memo of fieldExits

	public  map[string]string // "file:line" of //sanitas:public → reason
	reports map[string]bool   // dedup key of reported findings

	result *Result
}

// Result is the route model's account of a package, for measurement and
// tools: how many registrations it resolved, and each it could not.
type Result struct {
	Routes     int          // registrations resolved and judged (or exported)
	Unresolved []Unresolved // registrations never reported because unresolved
}

// Unresolved is one registration the model could not resolve.
type Unresolved struct {
	Pos token.Pos
	Why string
}

func (a *pkgAnalysis) unresolvedAt(pos token.Pos, why string) {
	a.result.Unresolved = append(a.result.Unresolved, Unresolved{Pos: pos, Why: why})
}

func (a *pkgAnalysis) run() {
	// Summaries of every function first, so that facts are exported even
	// for functions no route of this package uses.
	for _, fn := range a.ssa.SrcFuncs {
		if fn.Parent() != nil {
			continue
		}
		obj, _ := fn.Object().(*types.Func)
		if obj == nil {
			continue
		}
		f := &funcFact{}
		if acc := a.touches(fn).definite(); acc != nil {
			f.Touches = acc.String()
		}
		f.Check = a.isCheckFunc(fn)
		f.CtxRead = a.readsContext(fn)
		if f.Touches == "" && isHandlerType(fn.Signature) {
			f.Anon = a.anonTouches(fn).definite().String()
		}
		f.Wrap = a.inferWrap(fn)
		if g := a.inferGuard(fn, 0); g != nil && g.kind != "" {
			f.Guard = g.kind
			if g.kind == "fail-open" && !a.inTest(fn.Pos()) {
				a.reportFailOpen(fn, g)
			}
		}
		a.handlerAbsentPass(fn)
		if h := a.returnedHandler(fn, 0); h != nil && h != fn {
			if acc := a.touches(h).definite(); acc != nil {
				f.Returns = acc.String()
			}
		}
		a.facts[obj] = f
		if !f.empty() {
			a.pass.ExportObjectFact(obj, f)
		}
	}
	a.countUnmodelled()
	// Then the routes each top-level function registers.
	for _, fn := range a.ssa.SrcFuncs {
		if fn.Parent() != nil {
			continue
		}
		a.routesOf(fn)
	}
	a.unreached()
}

// funcFactOf returns the fact of a function of another package (or this
// package's summary), or nil.
func (a *pkgAnalysis) funcFactOf(obj *types.Func) *funcFact {
	if obj == nil {
		return nil
	}
	obj = obj.Origin()
	if f, ok := a.facts[obj]; ok {
		return f
	}
	var f funcFact
	if obj.Pkg() != a.pass.Pkg && a.pass.ImportObjectFact(obj, &f) {
		a.facts[obj] = &f
		return &f
	}
	a.facts[obj] = nil
	return nil
}

// funcName is a short name for messages: "(*api.Server).Search",
// "api.Greeting", or "func literal in api.Routes".
func funcName(fn *ssa.Function) string {
	if fn == nil {
		return "?"
	}
	if p := fn.Parent(); p != nil {
		return "func literal in " + funcName(p)
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return typesutil.ShortFuncName(obj.Origin().FullName())
	}
	return fn.Name()
}

// publicDirectives collects //sanitas:public comments by file and line.
func publicDirectives(pass *analysis.Pass) map[string]string {
	m := map[string]string{}
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				rest, ok := strings.CutPrefix(c.Text, "//sanitas:public")
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				p := pass.Fset.Position(c.Slash)
				m[fmt.Sprintf("%s:%d", p.Filename, p.Line)] = strings.TrimSpace(rest)
			}
		}
	}
	return m
}

// isPublicAt reports a //sanitas:public directive on the line of pos or the
// line above it.
func (a *pkgAnalysis) isPublicAt(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	p := a.pass.Fset.Position(pos)
	for _, l := range []int{p.Line, p.Line - 1} {
		if _, ok := a.public[fmt.Sprintf("%s:%d", p.Filename, l)]; ok {
			return true
		}
	}
	return false
}

// isPublicFunc reports a //sanitas:public directive in a function's doc
// comment.
func (a *pkgAnalysis) isPublicFunc(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	for fn.Parent() != nil {
		if a.isPublicAt(fn.Pos()) {
			return true
		}
		fn = fn.Parent()
	}
	if decl, ok := fn.Syntax().(*ast.FuncDecl); ok && decl.Doc != nil {
		for _, c := range decl.Doc.List {
			if strings.HasPrefix(c.Text, "//sanitas:public") {
				return true
			}
		}
	}
	return false
}

// configuredPublic matches a route against public-routes.
func (c *checker) configuredPublic(method, pattern string) bool {
	for _, p := range c.public {
		pm, pp, ok := strings.Cut(p, " ")
		if !ok {
			pm, pp = "", p
		}
		if pm != "" && method != "" && !strings.EqualFold(pm, method) {
			continue
		}
		if globMatch(pp, pattern) {
			return true
		}
	}
	return false
}

// globMatch matches with * as any run of characters (slashes included).
func globMatch(pat, s string) bool {
	if !strings.Contains(pat, "*") {
		return pat == s
	}
	parts := strings.Split(pat, "*")
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 {
			return strings.HasSuffix(s, p)
		}
		k := strings.Index(s, p)
		if k < 0 {
			return false
		}
		s = s[k+len(p):]
	}
	return true
}
