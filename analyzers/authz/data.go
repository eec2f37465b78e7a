package authz

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// access is a data access a function reaches: the modelled call and the
// functions it was reached through.
type access struct {
	desc  string   // "(*sql.DB).QueryContext"
	chain []string // functions between the handler and the call, outermost first
	// unseen: the access is a call of an interface whose implementations
	// this package cannot see (see unseenImpls). It counts in this
	// package only: facts do not carry it, so that a plugin registry deep
	// in another package (renderers, storage drivers registered by
	// packages that import it) is not taken for data access everywhere.
	unseen bool
}

// via returns x reached through fn (a function's name).
func (x *access) via(fn string) *access {
	return &access{desc: x.desc, chain: append([]string{fn}, x.chain...), unseen: x.unseen}
}

// definite returns x unless it rests on an unseen implementation: the
// access a fact may carry.
func (x *access) definite() *access {
	if x == nil || x.unseen {
		return nil
	}
	return x
}

func (x *access) String() string {
	if x == nil {
		return ""
	}
	if len(x.chain) == 0 {
		return x.desc
	}
	return x.desc + " via " + strings.Join(x.chain, " → ")
}

// writeWords begin the names of calls that change rows: the modelled
// call (ExecContext, gorm's Save, bun's NewDelete) or a function on the way
// to it (a store's DeleteNote, AddNote).
var writeWords = set("exec", "insert", "update", "updates", "delete", "create", "save", "remove",
	"upsert", "replace", "truncate", "drop", "destroy", "purge", "erase", "modify", "patch", "put",
	"add", "set", "write", "store", "archive", "restore", "revoke", "grant", "assign", "move")

// writes reports whether x changes data, by the names of its call and of
// the functions it was reached through.
func (x *access) writes() bool {
	for _, name := range append([]string{x.desc}, x.chain...) {
		if strings.HasPrefix(name, "func literal in ") {
			continue
		}
		name = name[strings.LastIndexByte(name, '.')+1:]
		w := words(name)
		// bun's NewDelete, sqlx's MustExec, NamedExecContext.
		if len(w) > 1 && (w[0] == "new" || w[0] == "must" || w[0] == "named") {
			w = w[1:]
		}
		if len(w) > 0 && writeWords[w[0]] {
			return true
		}
	}
	return false
}

// parseAccess turns a fact's Touches back into an access.
func parseAccess(s string) *access {
	if s == "" {
		return nil
	}
	desc, via, ok := strings.Cut(s, " via ")
	x := &access{desc: desc}
	if ok {
		x.chain = strings.Split(via, " → ")
	}
	return x
}

// touches returns the first data access fn reaches that no authorisation
// check in fn dominates, or nil. Recursion through this package's functions
// is memoised; a cycle counts as no access.
func (a *pkgAnalysis) touches(fn *ssa.Function) *access {
	if fn == nil || fn.Blocks == nil {
		return nil
	}
	if x, ok := a.touch[fn]; ok {
		return x
	}
	a.touch[fn] = nil
	var found *access
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			x := a.callAccess(call.Common())
			if x == nil {
				continue
			}
			// A lookup before the check is the check's (load the record,
			// then decide whether the user may see it); a write before
			// it has happened whatever the check decides.
			if a.checkedBefore(fn, b) || principalScoped(call.Common()) || !x.writes() && a.checkedAfter(b) {
				continue
			}
			if found == nil || found.unseen && !x.unseen {
				found = x // a definite access is preferred to an unseen one
			}
			if !found.unseen {
				break
			}
		}
		if found != nil && !found.unseen {
			break
		}
	}
	a.touch[fn] = found
	return found
}

