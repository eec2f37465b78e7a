// Package fiber is a trimmed stub of github.com/gofiber/fiber/v2 v2.52.5.
package fiber

import (
	"io"

	"github.com/valyala/fasthttp"
)

// Views is the template engine behind c.Render, served as text/html.
type Views interface {
	Load() error
	Render(io.Writer, string, interface{}, ...string) error
}

type Ctx struct{}

func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) Query(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) SendString(body string) error                     { return nil }
func (c *Ctx) Send(body []byte) error                           { return nil }
func (c *Ctx) Set(key, val string)                              {}
func (c *Ctx) Type(extension string, charset ...string) *Ctx    { return c }
func (c *Ctx) JSON(data any, ctype ...string) error             { return nil }

// The fasthttp request and response under the context.
func (c *Ctx) Context() *fasthttp.RequestCtx { return nil }
func (c *Ctx) Response() *fasthttp.Response  { return nil }

// The body writers: Ctx is an io.Writer of the response body.
func (c *Ctx) Write(p []byte) (int, error)                    { return 0, nil }
func (c *Ctx) WriteString(s string) (int, error)              { return 0, nil }
func (c *Ctx) Writef(f string, a ...interface{}) (int, error) { return 0, nil }

func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }

// Handler serves a route; ErrorHandler is handed the error one returns.
type Handler = func(*Ctx) error
type ErrorHandler = func(*Ctx, error) error

type Config struct {
	AppName      string
	ErrorHandler ErrorHandler
}

type App struct{}

func New(config ...Config) *App { return &App{} }

// Router registers routes: App and Group implement it.
type Router interface {
	Get(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

func (app *App) Get(path string, handlers ...Handler) Router     { return nil }
func (app *App) Group(prefix string, handlers ...Handler) Router { return nil }
func (c *Ctx) Status(status int) *Ctx                            { return c }
func (c *Ctx) BodyParser(out interface{}) error                  { return nil }

// Error is an error with a status and a message.
type Error struct {
	Code    int
	Message string
}

func NewError(code int, message ...string) *Error {
	err := &Error{Code: code}
	if len(message) > 0 {
		err.Message = message[0]
	}
	return err
}

func (e *Error) Error() string { return e.Message }

const (
	StatusBadRequest          = 400
	StatusNotFound            = 404
	StatusInternalServerError = 500
)
