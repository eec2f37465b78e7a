package taint

import (
	"go/types"
)

// Interfaces that render their own value. A non-empty interface with no
// text method is taken for a handle (see opaque): storing a store or an
// app in a struct must not make the struct's text look tainted. But an
// interface of the program whose methods all take nothing and return
// text (a widget's HTML() string, a block's Render() template.HTML) is a
// view of the value: what it returns is built from what the value was
// made of, so the value carries that text (a bannerWidget{text: msg}
// kept in a []widget and rendered by a range over it). An interface with
// other methods as well (a schema field's GetName() beside its
// ValidateValue(ctx, record)) is an object the program works with, and
// stays a handle.

// rendersOwnText reports whether the interface u, named d, is of analysed
// code and each of its methods takes no parameters and returns only text.
func (p *pkgState) rendersOwnText(d types.Type, u *types.Interface) bool {
	n, ok := types.Unalias(d).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if pkg := n.Obj().Pkg(); pkg != p.pass.Pkg && !p.isAnalysed(pkg) {
		return false
	}
	for i := 0; i < u.NumMethods(); i++ {
		sig := u.Method(i).Signature()
		if sig.Params().Len() > 0 || sig.Results().Len() == 0 || !allText(sig.Results()) {
			return false
		}
	}
	return u.NumMethods() > 0
}

// allText reports whether every variable of the tuple holds text: a
// string or a byte slice, of any named type.
func allText(vs *types.Tuple) bool {
	for i := 0; i < vs.Len(); i++ {
		switch u := vs.At(i).Type().Underlying().(type) {
		case *types.Basic:
			if u.Info()&types.IsString == 0 {
				return false
			}
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); !ok || b.Kind() != types.Byte {
				return false
			}
		default:
			return false
		}
	}
	return true
}
