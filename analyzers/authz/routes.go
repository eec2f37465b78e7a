package authz

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// router is an abstract router: a mux, engine, group or sub-router, with
// its prefix and the middleware applied to it.
type router struct {
	kind     string // "http", "chi", "gin", "echo", "gorilla"
	parent   *router
	prefix   string
	mws      []mw // Use'd middleware
	ordered  bool // Use covers only routes registered after it (gin, echo groups)
	snapshot bool // the parent's middleware was copied when this router was created
	created  int  // sequence number at creation
	param    int  // >= 0: parameter of the function being summarised
	escapes  bool // returned by the function that created it
	// wrappedOut: returned by that function wrapped in middleware
	// (return cors(mux)).
	wrappedOut bool
	inline     bool // chi With: its middleware belongs to the routes registered on it
	outer      []mw // wrappers around the router where it is mounted
	mounted    bool // registered as the handler of a route of parent
	strips     bool // mounted by a registration that strips its pattern (chi Mount)
	// exits are the ways the router leaves the function that builds it:
	// served, returned or stored, each with the wrappers around it there.
	exits []exit
	// elsewhere: made by a function of this package inlined here that
	// returns it wrapped; that function's own walk judges its routes.
	elsewhere bool
	pos       token.Pos
	served    token.Pos
	routes    []*route
}

// exit is one way a router leaves the function that builds it.
type exit struct {
	ws  []mw // the wrappers around it, outermost first
	pos token.Pos
}

// cover is the middleware that covers every route of r however a request
// reaches it: the wrappers of its weakest exit (one with no guard, else one
// with no authorisation guard), since each exit is a way in. A router
// parameter's exits are not its caller's, whose router may also be served
// unwrapped.
func (r *router) cover() []mw {
	if r.param >= 0 || len(r.exits) == 0 {
		return nil
	}
	best, bestS := 0, 3
	for i, e := range r.exits {
		s := 0
		for _, m := range e.ws {
			switch {
			case !m.g.isGuard():
			case m.g.kind == "authz":
				s = 2
			case s == 0:
				s = 1
			}
		}
		if s < bestS {
			best, bestS = i, s
		}
	}
	return r.exits[best].ws
}

// wrappedRouter is a handler value that is a router inside wrappers.
type wrappedRouter struct {
	r  *router
	ws []mw
}

func (r *router) root() *router {
	for r.parent != nil {
		r = r.parent
	}
	return r
}

// fullPrefix is the path before the patterns of r's routes: its groups'
// prefixes and what the mounts above it strip. A router registered as a
// handler without stripping sees the path its parent's tree was given, so
// its parent's group prefixes are not its own.
func (r *router) fullPrefix() string {
	if r == nil {
		return ""
	}
	if r.mounted && !r.strips {
		return r.parent.basePrefix() + r.prefix
	}
	return r.parent.fullPrefix() + r.prefix
}

// basePrefix is the path stripped before r's tree sees a request: the full
// prefix of the nearest router at or above r that is a root or mounted.
func (r *router) basePrefix() string {
	for r != nil && r.parent != nil && !r.mounted {
		r = r.parent
	}
	return r.fullPrefix()
}

// mw is one middleware on a router or route.
type mw struct {
	g     *guardInfo
	name  string
	seq   int
	pos   token.Pos
	strip string // http.StripPrefix: the prefix it removes from the path
	// at is where a Use added it: the frames of the walk then, innermost
	// first, each at the block it was in (nil when not known).
	at []point
}

// point is a block of one frame of the walk: where the walk was in that
// frame's function.
type point struct {
	fr *frame
	b  *ssa.BasicBlock
}

// route is one registration.
type route struct {
	r          *router
	method     string
	pattern    string
	seq        int
	own        []mw
	handler    string
	hfn        *ssa.Function
	acc        *access
	anon       *access // reached by a request without a principal, when acc is nil (see anonTouches)
	pos        token.Pos
	remote     string       // registration position in another package
	cond       string       // guards that wrap the handler on some branches only
	skip       map[int]bool // seqs of router middleware Used on some paths to the registration only
	at         []point      // where it was registered
	public     bool
	unresolved bool
	why        string // why unresolved
	// after: guards placed after the handler in a gin or fiber chain
	// (r.GET(p, h, requireRole("admin"))), which run only once the
	// handler has served the request.
	after []mw
}

// walk is the route model of one root function.
type walk struct {
	a       *pkgAnalysis
	seq     int
	routers []*router
	deflt   *router
	depth   int
	inline  map[*ssa.Function]int
	// redirect: while a wrapper group's callback runs, routes registered
	// on a router belong to the group.
	redirect map[*router]*router
}

// frame maps the values of one (possibly inlined) function to routers.
type frame struct {
	fn     *ssa.Function
	vals   map[ssa.Value]*router
	loop   map[*ssa.BasicBlock]bool
	routes map[ssa.Value]*route // gorilla: the route a registration returned

	builders map[ssa.Value]*builderVal   // route builders (gitea's Combo)
	wrapped  map[ssa.Value]wrappedRouter // calls of inlined functions returning a wrapped router
	free     map[*ssa.FreeVar]ssa.Value  // a closure's bindings, values of parent
	parent   *frame                      // the frame that made the closure
	// fields are routers held in struct fields (s.mux = NewServeMux()),
	// by the struct value (after origin) and field name.
	fields map[fieldKey]*router
	// caller is the frame that inlined this one; blk the block the walk
	// is in.
	caller *frame
	blk    *ssa.BasicBlock
}

// points is where the walk is: fr and its callers, each at its block.
func (fr *frame) points() []point {
	var ps []point
	for f := fr; f != nil; f = f.caller {
		ps = append(ps, point{f, f.blk})
	}
	return ps
}

// fieldKey names a struct field of one value: the abstract router of a
// struct field.
type fieldKey struct {
	base ssa.Value
	name string
}

// field returns the router held in field name of the struct base points
// to, when this walk saw it assigned.
func (fr *frame) field(base ssa.Value, name string) *router {
	if base == nil {
		return nil
	}
	b, bfr := origin(fr, base)
	if bfr == nil {
		return nil
	}
	return bfr.fields[fieldKey{b, name}]
}

// setField records that field name of the struct base points to holds r.
func (fr *frame) setField(base ssa.Value, name string, r *router) {
	if b, bfr := origin(fr, base); bfr != nil {
		bfr.fields[fieldKey{b, name}] = r
	}
}

// fieldsOf returns the field routers of the struct v points to.
func (fr *frame) fieldsOf(v ssa.Value) map[string]*router {
	b, bfr := origin(fr, v)
	if bfr == nil {
		return nil
	}
	var out map[string]*router
	for k, r := range bfr.fields {
		if k.base == b {
			if out == nil {
				out = map[string]*router{}
			}
			out[k.name] = r
		}
	}
	return out
}

func newFrame(fn *ssa.Function) *frame {
	return &frame{fn: fn, vals: map[ssa.Value]*router{}, loop: loops(fn), routes: map[ssa.Value]*route{},
		builders: map[ssa.Value]*builderVal{}, wrapped: map[ssa.Value]wrappedRouter{}, free: map[*ssa.FreeVar]ssa.Value{},
		fields: map[fieldKey]*router{}}
}

func (w *walk) newRouter(kind string, parent *router, pos token.Pos) *router {
	w.seq++
	r := &router{kind: kind, parent: parent, param: -1, created: w.seq, pos: pos}
	switch kind {
	case "gin":
		r.ordered = true
	case "echo":
		r.ordered = parent != nil
	case "fiber":
		// fiber matches its stack in registration order: a route added
		// before Use (on the app or an enclosing group) is not covered.
		r.ordered = true
	case "wrap":
		// A wrapper router keeps its middleware in the router and hands it
		// to the framework when a route is registered (gitea's
		// AfterRouting), or forwards it to a Use that must come first.
		r.ordered = true
	}
	w.routers = append(w.routers, r)
	return r
}

