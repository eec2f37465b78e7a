package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Error routes (models.ErrorRoutes): echo and fiber hand the error a
// route's handler returns to the error handler the application set on the
// app it registered the route on. What that handler writes of its error
// parameter is written from each return of the route's handler:
//
//	e.HTTPErrorHandler = pageError // c.HTML(code, "<p>"+msg+"</p>")
//	e.GET("/wards/:ward", ward)    // return echo.NewHTTPError(404, "no ward "+c.Param("ward"))
//
// The app is followed from where the handler is set to where routes are
// registered: the same value (or a group derived from it), a global or a
// field it is kept in, or a parameter every caller passes it to. A route
// registered on an app that cannot be followed so is left alone, as is an
// app with the framework's default handler. A handler adapter of the
// program (type appHandler func(w, r) error, whose ServeHTTP writes the
// error) is such a route too (adapterRoutes).

// errRoute is an error handler a route's errors are handed to.
type errRoute struct {
	fn  *ssa.Function
	row *models.ErrorRoute
}

// errRoutes returns the error handlers that the errors fn returns are
// handed to. It depends on no summary: computed once per package.
func (p *pkgState) errRoutes(fn *ssa.Function) []errRoute {
	if p.errRouteOf == nil {
		p.errRouteOf = p.findErrRoutes()
		p.errHandlerOf = map[*ssa.Function]bool{}
		for _, rs := range p.errRouteOf {
			for _, r := range rs {
				p.errHandlerOf[r.fn] = true
			}
		}
	}
	return p.errRouteOf[fn]
}

// routedErrorHandler reports whether fn is the error handler of a route
// of the package (errRoutes).
func (p *pkgState) routedErrorHandler(fn *ssa.Function) bool {
	p.errRoutes(nil)
	return p.errHandlerOf[fn]
}

func (p *pkgState) findErrRoutes() map[*ssa.Function][]errRoute {
	out := p.adapterRoutes()
	// The frameworks this package imports: a handler's type names its
	// context (echo.Context), so a package of routes imports it.
	var rows []*models.ErrorRoute
	for i := range models.ErrorRoutes {
		row := &models.ErrorRoutes[i]
		if slices.ContainsFunc(p.pass.Pkg.Imports(), func(imp *types.Package) bool { return imp.Path() == row.Pkg }) {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return out
	}
	// The error handlers set, by the app they are set on.
	set := map[any][]errRoute{}
	p.eachInstr(func(in ssa.Instruction) {
		for _, row := range rows {
			keys, handlers := p.errHandlerSet(in, row)
			for _, k := range keys {
				for _, h := range handlers {
					set[k] = append(set[k], errRoute{fn: h, row: row})
				}
			}
		}
	})
	if len(set) == 0 {
		return out
	}
	// The route handlers registered on those apps.
	typesutil.EachCall(p.funcs(), func(_ ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func) {
		if obj.Pkg() == nil || obj.Signature().Recv() == nil {
			return
		}
		args := typesutil.CallArgs(cc)
		if len(args) < 2 {
			return
		}
		for _, row := range rows {
			if obj.Pkg().Path() != row.Pkg {
				continue
			}
			var handlers []*ssa.Function
			for _, a := range args[1:] {
				for _, v := range append(elems(a), a) {
					for _, h := range funcsOf(v) {
						if routeHandler(h, row) && !slices.Contains(handlers, h) {
							handlers = append(handlers, h)
						}
					}
				}
			}
			if len(handlers) == 0 {
				continue
			}
			for _, k := range p.appKeys(args[0], row, 0) {
				for _, r := range set[k] {
					for _, h := range handlers {
						if !slices.Contains(out[h], r) {
							out[h] = append(out[h], r)
						}
					}
				}
			}
		}
	})
	return out
}

// adapterRow is the error route of a handler adapter: the receiver of
// the adapter's method, bit 0 of its summary, stands for the error the
// receiver returns (see adapterRoutes).
var adapterRow = &models.ErrorRoute{ErrParam: 0, Name: "handler adapter"}

// adapterRoutes returns the error routes of handler adapters: a function
// type of the package whose method calls the receiver and handles the
// error it returns (type appHandler func(w, r) error, whose ServeHTTP
// writes that error into an error page). Each function the package
// converts to the type (funcslots.go, scanConversions) has its errors
// handed to the method, which a receiver's error reaches as its bit 0
// (see callEffects): what the method writes of it is written from each
// return of the function.
func (p *pkgState) adapterRoutes() map[*ssa.Function][]errRoute {
	out := map[*ssa.Function][]errRoute{}
	if p.converted == nil {
		p.scanConversions()
	}
	prog := p.ssa.Pkg.Prog
	for tn, fs := range p.converted {
		sig, ok := tn.Type().Underlying().(*types.Signature)
		if !ok || sig.Results().Len() == 0 || !isError(sig.Results().At(sig.Results().Len()-1).Type()) {
			continue
		}
		if tn.Exported() && p.pass.Pkg.Name() != "main" {
			continue // converted in other packages too (receiverFuncs)
		}
		mset := prog.MethodSets.MethodSet(tn.Type())
		for i := 0; i < mset.Len(); i++ {
			m := prog.MethodValue(mset.At(i))
			if m == nil || m.Pkg != p.ssa.Pkg || len(m.Params) == 0 || !callsParam(m, m.Params[0]) {
				continue
			}
			for _, f := range fs {
				if g, ok := f.(*ssa.Function); ok {
					out[g] = append(out[g], errRoute{fn: m, row: adapterRow})
				}
			}
		}
	}
	return out
}

// callsParam reports whether fn calls the function value prm.
func callsParam(fn *ssa.Function, prm *ssa.Parameter) bool {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok && !c.Common().IsInvoke() && c.Common().Value == prm {
				return true
			}
		}
	}
	return false
}

