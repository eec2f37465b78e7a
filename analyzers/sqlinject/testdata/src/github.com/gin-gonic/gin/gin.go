// Package gin is a trimmed stub of github.com/gin-gonic/gin v1.10.0.
package gin

type Context struct{}

func (c *Context) Param(key string) string      { return "" }
func (c *Context) Query(key string) string      { return "" }
func (c *Context) ShouldBindJSON(obj any) error { return nil }
func (c *Context) JSON(code int, obj any)       {}
