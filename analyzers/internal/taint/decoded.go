package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Trusted types filled without a conversion.
//
// A decoder or a database scan that fills a value of a trusted type (a
// struct field of type template.HTML that json.Unmarshal, sqlx's Get or
// rows.Scan fills) makes trusted markup of the text as a conversion
// would, with no conversion in the program to report: the call is the
// sink, of the trusted type's class and context.

// decodedTrusted reports t, decoded or scanned by instr into dst (a
// pointer, possibly in an interface), where dst's type holds a trusted
// type.
func (s *fnState) decodedTrusted(dst ssa.Value, t Taint, instr ssa.CallInstruction) {
	if t.Empty() {
		return
	}
	if mi, ok := dst.(*ssa.MakeInterface); ok {
		dst = mi.X
	}
	typ := dst.Type()
	row, where := trustedIn(typ, "", 0)
	if row == nil {
		return
	}
	if where == "" {
		where = "-" // the value itself, or an element
		if fa, ok := dst.(*ssa.FieldAddr); ok {
			// rows.Scan(&l.Body): the field itself.
			where = fieldName(fa.X.Type(), fa.Field)
			if n, ok := types.Unalias(typesutil.Deref(fa.X.Type())).(*types.Named); ok {
				where = n.Obj().Name() + "." + where
			}
		}
	}
	s.flow(&Flow{Class: row.Class, Sink: row.Type, Pos: instr.Pos(), Taint: t, Ctx: row.Ctx, Into: where})
}

// trustedIn returns the row of the first trusted HTML type (a TypeSink
// of class HTMLTrusted) in t, under its pointers, exported fields (three
// deep), elements and map values, and the field it is ("Letter.Body";
// "" for t itself or an element).
func trustedIn(t types.Type, where string, depth int) (*models.TypeSink, string) {
	if depth > 3 {
		return nil, ""
	}
	if row := models.TypeSinkFor(typesutil.NamedPath(t)); row != nil && row.Class == models.HTMLTrusted {
		if _, ptr := t.(*types.Pointer); !ptr {
			return row, where
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return trustedIn(u.Elem(), where, depth)
	case *types.Slice:
		return trustedIn(u.Elem(), where, depth+1)
	case *types.Array:
		return trustedIn(u.Elem(), where, depth+1)
	case *types.Map:
		return trustedIn(u.Elem(), where, depth+1)
	case *types.Struct:
		name := where
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name()
		}
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() {
				if row, w := trustedIn(f.Type(), name+"."+f.Name(), depth+1); row != nil {
					return row, w
				}
			}
		}
	}
	return nil, ""
}