// routerKind is the framework of a router type, or "".
func routerKind(t types.Type) string {
	switch typesutil.NamedPath(t) {
	case "net/http.ServeMux":
		return "http"
	case pkgChi + ".Mux", pkgChi + ".Router":
		return "chi"
	case pkgGin + ".Engine", pkgGin + ".RouterGroup", pkgGin + ".IRouter", pkgGin + ".IRoutes":
		return "gin"
	case pkgEcho + ".Echo", pkgEcho + ".Group":
		return "echo"
	case pkgGorilla + ".Router":
		return "gorilla"
	case pkgPB + ".Router", pkgPB + ".RouterGroup":
		return "pb"
	case "github.com/gofiber/fiber/v2.App", "github.com/gofiber/fiber/v2.Router", "github.com/gofiber/fiber/v2.Group",
		"github.com/gofiber/fiber/v3.App", "github.com/gofiber/fiber/v3.Router", "github.com/gofiber/fiber/v3.Group":
		// v3 takes (path, handler any, handlers ...any): the same chain.
		return "fiber"
	}
	return ""
}

// lookup returns the router a value denotes, looking through conversions,
// embedded-field addresses, loads of variables and phis of one router.
func (fr *frame) lookup(v ssa.Value) *router {
	for i := 0; i < 12 && v != nil; i++ {
		if r, ok := fr.vals[v]; ok {
			return r
		}
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.TypeAssert:
			v = x.X
		case *ssa.FreeVar:
			if b, ok := fr.free[x]; ok && fr.parent != nil {
				return fr.parent.lookup(b)
			}
			return nil
		case *ssa.Extract:
			// r, err := newRouter(): the router is the tuple's first value.
			if x.Index != 0 {
				return nil
			}
			v = x.Tuple
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			v = x.X
		case *ssa.FieldAddr:
			st, ok := deref(x.X.Type()).Underlying().(*types.Struct)
			if !ok {
				return nil
			}
			if !st.Field(x.Field).Embedded() {
				// A router held in a field (s.mux), assigned in this walk.
				return fr.field(x.X, st.Field(x.Field).Name())
			}
			v = x.X
		case *ssa.Phi:
			var r *router
			for _, e := range x.Edges {
				er := fr.lookup(e)
				if er == nil || r != nil && er != r {
					return nil
				}
				r = er
			}
			return r
		default:
			return nil
		}
	}
	return nil
}

// loops returns the blocks of fn that lie on a cycle.
func loops(fn *ssa.Function) map[*ssa.BasicBlock]bool {
	m := map[*ssa.BasicBlock]bool{}
	for _, b := range fn.Blocks {
		for _, s := range b.Succs {
			if reaches(s, b) {
				m[b] = true
				break
			}
		}
	}
	return m
}

// routesOf builds the route model of a top-level function: routes on its
// own routers are judged and reported; routes on its router parameters
// become its fact.
func (a *pkgAnalysis) routesOf(fn *ssa.Function) {
	if a.inTest(fn.Pos()) {
		return // routes built by tests are fixtures
	}
	if a.inferWrap(fn) != nil {
		return // a router wrapper: its calls are the registrations
	}
	w := &walk{a: a, inline: map[*ssa.Function]int{}, redirect: map[*router]*router{}}
	fr := newFrame(fn)
	for i, p := range fn.Params {
		if k := a.routerKindOf(p.Type()); k != "" {
			r := w.newRouter(k, nil, p.Pos())
			r.param = i
			r.ordered = k == "gin"
			fr.vals[p] = r
		}
	}
	w.walkFunc(fr)
	a.judge(fn, w)
}

// walkFunc interprets the registrations of one function body in block
// order.
func (w *walk) walkFunc(fr *frame) {
	for _, b := range fr.fn.Blocks {
		fr.blk = b
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Store:
				local := false
				if r := fr.lookup(x.Val); r != nil {
					switch addr := x.Addr.(type) {
					case *ssa.Alloc, *ssa.FreeVar:
						fr.vals[x.Addr] = r
					case *ssa.FieldAddr:
						// s.mux = http.NewServeMux(), &api{mux: mux}: loads
						// of the field are this router.
						if st, ok := deref(addr.X.Type()).Underlying().(*types.Struct); ok && !st.Field(addr.Field).Embedded() {
							fr.setField(addr.X, st.Field(addr.Field).Name(), r)
							local = localStruct(addr.X)
						}
					}
				}
				switch x.Addr.(type) {
				case *ssa.Alloc, *ssa.FreeVar:
				default:
					if local {
						// A struct of this function that never leaves
						// it: the router leaves, if at all, by itself.
						break
					}
					if r := fr.lookup(x.Val); r != nil {
						if f := fieldVar(x.Addr); f != nil && !f.Exported() {
							// An unexported field: the ways out are the
							// package's reads of it that return or serve
							// it (return auth(s.mux)), when it has any.
							if ex := w.a.fieldExits(f); len(ex) > 0 {
								r.exits = append(r.exits, ex...)
								break
							}
						}
					}
					if isServerHandler(x.Addr) {
						w.serve(fr, x.Val, x.Pos())
					} else if w.depth == 0 || !isMiddlewareSig(fr.fn.Signature) {
						// Stored in a field, global or element: whoever
						// loads it serves what was stored. (Middleware
						// that keeps next in a struct wraps it.)
						w.exit(fr, x.Val, x.Pos())
					}
				}
			case *ssa.Return:
				for _, v := range x.Results {
					if r := fr.lookup(v); r != nil && fr.fn.Parent() == nil {
						r.escapes = true
					}
					if w.depth == 0 && fr.fn.Parent() == nil {
						w.exit(fr, v, x.Pos())
						if fr.lookup(v) == nil {
							for _, f := range w.flows(fr, v, 0) {
								f.r.wrappedOut = true
							}
						}
					}
				}
			case ssa.CallInstruction:
				w.call(fr, b, x)
			}
		}
	}
}

// fieldVar returns the field a FieldAddr addresses, unless embedded.
func fieldVar(v ssa.Value) *types.Var {
	fa, ok := v.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	st, ok := deref(fa.X.Type()).Underlying().(*types.Struct)
	if !ok || st.Field(fa.Field).Embedded() {
		return nil
	}
	return st.Field(fa.Field)
}

// fieldExits are the ways a router held in field f leaves the package's
// functions that read it: returned from a top-level function or served,
// each with the wrappers around it (func (s *Server) Handler()
// http.Handler { return auth(s.mux) }). None when no read of it leaves
// that way (s.mux.ServeHTTP(w, r) in the struct's own ServeHTTP).
func (a *pkgAnalysis) fieldExits(f *types.Var) []exit {
	if ex, ok := a.fieldExit[f]; ok {
		return ex
	}
	a.fieldExit[f] = nil
	var out []exit
	for _, fn := range a.ssa.SrcFuncs {
		if a.inTest(fn.Pos()) {
			continue
		}
		r := &router{param: -1}
		fr := newFrame(fn)
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.MUL && fieldVar(u.X) == f {
					fr.vals[u] = r
				}
			}
		}
		if len(fr.vals) == 0 {
			continue
		}
		w := &walk{a: a, inline: map[*ssa.Function]int{}, redirect: map[*router]*router{}}
		leave := func(v ssa.Value, pos token.Pos) {
			for _, fl := range w.flows(fr, v, 0) {
				if fl.r == r {
					out = append(out, exit{ws: fl.ws, pos: pos})
				}
			}
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Return:
					if fn.Parent() == nil {
						for _, v := range x.Results {
							leave(v, x.Pos())
						}
					}
				case *ssa.Store:
					if isServerHandler(x.Addr) {
						leave(x.Val, x.Pos())
					}
				case ssa.CallInstruction:
					obj := typesutil.Callee(x.Common())
					if obj == nil || len(x.Common().Args) < 2 {
						continue
					}
					switch obj.FullName() {
					case "net/http.ListenAndServe", "net/http.ListenAndServeTLS", "net/http.Serve", "net/http.ServeTLS":
						leave(x.Common().Args[1], x.Pos())
					}
				}
			}
		}
	}
	a.fieldExit[f] = out
	return out
}

