package models

// Models of web frameworks' response writers and template-engine
// interfaces that are not http.ResponseWriter: where a program writes
// into a response through them, and what the framework serves.

// BodyWriter is a framework type (the pointer to it) whose Write appends
// to an HTTP response's body although it is no http.ResponseWriter:
// fmt.Fprintf(c, ...) with c a *fiber.Ctx writes into the response.
type BodyWriter struct {
	Type string // the named type's path: "github.com/gofiber/fiber/v2.Ctx"
	// PlainUnlessSet: the response is text/plain unless the handler set
	// an HTML type before it writes (no sniffing, unlike net/http).
	PlainUnlessSet bool
}

var bodyWriters = []BodyWriter{
	{Type: "github.com/gofiber/fiber/v2.Ctx", PlainUnlessSet: true},
}

// BodyWriterOf returns the row of a named type's path, or nil.
func BodyWriterOf(path string) *BodyWriter {
	for i := range bodyWriters {
		if bodyWriters[i].Type == path {
			return &bodyWriters[i]
		}
	}
	return nil
}

// Renderer is a framework's interface for a template engine: the
// framework calls Method with a writer whose text it then serves as
// text/html, and with the data a handler passed to its render call.
type Renderer struct {
	Iface  string // the interface's path: "github.com/labstack/echo/v4.Renderer"
	Method string
	// Writer and Data are the method's parameter indexes (0 the first
	// after the receiver).
	Writer, Data int
	// Call names what hands the data over, for messages.
	Call string
}

// Renderers: gin's render.Render writes into an http.ResponseWriter and
// needs no row.
var Renderers = []Renderer{
	// echo v4: c.Render(code, name, data) serves the output with HTMLBlob.
	{Iface: "github.com/labstack/echo/v4.Renderer", Method: "Render", Writer: 0, Data: 2, Call: "echo's c.Render"},
	// fiber v2: c.Render(name, bind) sets text/html after Views.Render.
	{Iface: "github.com/gofiber/fiber/v2.Views", Method: "Render", Writer: 0, Data: 2, Call: "fiber's c.Render"},
}
