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
	row, where := trustedIn(typ)
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
// of class HTMLTrusted) in t or a part of it a decoder fills (three
// deep), and the field it is ("Letter.Body"; "" for t itself or an
// element).
func trustedIn(t types.Type) (*models.TypeSink, string) {
	pt, where, ok := typesutil.FilledPart(t, 3, func(t types.Type) bool {
		_, ptr := t.(*types.Pointer)
		return !ptr && trustedRow(t) != nil
	})
	if !ok {
		return nil, ""
	}
	return trustedRow(pt), where
}

func trustedRow(t types.Type) *models.TypeSink {
	if row := models.TypeSinkFor(typesutil.NamedPath(t)); row != nil && row.Class == models.HTMLTrusted {
		return row
	}
	return nil
}