// localStruct reports a struct allocated here that never leaves the
// function: its address is only used to reach its fields and passed to
// calls (as the receiver of its methods).
func localStruct(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		switch ref.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef, ssa.CallInstruction:
		default:
			return false
		}
	}
	return true
}

// isServerHandler reports the address of an http.Server's Handler field.
func isServerHandler(addr ssa.Value) bool {
	fa, ok := addr.(*ssa.FieldAddr)
	if !ok || !typesutil.IsNamed(fa.X.Type(), pkgHTTP, "Server") {
		return false
	}
	st, ok := deref(fa.X.Type()).Underlying().(*types.Struct)
	return ok && st.Field(fa.Field).Name() == "Handler"
}

// serve records the handler a server serves: wrappers around a router
// guard its routes when every other exit of the router has them too.
func (w *walk) serve(fr *frame, h ssa.Value, pos token.Pos) {
	for _, f := range w.flows(fr, h, 0) {
		f.r.exits = append(f.r.exits, exit{ws: f.ws, pos: pos})
		if !f.r.served.IsValid() {
			f.r.served = pos
		}
	}
}

// exit records a handler value leaving the function (returned or stored):
// each router it may be, with the wrappers around it.
func (w *walk) exit(fr *frame, v ssa.Value, pos token.Pos) {
	if !isHandlerType(v.Type()) && w.a.routerKindOf(v.Type()) == "" {
		return
	}
	for _, f := range w.flows(fr, v, 0) {
		f.r.exits = append(f.r.exits, exit{ws: f.ws, pos: pos})
	}
}

// flows returns the routers a handler value may be, each with the
// wrappers around it: one per edge of a phi (h := mux; if on { h =
// auth(mux) }).
func (w *walk) flows(fr *frame, v ssa.Value, depth int) []wrappedRouter {
	if phi, ok := v.(*ssa.Phi); ok && depth < 4 && fr.lookup(v) == nil {
		var out []wrappedRouter
		for _, e := range phi.Edges {
			out = append(out, w.flows(fr, e, depth+1)...)
		}
		return out
	}
	if mi, ok := v.(*ssa.MakeInterface); ok && depth < 4 {
		if _, isPhi := mi.X.(*ssa.Phi); isPhi {
			return w.flows(fr, mi.X, depth+1)
		}
	}
	r, ws, _ := w.resolve(fr, v, 0)
	if r == nil {
		return nil
	}
	return []wrappedRouter{{r: r, ws: ws}}
}

// call interprets one call.
func (w *walk) call(fr *frame, b *ssa.BasicBlock, instr ssa.CallInstruction) {
	cc := instr.Common()
	var val ssa.Value
	if c, ok := instr.(*ssa.Call); ok {
		val = c
	}
	obj := typesutil.Callee(cc)
	if obj == nil {
		if callee := cc.StaticCallee(); callee != nil && callee.Parent() != nil && callee.Blocks != nil {
			w.inlineCall(fr, callee, cc.Args, nil, val)
		} else if !cc.IsInvoke() {
			// A closure called through a variable captured from an
			// enclosing function (addWebhookRoutes := func() {...}).
			v, vfr := w.origin(fr, cc.Value)
			if fn := funcOf(v); fn != nil && fn.Blocks != nil && fn.Pkg == w.a.ssa.Pkg && vfr != nil {
				mc, _ := v.(*ssa.MakeClosure)
				w.inlineClosure(fr, fn, cc.Args, nil, val, mc, vfr)
			}
		}
		return
	}
	obj = obj.Origin()
	if recv := obj.Signature().Recv(); !cc.IsInvoke() && (recv == nil || routerKind(recv.Type()) == "") {
		// A router wrapper of analysed code; a modelled framework's own
		// methods keep their model (pocketbase's GET returns the *Route
		// that Bind extends).
		if sp := w.a.wrapOf(obj); sp != nil && w.wrapCall(fr, sp, cc.Args, val, instr.Pos(), fr.loop[b]) {
			return
		}
	}
	full := obj.FullName()
	var recv ssa.Value
	args := cc.Args
	if cc.IsInvoke() {
		recv = cc.Value
	} else if obj.Signature().Recv() != nil && len(args) > 0 {
		recv, args = args[0], args[1:]
	}
	pos := instr.Pos()
	inLoop := fr.loop[b]

	switch full {
	case "net/http.NewServeMux":
		fr.vals[val] = w.newRouter("http", nil, pos)
		return
	case pkgChi + ".NewRouter", pkgChi + ".NewMux":
		fr.vals[val] = w.newRouter("chi", nil, pos)
		return
	case pkgGin + ".New", pkgGin + ".Default":
		fr.vals[val] = w.newRouter("gin", nil, pos)
		return
	case pkgEcho + ".New":
		fr.vals[val] = w.newRouter("echo", nil, pos)
		return
	case pkgGorilla + ".NewRouter":
		fr.vals[val] = w.newRouter("gorilla", nil, pos)
		return
	case pkgPB + ".NewRouter":
		fr.vals[val] = w.newRouter("pb", nil, pos)
		return
	case "github.com/gofiber/fiber/v2.New", "github.com/gofiber/fiber/v3.New":
		fr.vals[val] = w.newRouter("fiber", nil, pos)
		return
	case "net/http.Handle", "net/http.HandleFunc":
		if w.deflt == nil {
			w.deflt = w.newRouter("http", nil, pos)
		}
		if len(args) == 2 {
			w.register(fr, w.deflt, "", args[0], []ssa.Value{args[1]}, pos, inLoop)
		}
		return
	case "net/http.ListenAndServe", "net/http.ListenAndServeTLS", "net/http.Serve", "net/http.ServeTLS":
		h := args[1]
		if c, ok := h.(*ssa.Const); ok && c.IsNil() {
			if w.deflt != nil && !w.deflt.served.IsValid() {
				w.deflt.served = pos
			}
			return
		}
		w.serve(fr, h, pos)
		return
	}

	if res := obj.Signature().Results(); val != nil && res.Len() == 1 && w.a.isWrapRouter(res.At(0).Type()) {
		if callee := cc.StaticCallee(); callee == nil || callee.Pkg != w.a.ssa.Pkg {
			// A wrapper router made in another package (web.NewRouter()),
			// with the routes a function there registered on it
			// (install.Routes()).
			r := w.newRouter("wrap", nil, pos)
			fr.vals[val] = r
			w.importRoutes(fr, obj, cc.Args, r, pos)
			return
		}
	}
	r := w.cur(fr.lookup(recv))
	if recv != nil && r == nil {
		if k := routerKind(recv.Type()); k != "" && isRegistration(k, obj.Name()) && fr.fn.Parent() == nil && w.depth == 0 && !isParamOf(recv, fr.fn) {
			w.a.unresolvedAt(pos, "router value not followed ("+k+" "+obj.Name()+")")
		}
	}
	if r != nil {
		if w.method(fr, r, obj, args, val, pos, inLoop) {
			return
		}
	}
	// gorilla: HandleFunc(...).Methods("GET") sets the method of the
	// route just registered.
	w.composite(fr, obj, cc, args, val, pos)
}

