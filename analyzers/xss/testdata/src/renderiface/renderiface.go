// Package renderiface: template engines behind a framework's render call
// (echo's Renderer, fiber's Views), whose output the framework serves as
// text/html.
package renderiface

import (
	htmltemplate "html/template"
	"io"
	"text/template"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// TextRenderer adapts text/template to echo's Renderer.
type TextRenderer struct {
	templates *template.Template
}

func (t *TextRenderer) Render(w io.Writer, name string, data any, c echo.Context) error {
	return t.templates.ExecuteTemplate(w, name, data) // want `parameter data \(the data handlers pass to echo's c.Render\) rendered by \(\*template.Template\).ExecuteTemplate into an HTTP response; text/template does not escape HTML; the first of its actions that prints data unescaped is \{\{.\}\}: use html/template, or escape that action for where it prints`
}

// textViews is a fiber Views engine on text/template.
type textViews struct {
	t *template.Template
}

func (v *textViews) Load() error { return nil }

func (v *textViews) Render(w io.Writer, name string, bind interface{}, layouts ...string) error {
	return v.t.ExecuteTemplate(w, name, bind) // want `parameter bind \(the data handlers pass to fiber's c.Render\) rendered by`
}

var _ fiber.Views = (*textViews)(nil)

// Safe twins.

// HTMLRenderer uses html/template, which escapes the data.
type HTMLRenderer struct {
	templates *htmltemplate.Template
}

func (t *HTMLRenderer) Render(w io.Writer, name string, data any, c echo.Context) error {
	return t.templates.ExecuteTemplate(w, name, data)
}

// report has a Render method that is no echo Renderer: its writer is
// whatever its callers pass (a file here).
type report struct {
	t *template.Template
}

func (r *report) Render(w io.Writer, name string, data any) error {
	return r.t.ExecuteTemplate(w, name, data)
}

// constRenderer renders no data.
type constRenderer struct {
	t *template.Template
}

func (t *constRenderer) Render(w io.Writer, name string, data any, c echo.Context) error {
	return t.t.ExecuteTemplate(w, name, nil)
}

func register(e *echo.Echo) {
	e.Renderer = &TextRenderer{templates: template.Must(template.New("x").Parse(`{{.}}`))}
}
