// Package templ is a trimmed stub of github.com/a-h/templ (v0.3.1118).
package templ

import (
	"context"
	"html"
	"io"
)

type Component interface {
	Render(ctx context.Context, w io.Writer) error
}

type ComponentFunc func(ctx context.Context, w io.Writer) error

func (cf ComponentFunc) Render(ctx context.Context, w io.Writer) error { return nil }

// Raw renders its text as markup, unescaped.
func Raw[T ~string](html T, errs ...error) Component {
	return ComponentFunc(func(ctx context.Context, w io.Writer) error {
		_, err := io.WriteString(w, string(html))
		return err
	})
}

type SafeURL string

type SafeCSS string

type ComponentScript struct{ Call string }

func JSUnsafeFuncCall[T ~string](js T) ComponentScript { return ComponentScript{Call: string(js)} }

// URL keeps http(s), mailto, tel and ftp(s) URLs and replaces others.
func URL(s string) SafeURL { return SafeURL(s) }

func EscapeString[T ~string](s T) string { return html.EscapeString(string(s)) }