// isRegistration reports a method that registers a route.
func isRegistration(kind, name string) bool {
	switch name {
	case "Handle", "HandleFunc", "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Method", "MethodFunc",
		"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Any", "Add", "Mount", "Route", "Group":
		return true
	}
	return false
}

var httpMethods = map[string]string{
	"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE", "Head": "HEAD",
	"Options": "OPTIONS", "Connect": "CONNECT", "Trace": "TRACE",
	"GET": "GET", "POST": "POST", "PUT": "PUT", "PATCH": "PATCH", "DELETE": "DELETE", "HEAD": "HEAD",
	"OPTIONS": "OPTIONS", "CONNECT": "CONNECT", "TRACE": "TRACE",
}

// method interprets a method call on a known router; false when it is not
// a routing method.
func (w *walk) method(fr *frame, r *router, obj *types.Func, args []ssa.Value, val ssa.Value, pos token.Pos, inLoop bool) bool {
	name := obj.Name()
	switch r.kind {
	case "http":
		switch name {
		case "Handle", "HandleFunc":
			w.register(fr, r, "", args[0], args[1:], pos, inLoop)
			return true
		}
	case "chi":
		switch name {
		case "Use":
			w.use(fr, r, args, pos)
			return true
		case "With":
			c := w.newRouter("chi", r, pos)
			c.snapshot = true
			c.inline = true
			w.use(fr, c, args, pos)
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "Group", "Route":
			c := w.newRouter("chi", r, pos)
			c.snapshot = true
			fnArg := args[0]
			if name == "Route" {
				// chi mounts a new router under the pattern.
				c.prefix = constString(args[0])
				c.mounted, c.strips = true, true
				fnArg = args[1]
			}
			if val != nil {
				fr.vals[val] = c
			}
			w.applyFunc(fr, fnArg, c, pos)
			return true
		case "Mount":
			w.mount(fr, r, "", args[0], args[1:], pos, inLoop)
			return true
		case "Handle", "HandleFunc":
			w.register(fr, r, "", args[0], args[1:], pos, inLoop)
			return true
		case "Method", "MethodFunc":
			w.register(fr, r, strings.ToUpper(constString(args[0])), args[1], args[2:], pos, inLoop)
			return true
		}
		if m, ok := httpMethods[name]; ok {
			w.register(fr, r, m, args[0], args[1:], pos, inLoop)
			return true
		}
	case "gin":
		switch name {
		case "Use":
			w.use(fr, r, args, pos)
			if val != nil {
				fr.vals[val] = r
			}
			return true
		case "Group":
			c := w.newRouter("gin", r, pos)
			c.snapshot = true
			c.prefix = constString(args[0])
			w.use(fr, c, args[1:], pos)
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "Handle":
			w.register(fr, r, constString(args[0]), args[1], w.elems(args[2]), pos, inLoop)
			return true
		case "Any":
			w.register(fr, r, "", args[0], w.elems(args[1]), pos, inLoop)
			return true
		}
		if m, ok := httpMethods[name]; ok {
			w.register(fr, r, m, args[0], w.elems(args[1]), pos, inLoop)
			return true
		}
	case "echo":
		switch name {
		case "Use", "Pre":
			w.use(fr, r, args, pos)
			return true
		case "Group":
			c := w.newRouter("echo", r, pos)
			c.snapshot = true
			c.prefix = constString(args[0])
			w.use(fr, c, args[1:], pos)
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "Add":
			w.register(fr, r, constString(args[0]), args[1], append([]ssa.Value{args[2]}, w.elems(args[3])...), pos, inLoop)
			return true
		case "Any":
			w.register(fr, r, "", args[0], append([]ssa.Value{args[1]}, w.elems(args[2])...), pos, inLoop)
			return true
		case "Match":
			// Match(methods []string, path, h, m...): route middleware
			// first, the handler last, as for GET.
			if len(args) == 4 {
				var ms []string
				for _, v := range w.elems(args[0]) {
					ms = append(ms, strings.ToUpper(constString(v)))
				}
				method := strings.Join(ms, ",")
				if len(ms) == 0 || strings.Contains(method, "\x00") {
					method = ""
				}
				w.register(fr, r, method, args[1], append(w.elems(args[3]), args[2]), pos, inLoop)
				return true
			}
		}
		if m, ok := httpMethods[name]; ok && len(args) == 3 {
			// echo: the handler first, then route middleware.
			w.register(fr, r, m, args[0], append(w.elems(args[2]), args[1]), pos, inLoop)
			return true
		}
	case "fiber":
		switch name {
		case "Use":
			var mws []ssa.Value
			for _, a := range args {
				for _, v := range w.elems(a) {
					if _, isStr := v.(*ssa.MakeInterface); isStr && constString(v.(*ssa.MakeInterface).X) != "\x00" {
						continue // a path prefix
					}
					mws = append(mws, v)
				}
			}
			for _, v := range mws {
				w.seq++
				g, n := w.a.resolveMW(v)
				r.mws = append(r.mws, mw{g: g, name: n, seq: w.seq, pos: pos, at: fr.points()})
			}
			if val != nil {
				fr.vals[val] = r
			}
			return true
		case "Group":
			c := w.newRouter("fiber", r, pos)
			c.prefix = constString(args[0])
			for _, a := range args[1:] {
				for _, v := range w.elems(a) {
					w.seq++
					g, n := w.a.resolveMW(v)
					c.mws = append(c.mws, mw{g: g, name: n, seq: w.seq, pos: pos})
				}
			}
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "All":
			w.register(fr, r, "", args[0], w.fiberChain(args[1:]), pos, inLoop)
			return true
		}
		if m, ok := httpMethods[strings.ToUpper(name)]; ok && len(args) >= 2 {
			w.register(fr, r, m, args[0], w.fiberChain(args[1:]), pos, inLoop)
			return true
		}
	case "pb":
		// pocketbase: middleware is resolved when the mux is built, so
		// Bind covers routes registered before it too.
		switch name {
		case "Bind", "BindFunc":
			w.use(fr, r, args, pos)
			if val != nil {
				fr.vals[val] = r
			}
			return true
		case "Unbind":
			if val != nil {
				fr.vals[val] = r
			}
			return true
		case "Group":
			c := w.newRouter("pb", r, pos)
			c.prefix = constString(args[0])
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "Route":
			if rt := w.register(fr, r, constString(args[0]), args[1], args[2:], pos, inLoop); rt != nil && val != nil {
				fr.routes[val] = rt
			}
			return true
		case "Any":
			if rt := w.register(fr, r, "", args[0], args[1:], pos, inLoop); rt != nil && val != nil {
				fr.routes[val] = rt
			}
			return true
		}
		if m, ok := httpMethods[name]; ok || name == "SEARCH" {
			if !ok {
				m = "SEARCH"
			}
			if rt := w.register(fr, r, m, args[0], args[1:], pos, inLoop); rt != nil && val != nil {
				fr.routes[val] = rt
			}
			return true
		}
	case "gorilla":
		switch name {
		case "Use":
			w.use(fr, r, args, pos)
			return true
		case "Handle", "HandleFunc":
			var rt *route
			if len(args) == 2 {
				rt = w.register(fr, r, "", args[0], args[1:], pos, inLoop)
			} else if len(args) == 1 { // (*Route).Handler on a path builder
				rt = w.register(fr, r, "", nil, args, pos, inLoop)
			}
			if rt != nil && val != nil {
				fr.routes[val] = rt
			}
			return true
		case "Handler", "HandlerFunc":
			w.register(fr, r, "", nil, args, pos, inLoop)
			return true
		case "PathPrefix", "Path":
			c := w.newRouter("gorilla", r, pos)
			c.prefix = constString(args[0])
			if val != nil {
				fr.vals[val] = c
			}
			return true
		case "Subrouter", "Methods", "Schemes", "Host", "Headers", "Queries", "Name":
			if val != nil {
				fr.vals[val] = r
			}
			return true
		}
	}
	return false
}

