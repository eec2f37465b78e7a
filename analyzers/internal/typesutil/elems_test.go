package typesutil

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

const elemsSrc = `package p

func sink(args ...string) {}

func f(b string, xs []string, fv func()) {
	sink("a", b)
	sink(xs...)
	fv()
}
`

// TestInPlaceElems checks the variadic argument built in place (its two
// stores, by index) against a slice passed through (not built here), and
// Callee on a static call and on a call of a function value.
func TestInPlaceElems(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", elemsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset,
		types.NewPackage("p", ""), []*ast.File{file}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	var calls []*ssa.Call
	for _, b := range pkg.Func("f").Blocks {
		for _, in := range b.Instrs {
			if c, ok := in.(*ssa.Call); ok {
				calls = append(calls, c)
			}
		}
	}
	if len(calls) != 3 {
		t.Fatalf("found %d calls, want 3", len(calls))
	}

	els, ok := InPlaceElems(calls[0].Call.Args[0])
	if !ok || len(els) != 2 {
		t.Fatalf("InPlaceElems(sink(\"a\", b)) = %v, %v; want 2 elements", els, ok)
	}
	if c, isConst := els[0].Val.(*ssa.Const); els[0].Index != 0 || !isConst || c.Value.String() != `"a"` {
		t.Errorf("element 0 = %+v, want the constant \"a\" at index 0", els[0])
	}
	if p, isParam := els[1].Val.(*ssa.Parameter); els[1].Index != 1 || !isParam || p.Name() != "b" {
		t.Errorf("element 1 = %+v, want parameter b at index 1", els[1])
	}
	if got := ElemAt(calls[0].Call.Args[0], 1); got != els[1].Val {
		t.Errorf("ElemAt(..., 1) = %v, want %v", got, els[1].Val)
	}
	if got := ElemAt(calls[0].Call.Args[0], 2); got != nil {
		t.Errorf("ElemAt(..., 2) = %v, want nil", got)
	}

	if els, ok := InPlaceElems(calls[1].Call.Args[0]); ok || els != nil {
		t.Errorf("InPlaceElems(sink(xs...)) = %v, %v; want nil, false", els, ok)
	}

	if obj := Callee(&calls[0].Call); obj == nil || obj.FullName() != "p.sink" {
		t.Errorf("Callee(sink(...)) = %v, want p.sink", obj)
	}
	if obj := Callee(&calls[2].Call); obj != nil {
		t.Errorf("Callee(fv()) = %v, want nil for a call of a function value", obj)
	}
}
