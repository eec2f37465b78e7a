// Package renderer is a trimmed stub of github.com/yuin/goldmark/renderer v1.8.7.
package renderer

type Config struct{ Options map[string]any }

type Option interface{ SetConfig(*Config) }

type NodeRenderer interface{}

type Renderer interface{ AddOptions(...Option) }

type renderer struct{}

func (r *renderer) AddOptions(...Option) {}

func WithNodeRenderers(ps ...NodeRenderer) Option { return nil }

func NewRenderer(options ...Option) Renderer { return &renderer{} }