// composite handles calls that are not methods of a known router:
// gorilla's Methods on a registered route, functions that register on
// router arguments (inlined in this package, facts across packages),
// functions returning routers.
func (w *walk) composite(fr *frame, obj *types.Func, cc *ssa.CallCommon, args []ssa.Value, val ssa.Value, pos token.Pos) {
	if obj.Name() == "Methods" && obj.Signature().Recv() != nil && typesutil.NamedPath(obj.Signature().Recv().Type()) == pkgGorilla+".Route" {
		if rt := fr.routes[cc.Args[0]]; rt != nil && len(args) == 1 {
			var ms []string
			for _, v := range w.elems(args[0]) {
				ms = append(ms, strings.ToUpper(constString(v)))
			}
			rt.method = strings.Join(ms, ",")
			if val != nil {
				fr.routes[val] = rt
			}
		}
		return
	}
	if recv := obj.Signature().Recv(); recv != nil && typesutil.NamedPath(recv.Type()) == pkgPB+".Route" &&
		(obj.Name() == "Bind" || obj.Name() == "BindFunc" || obj.Name() == "Unbind") {
		if rt := fr.routes[cc.Args[0]]; rt != nil {
			if obj.Name() != "Unbind" {
				for _, a := range args {
					for _, v := range w.elems(a) {
						g, name := w.a.resolveMW(v)
						rt.own = append(rt.own, mw{g: g, name: name, seq: rt.seq, pos: pos})
					}
				}
			}
			if val != nil {
				fr.routes[val] = rt
			}
		}
		return
	}
	all := cc.Args
	fn := cc.StaticCallee()
	inPkg := fn != nil && fn.Blocks != nil && fn.Pkg == w.a.ssa.Pkg
	var routerArgs bool
	for _, v := range all {
		// A router, or (for a function of this package that uses
		// routers) a struct holding one in a field: s.routes() after
		// s.mux = http.NewServeMux().
		if fr.lookup(v) != nil || inPkg && w.a.buildsRouter(fn) && len(fr.fieldsOf(v)) > 0 {
			routerArgs = true
			break
		}
	}
	returnsRouter := obj.Signature().Results().Len() >= 1 && w.a.routerKindOf(obj.Signature().Results().At(0).Type()) != ""
	if !returnsRouter && inPkg && returnsHandler(fn) && w.a.buildsRouter(fn) {
		// func routes() http.Handler { mux := ...; return mux }: the
		// router is what the caller serves or wraps.
		returnsRouter = true
	}
	if inPkg {
		if routerArgs || returnsRouter {
			w.inlineCall(fr, fn, all, nil, val)
		}
		return
	}
	var result *router
	if val != nil && slices.ContainsFunc(w.a.funcFactOf(obj).routes(), func(r factRoute) bool { return r.Param == resultParam }) {
		// The router the function made and returned: a new root here,
		// judged as this function mounts, serves or returns it.
		result = w.newRouter(resultKind(w.a, obj), nil, pos)
		fr.vals[val] = result
	}
	w.importRoutes(fr, obj, all, result, pos)
}

// importRoutes adds the routes of a function of another package, from its
// fact, to the routers of its call: those it registered on its router
// arguments, and those on the router it returned to result.
func (w *walk) importRoutes(fr *frame, obj *types.Func, all []ssa.Value, result *router, pos token.Pos) {
	for _, fr2 := range w.a.funcFactOf(obj).routes() {
		var r *router
		switch {
		case fr2.Param == resultParam:
			r = result
		case fr2.Param >= 0 && fr2.Param < len(all):
			r = fr.lookup(all[fr2.Param])
		}
		if r == nil {
			continue
		}
		w.seq++
		rt := &route{r: r, method: fr2.Method, pattern: fr2.Pattern, seq: w.seq, handler: fr2.Handler,
			acc: parseAccess(fr2.Touches), anon: parseAccess(fr2.Anon), pos: pos, remote: fr2.Pos, public: fr2.Public,
			unresolved: fr2.Unresolved, why: "registered in a loop or with a computed pattern"}
		for _, g := range fr2.Guards {
			kind, name, _ := strings.Cut(g, ":")
			rt.own = append(rt.own, mw{g: &guardInfo{kind: kind, name: name}, name: name, seq: w.seq, pos: pos})
		}
		r.routes = append(r.routes, rt)
	}
}

// resultKind is the framework of the router a function of another package
// returns: its result type's, or net/http's when that is http.Handler (a
// value the caller only mounts, wraps or serves).
func resultKind(a *pkgAnalysis, obj *types.Func) string {
	if res := obj.Signature().Results(); res.Len() > 0 {
		if k := a.routerKindOf(res.At(0).Type()); k != "" {
			return k
		}
	}
	return "http"
}

// inlineCall walks a function of this package with its arguments' routers.
func (w *walk) inlineCall(fr *frame, fn *ssa.Function, args []ssa.Value, bind map[int]*router, val ssa.Value) {
	mc, _ := fnValue(fr, fn)
	w.inlineClosure(fr, fn, args, bind, val, mc, fr)
}

// inlineClosure walks fn, a closure made by mc in frame mfr (or nil).
func (w *walk) inlineClosure(fr *frame, fn *ssa.Function, args []ssa.Value, bind map[int]*router, val ssa.Value, mc *ssa.MakeClosure, mfr *frame) {
	if w.depth > 16 || w.inline[fn] > 0 {
		return
	}
	w.inline[fn]++
	w.depth++
	defer func() { w.inline[fn]--; w.depth-- }()
	sub := newFrame(fn)
	sub.caller = fr
	if mc != nil && mfr != nil {
		sub.parent = mfr
		for i, fv := range fn.FreeVars {
			if i < len(mc.Bindings) {
				sub.free[fv] = mc.Bindings[i]
			}
		}
	}
	for i, p := range fn.Params {
		if r := bind[i]; r != nil {
			sub.vals[p] = r
		} else if i < len(args) {
			if r := fr.lookup(args[i]); r != nil {
				sub.vals[p] = r
			}
		}
		if i < len(args) {
			for name, r := range fr.fieldsOf(args[i]) {
				sub.fields[fieldKey{p, name}] = r
			}
		}
	}
	seq := w.seq
	w.walkFunc(sub)
	if val == nil {
		return
	}
	var wrapped []wrappedRouter
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) > 0 {
			if r := sub.lookup(ret.Results[0]); r != nil {
				r.escapes = false
				fr.vals[val] = r
			} else {
				wrapped = append(wrapped, w.flows(sub, ret.Results[0], 0)...)
			}
		}
	}
	if _, raw := fr.vals[val]; raw || len(wrapped) == 0 {
		return
	}
	// The function returns a router inside wrappers (return auth(mux)):
	// the caller's value is that router behind the weakest of them.
	weak := &router{param: -1}
	for _, f := range wrapped {
		if f.r != wrapped[0].r {
			return
		}
		weak.exits = append(weak.exits, exit{ws: f.ws})
	}
	r := wrapped[0].r
	if len(weak.cover()) == 0 {
		fr.vals[val] = r
	} else {
		fr.wrapped[val] = wrappedRouter{r: r, ws: weak.cover()}
	}
	if r.created > seq && fn.Parent() == nil && fn.Pkg == w.a.ssa.Pkg && !w.a.inTest(fn.Pos()) {
		// Made and returned wrapped by a function whose own walk judges
		// its routes with that exit.
		r.elsewhere = true
	}
}