// eachInstr calls f with each instruction of the package's functions.
func (p *pkgState) eachInstr(f func(ssa.Instruction)) {
	for _, fn := range p.funcs() {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				f(in)
			}
		}
	}
}

// errHandlerSet returns, when in sets row's error handler, the keys of
// the app it is set on (see appKeys) and the functions it sets:
// e.HTTPErrorHandler = h, or fiber.New(fiber.Config{ErrorHandler: h}).
func (p *pkgState) errHandlerSet(in ssa.Instruction, row *models.ErrorRoute) (keys []any, handlers []*ssa.Function) {
	if row.Config == "" {
		st, ok := in.(*ssa.Store)
		if !ok {
			return nil, nil
		}
		fa, ok := st.Addr.(*ssa.FieldAddr)
		if !ok || !isField(fa, row.Pkg+"."+row.App, row.Field) {
			return nil, nil
		}
		return p.appKeys(fa.X, row, 0), funcsOf(st.Val)
	}
	call, ok := in.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	fn := call.Common().StaticCallee()
	if fn == nil || fn.Pkg == nil || fn.Pkg.Pkg.Path() != row.Pkg || fn.Name() != row.New || fn.Signature.Recv() != nil {
		return nil, nil
	}
	for _, a := range call.Common().Args {
		for _, cfg := range elems(a) {
			handlers = append(handlers, configField(cfg, row)...)
		}
	}
	return []any{call}, handlers
}

// configField returns the functions stored in row's Field of a config
// struct value built in a local variable (fiber.Config{ErrorHandler: h}).
func configField(cfg ssa.Value, row *models.ErrorRoute) []*ssa.Function {
	ld, ok := cfg.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return nil
	}
	alloc, ok := ld.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []*ssa.Function
	for _, r := range *alloc.Referrers() {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || !isField(fa, row.Pkg+"."+row.Config, row.Field) {
			continue
		}
		for _, fr := range *fa.Referrers() {
			if st, ok := fr.(*ssa.Store); ok && st.Addr == fa {
				out = append(out, funcsOf(st.Val)...)
			}
		}
	}
	return out
}

// isField reports whether fa addresses field name of the named struct
// typ ("github.com/labstack/echo/v4.Echo").
func isField(fa *ssa.FieldAddr, typ, name string) bool {
	st, ok := typesutil.Deref(fa.X.Type()).Underlying().(*types.Struct)
	return ok && typesutil.NamedPath(typesutil.Deref(fa.X.Type())) == typ && st.Field(fa.Field).Name() == name
}

