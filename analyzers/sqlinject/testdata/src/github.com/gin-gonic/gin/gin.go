// Package gin is a trimmed stub of github.com/gin-gonic/gin v1.10.0 (the
// binding methods as in v1.12.0).
package gin

type Context struct{}

func (c *Context) Param(key string) string      { return "" }
func (c *Context) Query(key string) string      { return "" }
func (c *Context) ShouldBindJSON(obj any) error { return nil }
func (c *Context) JSON(code int, obj any)       {}

// The request's key-value store (Keys).
func (c *Context) Set(key string, value any)               {}
func (c *Context) Get(key string) (value any, exists bool) { return nil, false }
func (c *Context) MustGet(key string) any                  { return nil }
func (c *Context) GetString(key string) (s string)         { return "" }
func (c *Context) GetHeader(key string) string             { return "" }
func (c *Context) Next()                                   {}

// Binding: the binders validate with go-playground/validator under the
// "binding" tag key.
func (c *Context) ShouldBind(obj any) error       { return nil }
func (c *Context) ShouldBindQuery(obj any) error  { return nil }
func (c *Context) ShouldBindUri(obj any) error    { return nil }
func (c *Context) BindQuery(obj any) error        { return nil }
func (c *Context) BindPlain(obj any) error        { return nil }
func (c *Context) ShouldBindHeader(obj any) error { return nil }
