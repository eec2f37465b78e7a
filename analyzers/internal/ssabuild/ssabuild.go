// Package ssabuild builds SSA for the packages sanitas analyses and for
// nothing else.
//
// It is buildssa's twin with two differences. It returns an empty result for
// packages out of scope (the standard library and modules from the module
// cache, see typesutil.InScope), so that under go vet, which runs every
// analyzer a fact-carrying analyzer requires on every dependency, SSA is
// built only for the user's packages. And it does not require ctrlflow, a
// fact-carrying analyzer of its own that would run over every dependency:
// taint flow does not need no-return precision in the CFG.
//
// The Result is a *buildssa.SSA so that other consumers (the gosec adapter)
// can share it.
package ssabuild

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Analyzer builds SSA for in-scope packages; its Result is a *buildssa.SSA
// whose Pkg is nil (and SrcFuncs empty) for out-of-scope packages.
var Analyzer = &analysis.Analyzer{
	Name:       "sanitasssa",
	Doc:        "build SSA for the packages sanitas analyses (not std, not the module cache)",
	URL:        "https://github.com/sanitas-go/sanitas",
	Run:        run,
	ResultType: reflect.TypeFor[*buildssa.SSA](),
}

func run(pass *analysis.Pass) (any, error) {
	if !typesutil.InScope(pass) {
		return &buildssa.SSA{}, nil
	}
	return Build(pass), nil
}

// Build builds the package's SSA as buildssa does, whatever its scope: for
// a client (the gosec adapter) that must analyze an out-of-scope root
// package, such as the standard library linted directly.
func Build(pass *analysis.Pass) *buildssa.SSA {
	prog := ssa.NewProgram(pass.Fset, ssa.BuilderMode(0))
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok {
				obj, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if obj == nil {
					continue
				}
				if f := prog.FuncValue(obj); f != nil {
					add(f)
				}
			}
		}
	}
	return &buildssa.SSA{Pkg: pkg, SrcFuncs: funcs}
}
