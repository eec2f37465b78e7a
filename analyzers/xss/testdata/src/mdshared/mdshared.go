package mdshared // want package:"analysed"

// The service's shared Markdown engines.

import (
	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// Legacy keeps raw HTML (imported notes).
var Legacy = goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe())) // want Legacy:`built\(goldmark-unsafe\)`

// Plain has goldmark's safe defaults.
var Plain = goldmark.New()

// NewLegacy returns an engine that keeps raw HTML.
func NewLegacy() goldmark.Markdown { // want NewLegacy:`built\(goldmark-unsafe\)`
	return goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
}

// NewPlain returns a safe engine.
func NewPlain() goldmark.Markdown { return goldmark.New() }