// fnValue finds the MakeClosure of fn in the caller's frame, for its
// bindings.
func fnValue(fr *frame, fn *ssa.Function) (*ssa.MakeClosure, bool) {
	for _, b := range fr.fn.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				return mc, true
			}
		}
	}
	return nil, false
}

// applyFunc runs a function value (chi Route/Group callback) with its
// first parameter bound to router c.
func (w *walk) applyFunc(fr *frame, v ssa.Value, c *router, pos token.Pos) {
	fn := funcOf(v)
	if fn == nil {
		w.a.unresolvedAt(pos, "callback is not a known function")
		return
	}
	if fn.Blocks != nil && fn.Pkg == w.a.ssa.Pkg {
		w.inlineCall(fr, fn, nil, map[int]*router{0: c}, nil)
		return
	}
	// Another package's function: its fact, with c as parameter 0.
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return
	}
	tmp := newFrame(fr.fn)
	p := ssa.NewConst(constant.MakeInt64(0), types.Typ[types.Int])
	tmp.vals[p] = c
	w.composite(tmp, obj, &ssa.CallCommon{Value: fn, Args: []ssa.Value{p}}, nil, nil, pos)
}

// use appends middleware values (variadic slices are expanded) to r.
func (w *walk) use(fr *frame, r *router, args []ssa.Value, pos token.Pos) {
	for _, a := range args {
		vals := []ssa.Value{a}
		if _, ok := a.Type().Underlying().(*types.Slice); ok {
			vals = w.elems(a)
		}
		for _, v := range vals {
			w.seq++
			g, name := w.mwOf(fr, v)
			r.mws = append(r.mws, mw{g: g, name: name, seq: w.seq, pos: pos, at: fr.points()})
		}
	}
}

// elems returns the elements of a variadic argument slice in order.
func (w *walk) elems(v ssa.Value) []ssa.Value {
	els, ok := typesutil.InPlaceElems(v)
	if !ok {
		return nil
	}
	out := make([]ssa.Value, 0, len(els))
	for _, e := range els {
		out = append(out, e.Val)
	}
	return out
}

// constString is v's text if a string constant, else "\x00".
func constString(v ssa.Value) string {
	if s, ok := typesutil.ConstString(v); ok {
		return s
	}
	return "\x00" // not a constant
}

// register records a route whose chain is handler values (route middleware
// first, the handler last). A router registered as the handler sees the
// request's path as r sees it (net/http, chi Handle, gorilla, gin, echo,
// fiber do not strip the pattern), less what http.StripPrefix around it
// removes.
func (w *walk) register(fr *frame, r *router, method string, pattern ssa.Value, chain []ssa.Value, pos token.Pos, inLoop bool) *route {
	return w.registerRoute(fr, r, method, pattern, chain, pos, inLoop, false)
}

// mount records a registration that strips its pattern from the path a
// router registered as the handler sees (chi Mount): the router's routes
// are under the pattern.
func (w *walk) mount(fr *frame, r *router, method string, pattern ssa.Value, chain []ssa.Value, pos token.Pos, inLoop bool) *route {
	return w.registerRoute(fr, r, method, pattern, chain, pos, inLoop, true)
}

func (w *walk) registerRoute(fr *frame, r *router, method string, pattern ssa.Value, chain []ssa.Value, pos token.Pos, inLoop, strips bool) *route {
	w.seq++
	w.a.resolvedPos[pos] = true
	rt := &route{r: r, method: method, seq: w.seq, pos: pos}
	for r.inline && r.parent != nil {
		// chi With: the middleware is the route's own, and the route is a
		// sibling of the others registered on the parent.
		rt.own = append(rt.own, r.mws...)
		r = r.parent
		rt.r = r
	}
	if pattern != nil {
		rt.pattern = constString(pattern)
	}
	if r.kind == "http" && rt.method == "" {
		if m, rest, ok := strings.Cut(rt.pattern, " "); ok && strings.ToUpper(m) == m && !strings.Contains(m, "/") {
			rt.method, rt.pattern = m, strings.TrimSpace(rest)
		}
	}
	if strings.Contains(rt.pattern, "\x00") {
		rt.unresolved, rt.why = true, "pattern is not a constant"
	}
	if inLoop {
		rt.unresolved, rt.why = true, "registered in a loop"
	}
	if len(chain) == 0 {
		rt.unresolved, rt.why = true, "no handler"
		r.routes = append(r.routes, rt)
		return rt
	}
	chain, rt.after = w.splitAfter(fr, r, chain, pos)
	for _, v := range chain[:len(chain)-1] {
		g, name := w.mwOf(fr, v)
		rt.own = append(rt.own, mw{g: g, name: name, seq: w.seq, pos: pos})
	}
	sub, wrappers, h := w.resolve(fr, chain[len(chain)-1], 0)
	rt.own = append(rt.own, wrappers...)
	rt.cond = h.cond
	rt.at = fr.points()
	if sub != nil {
		if sub != r && sub.parent == nil && sub.param < 0 {
			// A router registered as a handler: its routes inherit our
			// middleware, and are under our pattern if the registration
			// strips it, under what http.StripPrefix strips in any case.
			sub.parent = r
			sub.mounted, sub.strips = true, strips
			pat := strings.TrimSuffix(strings.TrimSuffix(rt.pattern, "/*"), "/")
			if strips {
				sub.prefix = pat
			}
			for _, m := range rt.own {
				if m.strip == "\x00" {
					// A computed prefix: most often the pattern's own.
					sub.prefix += pat
				} else {
					sub.prefix += m.strip
				}
			}
			sub.outer = append(sub.outer, rt.own...)
		}
		return nil
	}
	switch {
	case h.fn != nil:
		rt.hfn = h.fn
		rt.handler = funcName(h.fn)
		rt.acc = w.a.handlerAccess(h.fn)
		if rt.acc == nil {
			rt.anon = w.a.handlerAnon(h.fn)
		}
		rt.public = w.a.isPublicFunc(h.fn)
	case h.name != "":
		rt.handler = h.name
		rt.acc = h.acc
	default:
		if !rt.unresolved {
			rt.unresolved, rt.why = true, "handler not resolved"
		}
	}
	if w.a.isPublicAt(pos) {
		rt.public = true
	}
	r.routes = append(r.routes, rt)
	return rt
}

// handlerRef is a resolved handler: a function of this package (fn), or a
// name and access known from a fact.
type handlerRef struct {
	fn   *ssa.Function
	name string
	acc  *access
	// cond names the guards that wrap the handler on some branches only
	// (h = auth(h) under a configuration switch); the weakest branch's
	// wrappers are the route's.
	cond string
}

// handlerAccess is the unchecked data access of a handler function.
func (a *pkgAnalysis) handlerAccess(fn *ssa.Function) *access {
	if fn.Blocks != nil && fn.Pkg == a.ssa.Pkg || fn.Parent() != nil {
		return a.touches(fn)
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		return a.funcAccessFact(obj)
	}
	return nil
}

// handlerAnon is anonTouches for a handler of this package, or the fact's
// for one of another.
func (a *pkgAnalysis) handlerAnon(fn *ssa.Function) *access {
	if fn.Blocks != nil && fn.Pkg == a.ssa.Pkg || fn.Parent() != nil {
		return a.anonTouches(fn)
	}
	if obj, ok := fn.Object().(*types.Func); ok {
		if f := a.funcFactOf(obj); f != nil && f.Anon != "" {
			return parseAccess(f.Anon)
		}
	}
	return nil
}

