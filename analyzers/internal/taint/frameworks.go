package taint

import (
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// bodyWriter reports whether t is a pointer to a framework type whose
// Write appends to the response body (models.BodyWriter): a *fiber.Ctx.
func bodyWriter(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Pointer); !ok {
		return false
	}
	return models.BodyWriterOf(typesutil.NamedPath(t)) != nil
}

// PlainBodyWriter reports whether v is (boxed or not) a framework body
// writer whose response is text/plain unless the handler set an HTML type.
func PlainBodyWriter(v ssa.Value) bool {
	return typesutil.Boxed(v, func(t types.Type) bool {
		if !bodyWriter(t) {
			return false
		}
		return models.BodyWriterOf(typesutil.NamedPath(t)).PlainUnlessSet
	})
}

// renderer returns the row of the framework renderer interface whose
// method fn implements (models.Renderers): an echo.Renderer's Render,
// whose writer the framework serves as text/html. Nil for other functions.
func renderer(fn *ssa.Function) *models.Renderer {
	if fn == nil || fn.Signature.Recv() == nil || fn.Pkg == nil {
		return nil
	}
	for i := range models.Renderers {
		row := &models.Renderers[i]
		if fn.Name() != row.Method {
			continue
		}
		iface := lookupIface(fn.Pkg.Pkg, row.Iface)
		if iface == nil {
			continue
		}
		if recv := fn.Signature.Recv().Type(); types.Implements(recv, iface) || types.Implements(types.NewPointer(recv), iface) {
			return row
		}
	}
	return nil
}

// lookupIface finds the interface type at path ("pkgpath.Name") in pkg
// or a package it imports directly: a type implements a framework's
// interface where the program hands it to the framework, or beside it.
// Not the whole import graph: this runs for each writer of every method
// of the name.
func lookupIface(pkg *types.Package, path string) *types.Interface {
	i := strings.LastIndexByte(path, '.')
	if i < 0 {
		return nil
	}
	pkgPath, name := path[:i], path[i+1:]
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		if p.Path() != pkgPath {
			continue
		}
		if obj, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
			iface, _ := obj.Type().Underlying().(*types.Interface)
			return iface
		}
	}
	return nil
}

// rendererParam returns the renderer row of the method v is a parameter
// of, and v's index after the receiver; nil when the method implements
// no framework renderer.
func rendererParam(v ssa.Value) (*models.Renderer, int) {
	prm, ok := typesutil.Unconvert(v).(*ssa.Parameter)
	if !ok || prm.Parent() == nil {
		return nil, -1
	}
	fn := prm.Parent()
	i := slices.Index(fn.Params, prm)
	if i < 1 || len(fn.Params) == 0 {
		return nil, -1
	}
	if row := renderer(fn); row != nil {
		return row, i - 1
	}
	return nil, -1
}

// rendererWriter reports whether v is the writer parameter of a framework
// renderer's method: what it writes is the HTML response.
func rendererWriter(v ssa.Value) bool {
	row, i := rendererParam(v)
	return row != nil && i == row.Writer
}

// rendererData returns the taint of a framework renderer's data
// parameter: whatever the handlers hand to the framework's render call,
// of unknown origin here. Empty for other parameters.
func rendererData(v *ssa.Parameter) Taint {
	row, i := rendererParam(v)
	if row == nil || i != row.Data {
		return Taint{}
	}
	return source(models.Unknown, &Origin{Desc: "parameter " + v.Name(), Label: "the data handlers pass to " + row.Call, Pos: v.Pos()})
}
