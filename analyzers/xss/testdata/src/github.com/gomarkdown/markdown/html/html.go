// Package html is a trimmed stub of github.com/gomarkdown/markdown/html:
// the renderer's flags and options.
package html

type Flags int

const (
	FlagsNone Flags = 0
	SkipHTML  Flags = 1 << iota
	SkipImages
	SkipLinks
	Safelink
	NofollowLinks
	HrefTargetBlank = 1 << 7

	CommonFlags Flags = 1 << 12
)

type RenderNodeFunc func(w any, node any, entering bool) (int, bool)

type RendererOptions struct {
	AbsolutePrefix    string
	Flags             Flags
	RenderNodeHook    RenderNodeFunc
	IsSafeURLOverride func([]byte) bool
}

type Renderer struct{ Opts RendererOptions }

func NewRenderer(opts RendererOptions) *Renderer { return &Renderer{Opts: opts} }