func (a *pkgAnalysis) funcAccessFact(obj *types.Func) *access {
	if f := a.funcFactOf(obj); f != nil && f.Touches != "" {
		return parseAccess(f.Touches)
	}
	return nil
}

// resolve follows a handler value: wrapping middleware calls become
// wrappers; a router becomes a mount; a function or handler constructor
// becomes the handler.
func (w *walk) resolve(fr *frame, v ssa.Value, depth int) (*router, []mw, handlerRef) {
	if depth > 8 || v == nil {
		return nil, nil, handlerRef{}
	}
	if r := fr.lookup(v); r != nil {
		return r, nil, handlerRef{}
	}
	if wr, ok := fr.wrapped[v]; ok {
		return wr.r, wr.ws, handlerRef{}
	}
	switch x := v.(type) {
	case *ssa.Phi:
		return w.resolvePhi(fr, x, depth)
	case *ssa.UnOp:
		// A local variable assigned once (h := auth(mux) captured by a
		// closure).
		if v2, fr2 := w.origin(fr, x); v2 != v && fr2 != nil {
			return w.resolve(fr2, v2, depth+1)
		}
	case *ssa.FreeVar:
		if v2, fr2 := w.origin(fr, x); v2 != v && fr2 != nil {
			return w.resolve(fr2, v2, depth+1)
		}
	case *ssa.ChangeType:
		return w.resolve(fr, x.X, depth+1)
	case *ssa.Convert:
		return w.resolve(fr, x.X, depth+1)
	case *ssa.MakeInterface:
		if _, ok := x.X.Type().Underlying().(*types.Signature); ok {
			return w.resolve(fr, x.X, depth+1)
		}
		if r := fr.lookup(x.X); r != nil {
			return r, nil, handlerRef{}
		}
		// A value whose type implements http.Handler.
		ms := w.a.prog.MethodSets.MethodSet(x.X.Type())
		if sel := ms.Lookup(nil, "ServeHTTP"); sel != nil {
			if fn := w.a.prog.MethodValue(sel); fn != nil {
				return nil, nil, handlerRef{fn: fn}
			}
		}
		return nil, nil, handlerRef{}
	case *ssa.Function, *ssa.MakeClosure:
		if fn := funcOf(x); fn != nil {
			return nil, nil, handlerRef{fn: fn}
		}
	case *ssa.Call:
		cc := &x.Call
		obj := typesutil.Callee(cc)
		if obj != nil {
			full := obj.Origin().FullName()
			if full == "(github.com/justinas/alice.Chain).Then" || full == "(github.com/justinas/alice.Chain).ThenFunc" {
				wrappers := w.aliceChain(cc.Args[0], x.Pos(), 0)
				r, ws, h := w.resolve(fr, cc.Args[1], depth+1)
				return r, append(wrappers, ws...), h
			}
		}
		// A list of middleware applied by a function of the program:
		// mid.Use(h, mid.RequirePermission(p), mid.RequireLogin), outer
		// first.
		if sp := w.a.wrapOf(obj); obj != nil && !cc.IsInvoke() && sp != nil && sp.Kind == "apply" && sp.HandlerParam < len(cc.Args) && sp.ChainParam < len(cc.Args) {
			var chain []mw
			for _, m := range w.elems(cc.Args[sp.ChainParam]) {
				g, name := w.mwOf(fr, m)
				chain = append(chain, mw{g: g, name: name, pos: x.Pos()})
			}
			if !sp.Reverse {
				slices.Reverse(chain) // the last applied is the outermost
			}
			r, ws, h := w.resolve(fr, cc.Args[sp.HandlerParam], depth+1)
			return r, append(chain, ws...), h
		}
		// A middleware applied to a handler: mw(h), auth(next), or a
		// constructor's result applied: jwtauth.Authenticator(ta)(h).
		var mwg *guardInfo
		var mwname string
		isMW := false
		if obj != nil && !cc.IsInvoke() && isMiddlewareSig(obj.Signature()) {
			isMW = true
			mwg, mwname = w.mwOf(fr, cc.Value)
			mwg = offAt(mwg, obj, cc)
		} else if obj == nil && isMiddlewareSig(cc.Value.Type()) {
			// A middleware held in a variable: a closure, a method value
			// (authn := s.Tokens.Middleware), perhaps captured.
			isMW = true
			mwg, mwname = w.mwOf(fr, cc.Value)
		}
		if isMW {
			args := cc.Args
			// The receiver comes first in a static method call, but not in
			// a call of a method value (authn := s.Tokens.Middleware;
			// authn(h)), which has bound it.
			if obj != nil && obj.Signature().Recv() != nil && len(args) == obj.Signature().Params().Len()+1 {
				args = args[1:]
			}
			m := mw{g: mwg, name: mwname, pos: x.Pos()}
			if obj != nil && obj.FullName() == "net/http.StripPrefix" {
				m.strip = constString(args[0]) // "\x00" when computed
			}
			for _, arg := range args {
				if isHandlerType(arg.Type()) || w.a.routerKindOf(arg.Type()) != "" {
					r, ws, h := w.resolve(fr, arg, depth+1)
					if mwg != nil && mwg.cond != "" && h.cond == "" {
						h.cond = mwg.cond // protect(h) returning h unwrapped when debugging
					}
					return r, append([]mw{m}, ws...), h
				}
			}
			return nil, nil, handlerRef{}
		}
		// A handler constructor: s.handleGet(), api.Handler(db).
		if callee := cc.StaticCallee(); callee != nil {
			if callee.Blocks != nil && callee.Pkg == w.a.ssa.Pkg {
				if h := w.a.returnedHandler(callee, 0); h != nil {
					return nil, nil, handlerRef{fn: h}
				}
				return nil, nil, handlerRef{}
			}
			if obj != nil {
				if f := w.a.funcFactOf(obj); f != nil {
					return nil, nil, handlerRef{name: typesutil.ShortFuncName(obj.Origin().FullName()) + "(...)", acc: parseAccess(f.Returns)}
				}
				if returnsHandler(callee) || obj.Pkg() != nil {
					return nil, nil, handlerRef{name: typesutil.ShortFuncName(obj.Origin().FullName()) + "(...)"}
				}
			}
		}
	}
	return nil, nil, handlerRef{}
}

// resolvePhi follows a handler variable assigned on branches (var h
// http.Handler = f; if !debug { h = auth(h) }). Every branch must be the
// same handler (or router); a request takes any of them, so, as for a
// router's exits, the weakest branch's wrappers are the route's, and the
// guards of the stronger branches are named as conditional.
func (w *walk) resolvePhi(fr *frame, phi *ssa.Phi, depth int) (*router, []mw, handlerRef) {
	var r0 *router
	var h0 handlerRef
	var weak []mw
	weakS, strongS := 3, -1
	var strong []mw
	for i, e := range phi.Edges {
		r, ws, h := w.resolve(fr, e, depth+1)
		if r == nil && h.fn == nil && h.name == "" {
			return nil, nil, handlerRef{}
		}
		if i == 0 {
			r0, h0 = r, h
		} else if r != r0 || h.fn != h0.fn || h.name != h0.name {
			return nil, nil, handlerRef{}
		}
		s := chainStrength(ws)
		if s < weakS {
			weakS, weak = s, ws
		}
		if s > strongS {
			strongS, strong = s, ws
		}
		if h.cond != "" {
			h0.cond = h.cond
		}
	}
	if strongS > weakS {
		var names []string
		for _, m := range strong {
			if m.g.isGuard() && !slices.Contains(names, m.name) {
				names = append(names, m.name)
			}
		}
		h0.cond = strings.Join(names, " and ")
	}
	return r0, weak, h0
}

