// Package fiber is a trimmed stub of github.com/gofiber/fiber/v2 v2.52.5.
package fiber

import "io"

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

// The body writers: Ctx is an io.Writer of the response body.
func (c *Ctx) Write(p []byte) (int, error)                    { return 0, nil }
func (c *Ctx) WriteString(s string) (int, error)              { return 0, nil }
func (c *Ctx) Writef(f string, a ...interface{}) (int, error) { return 0, nil }

func (c *Ctx) Render(name string, bind interface{}, layouts ...string) error { return nil }
