// Package gin is a trimmed stub of github.com/gin-gonic/gin (v1.12.0): the
// routing and context API only, bodies empty.
package gin

import "net/http"

type HandlerFunc func(*Context)

type HandlersChain []HandlerFunc

type Context struct {
	Request *http.Request
}

func (c *Context) Next()                                         {}
func (c *Context) Abort()                                        {}
func (c *Context) AbortWithStatus(code int)                      {}
func (c *Context) AbortWithStatusJSON(code int, obj any)         {}
func (c *Context) JSON(code int, obj any)                        {}
func (c *Context) String(code int, format string, values ...any) {}
func (c *Context) Status(code int)                               {}
func (c *Context) Param(key string) string                       { return "" }
func (c *Context) GetHeader(key string) string                   { return "" }
func (c *Context) MustGet(key string) any                        { return nil }
func (c *Context) Get(key string) (value any, exists bool)       { return nil, false }

type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
}

type RouterGroup struct{ Handlers HandlersChain }

func (g *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return g }
func (g *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return g
}
func (g *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes    { return g }
func (g *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes   { return g }
func (g *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes    { return g }
func (g *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes { return g }
func (g *RouterGroup) Handle(method, relativePath string, handlers ...HandlerFunc) IRoutes {
	return g
}

type Engine struct {
	RouterGroup
}

func New() *Engine     { return &Engine{} }
func Default() *Engine { return &Engine{} }

func (e *Engine) Use(middleware ...HandlerFunc) IRoutes { return e }
func (e *Engine) Run(addr ...string) error              { return nil }

type Accounts map[string]string

func BasicAuth(accounts Accounts) HandlerFunc { return nil }
