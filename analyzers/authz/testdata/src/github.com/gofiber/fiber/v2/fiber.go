// Package fiber is a trimmed stub of github.com/gofiber/fiber/v2 (v2.52):
// the routing and context API only, bodies empty.
package fiber

import "context"

type Ctx struct{}

func (c *Ctx) Next() error                                              { return nil }
func (c *Ctx) Params(key string, defaultValue ...string) string         { return "" }
func (c *Ctx) Get(key string, defaultValue ...string) string            { return "" }
func (c *Ctx) SendStatus(status int) error                              { return nil }
func (c *Ctx) UserContext() context.Context                             { return context.Background() }
func (c *Ctx) Locals(key interface{}, value ...interface{}) interface{} { return nil }

type Handler = func(*Ctx) error

type Error struct{ Code int }

func (e *Error) Error() string { return "" }

var ErrUnauthorized error = &Error{Code: 401}

type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

type App struct{}

func New() *App { return &App{} }

func (app *App) Use(args ...interface{}) Router                  { return app }
func (app *App) Get(path string, handlers ...Handler) Router     { return app }
func (app *App) Post(path string, handlers ...Handler) Router    { return app }
func (app *App) Delete(path string, handlers ...Handler) Router  { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router { return app }
func (app *App) Listen(addr string) error                        { return nil }