// callAccess is the data access reached by one call: a modelled data call,
// or an unchecked access inside the callee.
func (a *pkgAnalysis) callAccess(cc *ssa.CallCommon) *access {
	if obj := typesutil.Callee(cc); obj != nil && isAuthLookupName(obj.Name()) && !resourceKeyed(cc) {
		return nil
	}
	if cc.IsInvoke() {
		return a.invokeAccess(cc.Method)
	}
	callee := cc.StaticCallee()
	if callee == nil {
		return nil
	}
	if obj, ok := callee.Object().(*types.Func); ok && a.isCheckObj(obj) {
		return nil // the lookups an authorisation check makes are the check's
	}
	if callee.Blocks != nil && callee.Pkg == a.ssa.Pkg {
		if x := a.touches(callee); x != nil {
			return x.via(funcName(callee))
		}
		return nil
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil {
		return nil
	}
	full := obj.Origin().FullName()
	if models.IsDataAccess(full) {
		return &access{desc: typesutil.ShortFuncName(full)}
	}
	if f := a.funcFactOf(obj); f != nil && f.Touches != "" {
		x := parseAccess(f.Touches)
		return &access{desc: x.desc, chain: append([]string{typesutil.ShortFuncName(full)}, x.chain...)}
	}
	return nil
}

// invokeAccess resolves an interface method call: a modelled data
// interface (dbx.Builder, pgx.Tx), an implementation in this package or a
// package it imports, or an interface named like a store or repository.
func (a *pkgAnalysis) invokeAccess(m *types.Func) *access {
	full := m.Origin().FullName()
	if models.IsDataAccess(full) {
		return &access{desc: typesutil.ShortFuncName(full)}
	}
	recv := m.Signature().Recv()
	if recv == nil {
		return nil
	}
	iface, _ := recv.Type().Underlying().(*types.Interface)
	if iface == nil {
		return nil
	}
	pkgs := append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...)
	if n, ok := types.Unalias(recv.Type()).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != a.pass.Pkg {
		// The interface's own package and its imports: gitea's db.Engine
		// is implemented by xorm's types.
		pkgs = append(pkgs, n.Obj().Pkg())
		pkgs = append(pkgs, n.Obj().Pkg().Imports()...)
	}
	seenPkg := map[*types.Package]bool{}
	anyImpl := false
	for _, pkg := range pkgs {
		if seenPkg[pkg] {
			continue
		}
		seenPkg[pkg] = true
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			if _, isIface := tn.Type().Underlying().(*types.Interface); isIface {
				continue
			}
			for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
				if !types.Implements(t, iface) {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, m.Name())
				impl, _ := obj.(*types.Func)
				if impl == nil {
					continue
				}
				anyImpl = true
				if x := a.funcAccess(impl); x != nil {
					return x
				}
				break
			}
		}
	}
	// The name hint: a method of an interface named like a store or
	// repository that takes a context.Context (data access passes one; a
	// request's key-value store or a session's does not).
	if n, ok := types.Unalias(recv.Type()).(*types.Named); ok && takesContext(m.Signature()) {
		w := words(n.Obj().Name())
		if len(w) > 0 {
			switch w[len(w)-1] {
			case "store", "repository", "repo", "dao", "storage":
				return &access{desc: typesutil.ShortFuncName(full) + " (a " + w[len(w)-1] + " interface)"}
			}
		}
	}
	if n, ok := types.Unalias(recv.Type()).(*types.Named); ok && !anyImpl && a.unseenImpls(n, iface) {
		// Dependency injection: the interface is implemented only by code
		// this package does not depend on (main wires a *repo.SQLStore
		// into a handler that holds an api.Store), so what the call does
		// cannot be seen here. Default deny: it counts as reaching data.
		return &access{desc: typesutil.ShortFuncName(full) + " (an interface implemented outside the packages this one imports)", unseen: true}
	}
	return nil
}

// funcAccess is the access reached by calling a function object.
func (a *pkgAnalysis) funcAccess(obj *types.Func) *access {
	full := obj.Origin().FullName()
	if models.IsDataAccess(full) {
		return &access{desc: typesutil.ShortFuncName(full)}
	}
	if obj.Pkg() == a.pass.Pkg {
		if fn := a.prog.FuncValue(obj); fn != nil {
			if x := a.touches(fn); x != nil {
				return x.via(funcName(fn))
			}
		}
		return nil
	}
	if f := a.funcFactOf(obj); f != nil && f.Touches != "" {
		x := parseAccess(f.Touches)
		return &access{desc: x.desc, chain: append([]string{typesutil.ShortFuncName(full)}, x.chain...)}
	}
	return nil
}

