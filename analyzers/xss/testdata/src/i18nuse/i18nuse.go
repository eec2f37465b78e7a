// Package i18nuse renders pages through i18n's Locale interface, whose
// implementation is in that package: its HTML sinks apply at these calls
// for the parameters it does not escape.
package i18nuse

import (
	"fmt"
	"html/template"
	"net/http"

	"i18n"
)

type Page struct{ L i18n.Locale }

// The argument is escaped by TrHTML: silent.
func (p *Page) Welcome(r *http.Request) template.HTML {
	return p.L.TrHTML("welcome %s", r.FormValue("name"))
}

// The key, untranslated, is the format itself and is not escaped.
func (p *Page) Heading(r *http.Request) template.HTML {
	return p.L.TrHTML(r.FormValue("title")) // want `request input\) converted to template.HTML`
}

func (p *Page) Banner(r *http.Request) template.HTML {
	return p.L.Raw(r.FormValue("banner")) // want `request input\) converted to template.HTML`
}

// Plain text is no HTML sink.
func (p *Page) Title(r *http.Request) string {
	return p.L.Tr("title %s", r.FormValue("name"))
}

// trHTML, of this package, escapes its arguments in place too.
func trHTML(format string, args ...any) template.HTML {
	for i, a := range args {
		args[i] = template.HTMLEscapeString(fmt.Sprint(a))
	}
	return template.HTML(fmt.Sprintf(format, args...))
}

func (p *Page) Greeting(r *http.Request) template.HTML {
	return trHTML("<b>%s</b>", r.FormValue("name"))
}

func (p *Page) Motto(r *http.Request) template.HTML {
	return trHTML(r.FormValue("motto")) // want `request input\) converted to template.HTML`
}