// chainStrength is the strongest guard of a chain: 0 none, 1 authn, 2
// authz.
func chainStrength(ws []mw) int {
	s := 0
	for _, m := range ws {
		s = max(s, guardStrength(m.g))
	}
	return s
}

// aliceChain returns the middleware of an alice chain value built here:
// alice.New(m...), chain.Append(m...), chain.Extend(other).
func (w *walk) aliceChain(v ssa.Value, pos token.Pos, depth int) []mw {
	c, ok := v.(*ssa.Call)
	if !ok || depth > 8 {
		return nil
	}
	obj := typesutil.Callee(&c.Call)
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "github.com/justinas/alice" {
		return nil
	}
	args := c.Call.Args
	var out []mw
	switch obj.Name() {
	case "New":
	case "Append":
		out, args = w.aliceChain(args[0], pos, depth+1), args[1:]
	case "Extend":
		return append(w.aliceChain(args[0], pos, depth+1), w.aliceChain(args[1], pos, depth+1)...)
	default:
		return nil
	}
	if len(args) != 1 {
		return out
	}
	for _, m := range w.elems(args[0]) {
		g, name := w.a.resolveMW(m)
		out = append(out, mw{g: g, name: name, pos: pos})
	}
	return out
}

// buildsRouter reports whether fn makes or holds a router value: a
// function returning http.Handler that does is inlined where it is called,
// so that the caller sees the router it returns.
func (a *pkgAnalysis) buildsRouter(fn *ssa.Function) bool {
	if b, ok := a.builds[fn]; ok {
		return b
	}
	if a.builds == nil {
		a.builds = map[*ssa.Function]bool{}
	}
	b := false
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			if v, ok := instr.(ssa.Value); ok && a.routerKindOf(v.Type()) != "" {
				b = true
			}
		}
	}
	a.builds[fn] = b
	return b
}

// resolveMW decides a middleware value: a function, closure, method value
// or a constructor's result, or a variable assigned one of them on each
// branch (a phi).
func (a *pkgAnalysis) resolveMW(v ssa.Value) (*guardInfo, string) {
	return a.resolveMW1(v, 0)
}

func (a *pkgAnalysis) resolveMW1(v ssa.Value, depth int) (*guardInfo, string) {
	v = typesutil.Unconvert(v)
	switch x := v.(type) {
	case *ssa.Phi:
		// var guard func(http.Handler) http.Handler; if sso { guard =
		// Authenticate } else { guard = SessionAuth }: a request takes any
		// branch, so the weakest decides, and a branch assigning no guard
		// (an identity function) makes it none.
		if depth > 4 {
			return nil, "?"
		}
		var gs []*guardInfo
		var names []string
		for _, e := range x.Edges {
			g, name := a.resolveMW1(e, depth+1)
			if !g.isGuard() {
				return g, name
			}
			gs = append(gs, g)
			if !slices.Contains(names, name) {
				names = append(names, name)
			}
		}
		if len(gs) == 0 {
			return nil, "?"
		}
		weak := gs[0]
		for _, g := range gs[1:] {
			if guardStrength(g) < guardStrength(weak) {
				weak = g
			}
		}
		name := strings.Join(names, " or ")
		return &guardInfo{kind: weak.kind, why: "every branch assigns a guard", name: name}, name
	case *ssa.Function, *ssa.MakeClosure:
		fn := funcOf(x)
		if fn == nil {
			return nil, "?"
		}
		g := a.inferGuard(fn, 0)
		if g != nil && g.why == "composed" {
			// A closure composing guards is named by what it applies.
			return g, g.name
		}
		return g, funcName(fn)
	case *ssa.Call:
		obj := typesutil.Callee(&x.Call)
		if obj == nil {
			return nil, "?"
		}
		name := typesutil.ShortFuncName(obj.Origin().FullName())
		callee := x.Call.StaticCallee()
		if callee == nil {
			return nil, name
		}
		g := a.inferGuard(callee, 0)
		if g != nil && len(g.gated) > 0 {
			g = atSite(g, name, x.Call.Args)
			return g, g.name
		}
		return offAt(g, obj, &x.Call), name
	}
	return nil, "?"
}

// isParamOf reports whether v is (a load of) a parameter of fn: registrations
// on a parameter are summarised, not unresolved.
func isParamOf(v ssa.Value, fn *ssa.Function) bool {
	if u, ok := v.(*ssa.UnOp); ok {
		v = u.X
	}
	_, ok := v.(*ssa.Parameter)
	return ok
}

// countUnmodelled counts registrations on routers of frameworks the model
// does not know (an in-house router wrapping chi, say): a method named like a
// registration, whose first argument is a constant path, on a receiver that
// is an http.Handler. They are never reported; the Result lists them so that
// a measurement counts them rather than guessing.
func (a *pkgAnalysis) countUnmodelled() {
	for _, fn := range a.ssa.SrcFuncs {
		if a.inTest(fn.Pos()) {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				cc := call.Common()
				if callee := cc.StaticCallee(); callee != nil && callee != fn {
					a.calledInPkg[callee] = true
				}
				if a.wrapSite(cc, call.Pos()) {
					continue
				}
				obj := typesutil.Callee(cc)
				if obj == nil || obj.Signature().Recv() == nil {
					continue
				}
				switch obj.Name() {
				case "Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Any", "Handle", "HandleFunc",
					"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Group", "Route", "Mount", "Combo", "PathGroup", "Methods":
				default:
					continue
				}
				recvT := obj.Signature().Recv().Type()
				if a.routerKindOf(recvT) != "" || a.isBuilderType(recvT) || typesutil.NamedPath(recvT) == pkgGorilla+".Route" || typesutil.NamedPath(recvT) == pkgPB+".Route" {
					continue
				}
				args := cc.Args
				if !cc.IsInvoke() {
					args = args[1:]
				}
				if len(args) == 0 {
					continue
				}
				if obj.Name() == "Methods" && len(args) > 1 {
					args = args[1:]
				}
				if p := constString(args[0]); p == "\x00" || p != "" && !strings.HasPrefix(p, "/") {
					continue
				}
				ms := a.prog.MethodSets.MethodSet(types.NewPointer(typesutil.Deref(recvT)))
				if ms.Lookup(nil, "ServeHTTP") == nil && a.prog.MethodSets.MethodSet(recvT).Lookup(nil, "ServeHTTP") == nil {
					continue
				}
				a.unresolvedAt(call.Pos(), "router type "+typesutil.NamedPath(recvT)+" not modelled")
			}
		}
	}
}

// inTest reports a position in a _test.go file.
func (a *pkgAnalysis) inTest(pos token.Pos) bool {
	return pos.IsValid() && strings.HasSuffix(a.pass.Fset.Position(pos).Filename, "_test.go")
}

// fiberChain flattens fiber v2's handlers ...Handler: middleware first,
// the route's handler last.
func (w *walk) fiberChain(args []ssa.Value) []ssa.Value {
	var out []ssa.Value
	for _, a := range args {
		if _, ok := a.Type().Underlying().(*types.Slice); ok {
			out = append(out, w.elems(a)...)
		} else {
			out = append(out, a)
		}
	}
	return out
}

// routerKindOf is routerKind, or "wrap" for a router wrapper of analysed
// code.
func (a *pkgAnalysis) routerKindOf(t types.Type) string {
	if k := routerKind(t); k != "" {
		return k
	}
	if a.isWrapRouter(t) {
		return "wrap"
	}
	return ""
}

// mwOf decides a middleware value in the route model: a value captured by
// a closure is followed to its binding, and a guard factory's result is
// judged with the options of the call that made it.
func (w *walk) mwOf(fr *frame, v ssa.Value) (*guardInfo, string) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	v, _ = w.origin(fr, v)
	return w.a.resolveMW(v)
}