func takesContext(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if typesutil.IsNamed(sig.Params().At(i).Type(), "context", "Context") {
			return true
		}
	}
	return false
}

// Principal scoping: a data call one of whose arguments derives from the
// authenticated principal (the user the request context carries: gitea's
// ctx.Doer, pocketbase's e.Auth, auth.UserFromContext(ctx)) is keyed by who
// asks, an object-level check of its own (a query filtered by owner or by
// the actor's visibility).

// principalFields are names of request-context fields that hold the
// principal. ContextUser (the user whose page is shown) is not one.
var principalFields = set("user", "doer", "auth", "principal", "account", "identity", "claims", "subject",
	"actor", "currentuser", "authuser", "authrecord", "sessionuser", "viewer", "caller", "requester")

// principalCall: a function that returns the principal of a request
// (UserFromContext, CurrentUser, GetSessionUser, ClaimsFromContext).
func principalCall(name string) bool {
	who, from := false, false
	for _, w := range words(name) {
		switch w {
		case "user", "principal", "claims", "identity", "account", "auth":
			who = true
		case "from", "current", "session", "ctx", "context", "me":
			from = true
		}
	}
	return who && from
}

// resourceKeyed reports whether an argument of cc is computed from a route
// parameter that names a resource (r.PathValue("id"), mux.Vars(r)["id"]),
// not a credential ({token}): a call named like a credential lookup
// (LoginHistory, SessionsOf) so keyed reads the resource's data, whatever
// its name.
// secretKeyName reports whether a route parameter carries a credential
// (/reset/{token}, /sessions/:sid) rather than a resource (/history/:user
// is a user's id, whatever the credential words say of a condition on
// "user"): a credential by the shared vocabulary (models.SensitiveName:
// token, password, API key, secret, one-time codes), or one of the words
// a path uses for a session or a link's code.
func secretKeyName(name string) bool {
	if k, _ := models.SensitiveName(name, false); k&models.Credential != 0 {
		return true
	}
	return hasWordIn(pathSecretWords, name)
}

var pathSecretWords = set("session", "sid", "signature", "code", "nonce", "key")

func resourceKeyed(cc *ssa.CallCommon) bool {
	seen := map[ssa.Value]bool{}
	for _, a := range cc.Args {
		if fromRouteParam(a, 0, seen) {
			return true
		}
	}
	return false
}

func fromRouteParam(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > 8 || seen[v] {
		return false
	}
	seen[v] = true
	resource := func(key ssa.Value) bool {
		k := constString(typesutil.Unconvert(key))
		return k != "\x00" && !secretKeyName(k)
	}
	switch x := v.(type) {
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil {
			if i, ok := models.RouteParamKey(obj.Origin().FullName()); ok {
				if !x.Call.IsInvoke() && obj.Signature().Recv() != nil {
					i++
				}
				return i < len(x.Call.Args) && resource(x.Call.Args[i])
			}
		}
		// strconv.Atoi(r.PathValue("id")), "login:" + id through a helper.
		for _, a := range x.Call.Args {
			if fromRouteParam(a, depth+1, seen) {
				return true
			}
		}
	case *ssa.Lookup:
		// mux.Vars(r)["id"].
		if c, ok := x.X.(*ssa.Call); ok {
			if obj := typesutil.Callee(&c.Call); obj != nil && obj.Origin().FullName() == "github.com/gorilla/mux.Vars" {
				return resource(x.Index)
			}
		}
		return fromRouteParam(x.X, depth+1, seen)
	case *ssa.Extract:
		return fromRouteParam(x.Tuple, depth+1, seen)
	case *ssa.UnOp:
		return fromRouteParam(x.X, depth+1, seen)
	case *ssa.BinOp:
		return fromRouteParam(x.X, depth+1, seen) || fromRouteParam(x.Y, depth+1, seen)
	case *ssa.Convert:
		return fromRouteParam(x.X, depth+1, seen)
	case *ssa.ChangeType:
		return fromRouteParam(x.X, depth+1, seen)
	case *ssa.MakeInterface:
		return fromRouteParam(x.X, depth+1, seen)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if fromRouteParam(e, depth+1, seen) {
				return true
			}
		}
	}
	return false
}

