// Package html is a trimmed stub of github.com/gomarkdown/markdown/html.
package html

type Flags int

const (
	SkipHTML Flags = 1 << iota
	Safelink
	CommonFlags Flags = 0
)

type RendererOptions struct{ Flags Flags }

type Renderer struct{ opts RendererOptions }

func NewRenderer(opts RendererOptions) *Renderer { return &Renderer{opts: opts} }
