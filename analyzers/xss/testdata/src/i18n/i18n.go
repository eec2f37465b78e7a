// Package i18n translates page text. Its Locale's only implementation is
// in this package; pages in other packages call it through the interface.
package i18n

import (
	"fmt"
	"html/template"
)

type Locale interface {
	// TrHTML formats the translation of key with args escaped for HTML.
	TrHTML(key string, args ...any) template.HTML
	// Raw marks s as HTML as it is.
	Raw(s string) template.HTML
	// Tr formats the translation of key as plain text.
	Tr(key string, args ...any) string
}

type locale struct{ msgs map[string]string }

func New(msgs map[string]string) Locale { return &locale{msgs: msgs} }

// TrHTML escapes its arguments in place, then formats them into the
// translation: the key's text is not escaped, the arguments' is.
func (l *locale) TrHTML(key string, args ...any) template.HTML {
	escaped := make([]any, len(args))
	copy(escaped, args)
	for i, v := range escaped {
		switch v.(type) {
		case int, int64, bool, template.HTML:
		default:
			escaped[i] = template.HTMLEscapeString(fmt.Sprint(v))
		}
	}
	return template.HTML(l.Tr(key, escaped...))
}

func (l *locale) Raw(s string) template.HTML { return template.HTML(s) }

// Tr falls back to the key itself when it has no translation.
func (l *locale) Tr(key string, args ...any) string {
	format, ok := l.msgs[key]
	if !ok {
		format = key
	}
	return fmt.Sprintf(format, args...)
}