// returnsContext: a function whose only result is a context.Context
// returns the request's context, not its principal (fiber's
// c.UserContext() is context.Background() unless set), however it is
// named; a store call given it is not scoped to anyone.
func returnsContext(sig *types.Signature) bool {
	return sig.Results().Len() == 1 && typesutil.IsNamed(sig.Results().At(0).Type(), "context", "Context")
}

// principalKeyed reports a call of a context getter whose constant key
// names the principal.
func principalKeyed(cc *ssa.CallCommon) bool {
	obj := typesutil.Callee(cc)
	if obj == nil {
		return false
	}
	// A read of a value a middleware stored in the request's key-value
	// store (gin's c.Set("user", u), echo's c.Set, fiber's Locals,
	// context.WithValue): the principal when the key, a constant, names
	// it as a principalFields name does ("user", "currentUser", "auth_user").
	i, ok := models.ContextGetter(obj.FullName())
	if !ok {
		return false
	}
	if !cc.IsInvoke() && obj.Signature().Recv() != nil {
		i++ // the receiver comes first in a static method call
	}
	if i >= len(cc.Args) {
		return false
	}
	key := constString(typesutil.Unconvert(cc.Args[i]))
	if key == "\x00" {
		return false
	}
	key = strings.NewReplacer("_", "", "-", "", ".", "").Replace(strings.ToLower(key))
	return principalFields[key]
}

func principalScoped(cc *ssa.CallCommon) bool {
	seen := map[ssa.Value]bool{}
	for _, a := range cc.Args {
		if fromPrincipal(a, 0, seen) || visibilityFiltered(a) {
			return true
		}
	}
	return false
}

// visibilityWords name option fields that restrict a query by visibility.
var visibilityWords = set("visible", "visibility", "public", "private")

// visibilityFiltered reports whether v is an options struct literal (by
// value or pointer) whose visibility field the program fixes
// (SearchUserOptions{Visible: []VisibleType{VisibleTypePublic}},
// FindOptions{IsPrivate: optional.Some(false)}): the query returns only
// what its visibility allows, whoever asks. A visibility taken from the
// request is not a filter.
func visibilityFiltered(v ssa.Value) bool {
	for {
		switch x := v.(type) {
		case *ssa.UnOp:
			v = x.X
			continue
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		}
		break
	}
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, ref := range *alloc.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		name, private := false, false
		for _, w := range words(fieldName(fa.X.Type(), fa.Field)) {
			if visibilityWords[w] {
				name = true
				private = private || w == "private"
			}
		}
		if !name {
			continue
		}
		for _, r2 := range *fa.Referrers() {
			st, ok := r2.(*ssa.Store)
			if !ok || st.Addr != fa || !fixedValue(st.Val, 0) {
				continue
			}
			// A flag must select the public side: Private false, Public
			// or Visible true (IsPrivate: optional.Some(true) lists
			// private rows to whoever asks).
			if b, ok := boolConst(st.Val); ok && b == private {
				continue
			}
			return true
		}
	}
	return false
}

