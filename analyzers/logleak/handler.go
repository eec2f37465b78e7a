package logleak

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/slogh"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// slogRender resolves a slog sink's renderer from the logger the call
// logs through, when its handler is knowable (slogHandler); otherwise it
// stays RenderSlog and exposure falls back on the package's handlers.
func (a *pkg) slogRender(r models.Render, h slogh.Handler) models.Render {
	if r != models.RenderSlog || h.Render == 0 {
		return r
	}
	return h.Render
}

// slogHandler is what is known of the handler a slog call logs through:
// the logger's (a *slog.Logger made in this package, see slogh.Logger),
// or, for slog's package functions, the default logger as this package
// sets it (slogh.Default). Zero for other calls.
func (a *pkg) slogHandler(name string, cc *ssa.CallCommon) slogh.Handler {
	if cc.IsInvoke() {
		return slogh.Handler{}
	}
	if a.slogRes == nil {
		a.slogRes = slogh.New(a.res.SSA.Pkg, a.res.SSA.SrcFuncs)
	}
	if len(cc.Args) > 0 && typesutil.NamedPath(cc.Args[0].Type()) == "log/slog.Logger" {
		return a.slogRes.Logger(cc.Args[0])
	}
	if slogDefaultSinks[name] {
		return a.slogRes.Default()
	}
	return slogh.Handler{}
}

// slogDefaultSinks are slog's package functions that log through the
// default logger (not the attribute constructors, which log nothing).
var slogDefaultSinks = func() map[string]bool {
	m := map[string]bool{"log/slog.Log": true, "log/slog.LogAttrs": true}
	for _, n := range []string{"Debug", "Info", "Warn", "Error"} {
		m["log/slog."+n] = true
		m["log/slog."+n+"Context"] = true
	}
	return m
}()

// redacted reports whether the handler h replaces what is logged under
// key: its ReplaceAttr redacts the key (slogh.Redacts), and the value is
// not one slog resolves to a group, whose members ReplaceAttr sees under
// their own keys (a LogValuer, a slog.Value, an interface that may hold
// either).
func (a *pkg) redacted(h slogh.Handler, key string, v ssa.Value) bool {
	if a.slogRes == nil {
		return false
	}
	t := underType(v)
	if types.IsInterface(t) || hasMethod(t, "LogValue") {
		return false
	}
	switch typesutil.NamedPath(t) {
	case "log/slog.Value", "log/slog.Attr":
		return false
	}
	return a.slogRes.Redacts(h, key)
}
