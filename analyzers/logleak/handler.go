package logleak

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// slogRender resolves a slog sink's renderer from the logger the call
// logs through, when its handler is knowable (handler); otherwise it
// stays RenderSlog and exposure falls back on the package's handlers.
func (a *pkg) slogRender(r models.Render, name string, cc *ssa.CallCommon) models.Render {
	if r != models.RenderSlog || cc.IsInvoke() || len(cc.Args) == 0 {
		return r
	}
	if typesutil.NamedPath(cc.Args[0].Type()) != "log/slog.Logger" {
		return r // slog.Info and the attribute constructors: the default or an unknown logger
	}
	if h := a.handler(cc.Args[0], 0); h != 0 {
		return h
	}
	return r
}

// handler is the renderer of the handler behind the *slog.Logger v:
// slog.New(slog.NewJSONHandler(...)) or NewTextHandler, through With and
// WithGroup, phis, and fields or package variables every store of which
// in this package makes loggers of that one kind. 0 when not knowable (a
// parameter, a custom handler, a logger from another package).
func (a *pkg) handler(v ssa.Value, depth int) models.Render {
	if depth > 8 {
		return 0
	}
	switch x := v.(type) {
	case *ssa.Call:
		obj := typesutil.Callee(x.Common())
		if obj == nil {
			return 0
		}
		switch obj.FullName() {
		case "log/slog.New":
			if len(x.Call.Args) == 1 {
				if c, ok := typesutil.Unconvert(x.Call.Args[0]).(*ssa.Call); ok {
					if h := typesutil.Callee(c.Common()); h != nil {
						switch h.FullName() {
						case "log/slog.NewJSONHandler":
							return models.RenderSlogJSON
						case "log/slog.NewTextHandler":
							return models.RenderSlogText
						}
					}
				}
			}
		case "(*log/slog.Logger).With", "(*log/slog.Logger).WithGroup":
			return a.handler(x.Call.Args[0], depth+1)
		}
	case *ssa.Phi:
		return a.agree(x.Edges, depth)
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return 0
		}
		switch addr := x.X.(type) {
		case *ssa.FieldAddr:
			if st, ok := typesutil.Deref(addr.X.Type()).Underlying().(*types.Struct); ok {
				return a.agree(a.storesTo()[st.Field(addr.Field)], depth)
			}
		case *ssa.Global:
			return a.agree(a.storesTo()[addr.Object()], depth)
		}
	}
	return 0
}

// agree is the handler all of vs have, or 0.
func (a *pkg) agree(vs []ssa.Value, depth int) models.Render {
	var out models.Render
	for _, v := range vs {
		h := a.handler(v, depth+1)
		if h == 0 || out != 0 && h != out {
			return 0
		}
		out = h
	}
	return out
}

// storesTo maps each *slog.Logger field and package variable to the
// values this package stores into it (a constructor's
// &Logger{S: slog.New(...)} is such a store in SSA).
func (a *pkg) storesTo() map[types.Object][]ssa.Value {
	if a.stores != nil {
		return a.stores
	}
	a.stores = map[types.Object][]ssa.Value{}
	for _, fn := range a.res.SSA.SrcFuncs {
		a.collectStores(fn)
	}
	// Package variables are initialised in the package's init, which is
	// not a source function.
	if init := a.res.SSA.Pkg.Func("init"); init != nil {
		a.collectStores(init)
	}
	return a.stores
}

func (a *pkg) collectStores(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			st, ok := instr.(*ssa.Store)
			if !ok || typesutil.NamedPath(st.Val.Type()) != "log/slog.Logger" {
				continue
			}
			switch addr := st.Addr.(type) {
			case *ssa.FieldAddr:
				if s, ok := typesutil.Deref(addr.X.Type()).Underlying().(*types.Struct); ok {
					f := s.Field(addr.Field)
					a.stores[f] = append(a.stores[f], st.Val)
				}
			case *ssa.Global:
				a.stores[addr.Object()] = append(a.stores[addr.Object()], st.Val)
			}
		}
	}
	for _, anon := range fn.AnonFuncs {
		a.collectStores(anon)
	}
}