// fixedValue: a constant, a slice literal of constants, or a call of
// constants (optional.Some(true)): a value the program text fixes.
func fixedValue(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.MakeInterface:
		return fixedValue(x.X, depth+1)
	case *ssa.ChangeType:
		return fixedValue(x.X, depth+1)
	case *ssa.Convert:
		return fixedValue(x.X, depth+1)
	case *ssa.Slice:
		els, ok := typesutil.InPlaceElems(x)
		if !ok {
			return false
		}
		for _, e := range els {
			if !fixedValue(e.Val, depth+1) {
				return false
			}
		}
		return true
	case *ssa.Call:
		if x.Call.IsInvoke() {
			return false
		}
		for _, a := range x.Call.Args {
			if !fixedValue(a, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// fromPrincipal reports whether v is computed from the principal: a
// principal field of a request context, a principal call, or a struct
// literal with such a field (&SearchOptions{Actor: ctx.Doer}).
func fromPrincipal(v ssa.Value, depth int, seen map[ssa.Value]bool) bool {
	if v == nil || depth > 16 || seen[v] {
		return false
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.FieldAddr:
		if isCtxType(x.X.Type()) && principalFields[strings.ToLower(fieldName(x.X.Type(), x.Field))] {
			return true
		}
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Field:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.UnOp:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.ChangeType:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Convert:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.MakeInterface:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.TypeAssert:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Extract:
		return fromPrincipal(x.Tuple, depth+1, seen)
	case *ssa.IndexAddr:
		// An element of a result keyed by the principal (for _, r :=
		// range results { ids = append(ids, r.RepoID) }).
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Index:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Slice:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Lookup:
		return fromPrincipal(x.X, depth+1, seen)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if fromPrincipal(e, depth+1, seen) {
				return true
			}
		}
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil && principalCall(obj.Name()) && !returnsContext(obj.Signature()) || principalKeyed(&x.Call) {
			return true
		}
		if x.Call.IsInvoke() {
			return fromPrincipal(x.Call.Value, depth+1, seen)
		}
		// A method of the principal (ctx.Doer.GetID()), or a conversion of
		// it (strconv.FormatInt(ctx.Doer.ID, 10)).
		for _, a := range x.Call.Args {
			if fromPrincipal(a, depth+1, seen) {
				return true
			}
		}
	case *ssa.Alloc:
		// A struct literal's fields, an array's elements (the varargs
		// of append), or a captured variable.
		for _, ref := range *x.Referrers() {
			var addr ssa.Value
			switch r := ref.(type) {
			case *ssa.FieldAddr:
				addr = r
			case *ssa.IndexAddr:
				addr = r
			case *ssa.Store:
				if r.Addr == x && fromPrincipal(r.Val, depth+1, seen) {
					return true
				}
				continue
			default:
				continue
			}
			for _, r2 := range *addr.Referrers() {
				if st, ok := r2.(*ssa.Store); ok && st.Addr == addr && fromPrincipal(st.Val, depth+1, seen) {
					return true
				}
			}
		}
	}
	return false
}

// boolConst is the boolean constant v holds, directly or as the single
// argument of a wrapping call (optional.Some(false)).
func boolConst(v ssa.Value) (bool, bool) {
	if c, ok := v.(*ssa.Call); ok && len(c.Call.Args) == 1 {
		v = c.Call.Args[0]
	}
	if c, ok := v.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Bool {
		return constant.BoolVal(c.Value), true
	}
	return false, false
}

// unseenImpls reports whether the interface n, declared in a package of
// your code (not the standard library), has no implementation among the
// named types of this package and every package it imports, directly or
// not: its implementations are wired in by code that imports this
// package. Memoised per interface.
func (a *pkgAnalysis) unseenImpls(n *types.Named, iface *types.Interface) bool {
	obj := n.Obj()
	if obj.Pkg() == nil || typesutil.IsStdPath(obj.Pkg().Path()) || iface.NumMethods() == 0 {
		return false
	}
	if v, ok := a.unseen[obj]; ok {
		return v
	}
	unseen := true
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package) bool // true: an implementation found
	visit = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if !typesutil.IsStdPath(p.Path()) {
			scope := p.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
					continue
				}
				if types.Implements(tn.Type(), iface) || types.Implements(types.NewPointer(tn.Type()), iface) {
					return true
				}
			}
		}
		for _, imp := range p.Imports() {
			if visit(imp) {
				return true
			}
		}
		return false
	}
	if visit(a.pass.Pkg) || visit(obj.Pkg()) {
		unseen = false
	}
	a.unseen[obj] = unseen
	return unseen
}