// funcsOf returns the function a function value is: a declared function,
// a closure, or a method value's method.
func funcsOf(v ssa.Value) []*ssa.Function {
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Function:
		return []*ssa.Function{x}
	case *ssa.MakeClosure:
		fn, _ := x.Fn.(*ssa.Function)
		if m := typesutil.BoundMethod(fn); m != nil {
			return []*ssa.Function{m}
		}
		if fn != nil {
			return []*ssa.Function{fn}
		}
	}
	return nil
}

// routeHandler reports whether fn has the shape of row's route handlers:
// one parameter of a type of the framework, one error result.
func routeHandler(fn *ssa.Function, row *models.ErrorRoute) bool {
	sig := fn.Signature
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return false
	}
	n, ok := types.Unalias(typesutil.Deref(sig.Params().At(0).Type())).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == row.Pkg
}

// maxAppDepth bounds the callers followed from a parameter that holds
// the app.
const maxAppDepth = 3

// appKeys identifies the app v is, or a group derived from it: the call
// of the framework's function that made it, or the global or field it is
// kept in. Through a parameter, the apps every caller passes; nil when
// some cannot be followed.
func (p *pkgState) appKeys(v ssa.Value, row *models.ErrorRoute, depth int) []any {
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Call:
		cc := typesutil.Unbind(x.Common())
		obj := typesutil.Callee(cc)
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != row.Pkg {
			return nil
		}
		if obj.Signature().Recv() != nil {
			// e.Group("/admin"), app.Group("/api"): routes of the app.
			return p.appKeys(typesutil.CallArgs(cc)[0], row, depth)
		}
		if typesutil.NamedPath(typesutil.Deref(x.Type())) == row.Pkg+"."+row.App {
			return []any{x} // echo.New(), fiber.New(cfg)
		}
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return nil
		}
		switch a := x.X.(type) {
		case *ssa.Global:
			return []any{a}
		case *ssa.FieldAddr:
			if st, ok := typesutil.Deref(a.X.Type()).Underlying().(*types.Struct); ok {
				return []any{st.Field(a.Field)}
			}
		case *ssa.Alloc:
			if v := typesutil.StoredOnce(a); v != nil {
				return p.appKeys(v, row, depth)
			}
		}
	case *ssa.Parameter:
		fn := x.Parent()
		i := slices.Index(fn.Params, x)
		if depth >= maxAppDepth || i < 0 || len(p.funcUses()[fn]) > 0 {
			return nil
		}
		calls := p.directCalls(fn)
		if len(calls) == 0 {
			return nil
		}
		var keys []any
		for _, c := range calls {
			args := c.Common().Args
			if i >= len(args) {
				return nil
			}
			k := p.appKeys(args[i], row, depth+1)
			if k == nil {
				return nil
			}
			keys = append(keys, k...)
		}
		return keys
	}
	return nil
}

// errRouteSinks checks, at a return of a route handler, the error it
// returns against what the error handlers it is handed to write of it.
func (s *fnState) errRouteSinks(ret *ssa.Return) {
	for _, r := range ret.Results {
		if isError(r.Type()) {
			pos := ret.Pos()
			if !pos.IsValid() {
				pos = r.Pos()
			}
			s.errRouteCheck(r, ret, pos, func(*models.ErrorRoute) bool { return true })
		}
	}
}

// errRouteRaise checks a call that hands an error to the app's error
// handler at once (echo's c.Error(err)) in a route handler.
func (s *fnState) errRouteRaise(instr ssa.CallInstruction, name string, args []ssa.Value) {
	if len(args) < 2 || !isError(args[1].Type()) {
		return
	}
	s.errRouteCheck(args[1], instr, instr.Pos(), func(row *models.ErrorRoute) bool { return row.Raise == name })
}

