// Package gin is a trimmed stub of github.com/gin-gonic/gin v1.10.0.
package gin

import (
	"io"
	"net/http"
)

// ResponseWriter is gin's response writer; it embeds http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	WriteString(s string) (int, error)
}

type Param struct{ Key, Value string }

type Params []Param

func (ps Params) ByName(name string) string { return "" }

type H map[string]any

type Context struct {
	Request *http.Request
	Writer  ResponseWriter
	Params  Params
}

func (c *Context) Param(key string) string                        { return "" }
func (c *Context) Query(key string) string                        { return "" }
func (c *Context) PostForm(key string) string                     { return "" }
func (c *Context) GetHeader(key string) string                    { return "" }
func (c *Context) Header(key, value string)                       {}
func (c *Context) ShouldBind(obj any) error                       { return nil }
func (c *Context) ShouldBindJSON(obj any) error                   { return nil }
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) HTML(code int, name string, obj any) {}
func (c *Context) JSON(code int, obj any)              {}

// The request's key-value store (Keys).
func (c *Context) Set(key string, value any)               {}
func (c *Context) Get(key string) (value any, exists bool) { return nil, false }
func (c *Context) MustGet(key string) any                  { return nil }
func (c *Context) GetString(key string) (s string)         { return "" }
