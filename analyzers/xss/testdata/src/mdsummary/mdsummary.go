package mdsummary // want package:"analysed"

// The summaries of helpers around Markdown renderers: a renderer's output
// is its source (r0=p0), not data of unknown origin.

import (
	"bytes"
	"io"

	"github.com/gomarkdown/markdown"
	"github.com/russross/blackfriday/v2"
	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

func Blackfriday(s string) []byte { return blackfriday.Run([]byte(s)) } // want Blackfriday:`^taint\(r0=p0\)$`

func Gomarkdown(s string) []byte { return markdown.ToHTML([]byte(s), nil, nil) } // want Gomarkdown:`^taint\(r0=p0\)$`

var unsafeMD = goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))

func Unsafe(s string) string { // want Unsafe:`^taint\(r0=p0\)$`
	var buf bytes.Buffer
	_ = unsafeMD.Convert([]byte(s), &buf)
	return buf.String()
}

func UnsafeTo(w io.Writer, s string) { // want UnsafeTo:`sink html-write \(goldmark.Markdown\).Convert<-p1 ctx=html if p0 is response; write p0=p1`
	_ = unsafeMD.Convert([]byte(s), w)
}

// The default renderer: nothing of the source reaches the writer.
func Safe(s string) string {
	var buf bytes.Buffer
	_ = goldmark.Convert([]byte(s), &buf)
	return buf.String()
}
