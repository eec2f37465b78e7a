package typesutil

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

const termsSrc = `package p

type Integer interface{ ~int | ~int64 }
type Text interface{ ~string | ~[]byte }
type Named interface{ Integer }
type Stringer interface{ String() string }

func f[
	S ~string, N Integer, E Named, T Text, B string,
	A any, C comparable, M Stringer, U interface{ Integer | ~string },
]() {}
`

// TestTermTypes: a type parameter is a string, or safe, when every type
// its constraint admits is; constraints without terms admit any type.
func TestTermTypes(t *testing.T) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", termsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := new(types.Config).Check("p", fset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tps := pkg.Scope().Lookup("f").(*types.Func).Signature().TypeParams()
	want := map[string]struct {
		terms          int
		isString, safe bool
	}{
		"S": {1, true, false},
		"N": {2, false, true},
		"E": {2, false, true},
		"T": {2, false, false},
		"B": {1, true, false},
		"A": {0, false, false},
		"C": {0, false, false},
		"M": {0, false, false},
		"U": {3, false, false},
	}
	for i := range tps.Len() {
		tp := tps.At(i)
		w := want[tp.Obj().Name()]
		if got := len(TermTypes(tp)); got != w.terms {
			t.Errorf("%s: %d term types, want %d", tp.Obj().Name(), got, w.terms)
		}
		if got := IsString(tp); got != w.isString {
			t.Errorf("IsString(%s) = %v, want %v", tp.Obj().Name(), got, w.isString)
		}
		if got := IsSafeType(tp); got != w.safe {
			t.Errorf("IsSafeType(%s) = %v, want %v", tp.Obj().Name(), got, w.safe)
		}
	}
}
