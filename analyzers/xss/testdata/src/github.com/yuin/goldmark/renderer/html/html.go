// Package html is a trimmed stub of github.com/yuin/goldmark/renderer/html v1.8.7.
package html

import "github.com/yuin/goldmark/renderer"

type Config struct{ Unsafe, HardWraps bool }

type Option interface{ SetHTMLOption(*Config) }

type withUnsafe struct{}

func (o *withUnsafe) SetConfig(c *renderer.Config) {}
func (o *withUnsafe) SetHTMLOption(c *Config)      { c.Unsafe = true }

func WithUnsafe() interface {
	renderer.Option
	Option
} {
	return &withUnsafe{}
}

type withHardWraps struct{}

func (o *withHardWraps) SetConfig(c *renderer.Config) {}
func (o *withHardWraps) SetHTMLOption(c *Config)      { c.HardWraps = true }

func WithHardWraps() interface {
	renderer.Option
	Option
} {
	return &withHardWraps{}
}

type Renderer struct{}

func NewRenderer(opts ...Option) renderer.NodeRenderer { return &Renderer{} }
