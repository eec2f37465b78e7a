package logleak

import (
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
)

// slogRender resolves a slog sink's renderer from the handler the call
// logs through, when it is knowable (slogh.Resolver.Call); otherwise it
// stays RenderSlog and exposure falls back on the package's handlers.
func (a *pkg) slogRender(r models.Render, name string, cc *ssa.CallCommon) models.Render {
	if r != models.RenderSlog {
		return r
	}
	if h := a.slogh().Call(name, cc).Render; h != 0 {
		return h
	}
	return r
}

// slogh returns the package's resolver of slog handlers, made when first
// needed.
func (a *pkg) slogh() *slogh.Resolver { return a.res.Slog() }
