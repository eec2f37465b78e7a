package authz

import (
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
			if a.checkedBefore(fn, b, instr) {
				continue
			}
			found = x
			break
		}
		if found != nil {
			break
		}
	}
	a.touch[fn] = found
	return found
}

// callAccess is the data access reached by one call: a modelled data call,
// or an unchecked access inside the callee.
func (a *pkgAnalysis) callAccess(cc *ssa.CallCommon) *access {
	if obj := calleeObj(cc); obj != nil && isAuthLookupName(obj.Name()) {
		return nil
	}
	if cc.IsInvoke() {
		return a.invokeAccess(cc.Method)
	}
	callee := cc.StaticCallee()
	if callee == nil {
		return nil
	}
	if callee.Blocks != nil && callee.Pkg == a.ssa.Pkg {
		if x := a.touches(callee); x != nil {
			return &access{desc: x.desc, chain: append([]string{funcName(callee)}, x.chain...)}
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
				if x := a.funcAccess(impl); x != nil {
					return x
				}
				break
			}
		}
	}
	if n, ok := types.Unalias(recv.Type()).(*types.Named); ok {
		w := words(n.Obj().Name())
		if len(w) > 0 {
			switch w[len(w)-1] {
			case "store", "repository", "repo", "dao", "storage":
				return &access{desc: typesutil.ShortFuncName(full) + " (a " + w[len(w)-1] + " interface)"}
			}
		}
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
				return &access{desc: x.desc, chain: append([]string{funcName(fn)}, x.chain...)}
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
