// Package web is an application's own request context, the way gitea and
// macaron-style services hand it to their handlers.
package web

import (
	"html/template"
	"net/http"
)

type Base struct {
	Resp http.ResponseWriter
	Req  *http.Request
}

type Context struct {
	*Base
	Data map[string]any
}

var pages = template.Must(template.New("missing").Parse(`<h1>Not found</h1>`))

// PathParam and FormString only read the request.
func (b *Base) PathParam(name string) string { return b.Req.PathValue(name) }

func (b *Base) FormString(key string) string { return b.Req.FormValue(key) }

// Write writes the response body.
func (b *Base) Write(bs []byte) (int, error) { return b.Resp.Write(bs) }

// HTML renders a page.
func (c *Context) HTML(status int, name string) {
	c.Resp.Header().Set("Content-Type", "text/html; charset=utf-8")
	c.Resp.WriteHeader(status)
	_ = pages.ExecuteTemplate(c.Resp, name, c.Data)
}

// SetStatus touches only the headers.
func (b *Base) SetStatus(code int) { b.Resp.WriteHeader(code) }

// Error writes its message, if any, as the body.
func (c *Context) Error(status int, message ...string) {
	c.Resp.WriteHeader(status)
	if len(message) > 0 {
		c.Resp.Write([]byte(message[0]))
	}
}
