// Package fiber is a trimmed stub of github.com/gofiber/fiber/v3 (v3.0.0):
// the routing and context API only, bodies empty. Handlers and middleware
// are passed as any.
package fiber

type Ctx interface {
	Next() error
	Params(key string, defaultValue ...string) string
	Get(key string, defaultValue ...string) string
	SendStatus(status int) error
}

type Handler = func(Ctx) error

type Error struct{ Code int }

func (e *Error) Error() string { return "" }

var ErrUnauthorized error = &Error{Code: 401}

type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Delete(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
}

type App struct{}

func New() *App { return &App{} }

func (app *App) Use(args ...any) Router                                  { return app }
func (app *App) Get(path string, handler any, handlers ...any) Router    { return app }
func (app *App) Post(path string, handler any, handlers ...any) Router   { return app }
func (app *App) Delete(path string, handler any, handlers ...any) Router { return app }
func (app *App) Group(prefix string, handlers ...any) Router             { return app }
func (app *App) Listen(addr string) error                                { return nil }