// errRouteCheck checks err, handed over by at (reported at pos) to the
// error handlers of the routes of s.fn whose row is one of, against what
// they write of it.
func (s *fnState) errRouteCheck(err ssa.Value, at ssa.Instruction, pos token.Pos, of func(*models.ErrorRoute) bool) {
	routes := s.p.errRoutes(s.fn)
	if len(routes) == 0 {
		return
	}
	// The framework calls the handler: what its parameters bring is not a
	// caller's to decide.
	t := s.withoutFV(s.val(err))
	t.Params, t.Blind = 0, 0
	if t.Empty() {
		return
	}
	for _, rt := range routes {
		sum := s.p.funcSummary(rt.fn)
		if sum == nil || !of(rt.row) || typedBefore(at, rt.row) {
			continue
		}
		for _, e := range sum.sinks {
			if !sum.readsParam(&e, rt.row.ErrParam) || sinkFits(&e, t) {
				continue
			}
			if e.Leads&(1<<uint(rt.row.ErrParam)) != 0 && s.p.plainError(err, 0) && s.respondsFirst(at) {
				continue // the error's plain text begins a body sniffed as text/plain
			}
			ft := t
			if e.Built {
				ft.Built = true
				if ft.Construct == nil {
					ft.Construct = e.Construct
				}
			}
			s.flow(&Flow{Class: e.Class, Sink: e.Sink, Pos: pos, Via: append([]string{calleeName(rt.fn)}, e.Via...),
				SinkPos: e.SinkPos, SinkWhere: e.SinkWhere, Taint: ft, Ctx: e.Ctx, ErrorRoute: rt.row.Name, HTMLTyped: e.HTMLTyped})
		}
	}
}

// respondsFirst reports whether nothing of this handler's response was
// written, nor its type set, on a path to at: what is written after at
// begins the body.
func (s *fnState) respondsFirst(at ssa.Instruction) bool {
	h := s.p.handlerResponse(s.fn)
	return h != nil && s.p.headersBefore(at)&typeBits == 0 && !s.p.typeMaySet(at) && h.firstWrite(s.p, at, nil)
}

// routedError reports whether the error parameter prm only ever holds
// the errors of routes (errRoutes), which are checked where the routes
// return them: it is an error handler's, or a helper's of the package
// (writeError(w, err)) that every call passes such an error, from an
// error handler or a handler adapter (the error its receiver returned).
func (p *pkgState) routedError(prm *ssa.Parameter, depth int) bool {
	fn := prm.Parent()
	if p.routedErrorHandler(fn) {
		return true
	}
	i := slices.Index(fn.Params, prm)
	calls := p.directCalls(fn)
	if depth > 2 || i < 0 || len(calls) == 0 || fn.Object() == nil || fn.Object().Exported() || len(p.funcUses()[fn]) > 0 {
		return false
	}
	for _, c := range calls {
		args := c.Common().Args
		if i >= len(args) {
			return false
		}
		switch a := typesutil.Unconvert(args[i]).(type) {
		case *ssa.Parameter:
			if !p.routedError(a, depth+1) {
				return false
			}
		default:
			if !p.receiverError(c.Parent(), a) {
				return false
			}
		}
	}
	return true
}

// typedBefore reports whether one of row.Typed's methods wrote the
// response on every path to at: its type was sent with that write.
func typedBefore(at ssa.Instruction, row *models.ErrorRoute) bool {
	typed := false
	typesutil.EachBefore(at, func(in ssa.Instruction, _ *ssa.BasicBlock, _, _ int) {
		if c, ok := in.(ssa.CallInstruction); ok && !typed {
			if obj := typesutil.Callee(c.Common()); obj != nil && slices.Contains(row.Typed, obj.FullName()) {
				typed = true
			}
		}
	})
	return typed
}

// readsParam reports whether sink effect e takes parameter i's text: the
// parameter, or a field read under it.
func (sum *summary) readsParam(e *sinkEffect, i int) bool {
	if e.Params&(1<<uint(i)) != 0 {
		return true
	}
	for k, fp := range sum.fieldParams {
		if 32+k < 64 && e.Params&(1<<uint(32+k)) != 0 && fp.param == i {
			return true
		}
	}
	return false
}
