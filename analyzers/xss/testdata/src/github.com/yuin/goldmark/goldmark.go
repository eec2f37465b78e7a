// Package goldmark is a trimmed stub of github.com/yuin/goldmark v1.8.7.
// The bodies do nothing: what the renderers do is the models' rows, and
// tests must fail without them.
package goldmark

import (
	"io"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
)

type Markdown interface {
	Convert(source []byte, writer io.Writer, opts ...parser.ParseOption) error
	Renderer() renderer.Renderer
}

type Option func(*markdown)

type markdown struct{ r renderer.Renderer }

func WithRendererOptions(opts ...renderer.Option) Option { return func(*markdown) {} }
func WithRenderer(r renderer.Renderer) Option            { return func(*markdown) {} }

func New(options ...Option) Markdown { return &markdown{} }

func (m *markdown) Convert(source []byte, w io.Writer, opts ...parser.ParseOption) error {
	return nil
}
func (m *markdown) Renderer() renderer.Renderer { return m.r }

var defaultMarkdown = New()

func Convert(source []byte, w io.Writer, opts ...parser.ParseOption) error {
	return defaultMarkdown.Convert(source, w, opts...)
}
