package taint

import (
	"go/types"

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
