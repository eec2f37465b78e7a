package models

import "strings"

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

// ErrorRoute is a framework that hands the error a route's handler
// returns to an error handler the application sets: echo's
// e.HTTPErrorHandler, fiber's Config.ErrorHandler. What that handler
// writes of the error is written from the route's handler (an
// echo.NewHTTPError(404, "no ward "+ward) rendered by c.HTML). Without
// one set, the framework's default answers (echo: JSON; fiber:
// text/plain) and no row applies.
type ErrorRoute struct {
	Pkg string // the framework's package path
	// App is the application type (the pointer to it) whose methods
	// register handlers, as do the methods of what they return (a Group).
	App string
	// Config, when set, is the struct that holds the error handler in
	// Field and that New, the package's constructor of App, takes (a
	// variadic argument); when empty, Field is App's own.
	Config, New, Field string
	// ErrParam is the error's index among the error handler's
	// parameters.
	ErrParam int
	// Raise, when set, is a method of the handler's context that hands
	// its error argument to the error handler at once (echo's c.Error).
	Raise string
	// Name names the setting in messages.
	Name string
	// Typed lists methods of the handler's context that write a body
	// under a non-HTML type (echo's c.JSON, c.String). Where the
	// framework streams the response (echo, over net/http), one that ran
	// before the error is handed over sent that type: the error handler's
	// writes cannot change it.
	Typed []string
}

// ErrorRoutes lists the frameworks' error routes. A route's handler is a
// function of one parameter, a type of Pkg (echo.Context, *fiber.Ctx),
// that returns an error.
var ErrorRoutes = []ErrorRoute{
	{Pkg: "github.com/labstack/echo/v4", App: "Echo", Field: "HTTPErrorHandler", ErrParam: 0, Raise: "(github.com/labstack/echo/v4.Context).Error", Name: "echo HTTPErrorHandler",
		Typed: echoMethods("String", "JSON", "JSONPretty", "JSONBlob", "JSONP", "JSONPBlob", "XML", "XMLPretty", "XMLBlob")},
	{Pkg: "github.com/gofiber/fiber/v2", App: "App", Config: "Config", New: "New", Field: "ErrorHandler", ErrParam: 1, Name: "fiber ErrorHandler"},
}

func echoMethods(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "(github.com/labstack/echo/v4.Context)." + n
	}
	return out
}

// TypeSetter is a framework call that sets its response's Content-Type
// other than net/http's Header().Set: a header setter given the key and
// the value (gin's c.Header, fiber's c.Set), one given the type itself
// (fasthttp's SetContentType, under fiber's c.Response() and
// c.Context()), or one given a file extension whose type it sets
// (fiber's c.Type("html")).
type TypeSetter struct {
	Func string
	Key  int  // the header key's argument; None: Val is the type (or, with Ext, an extension)
	Val  int  // the value's argument, or the extension's
	Ext  bool // Val is a file extension
}

var typeSetters = []TypeSetter{
	{Func: "(*github.com/gin-gonic/gin.Context).Header", Key: 0, Val: 1},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Set", Key: 0, Val: 1},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Type", Key: None, Val: 0, Ext: true},
	{Func: "(*github.com/valyala/fasthttp.ResponseHeader).Set", Key: 0, Val: 1},
	{Func: "(*github.com/valyala/fasthttp.ResponseHeader).SetContentType", Key: None, Val: 0},
	{Func: "(*github.com/valyala/fasthttp.RequestCtx).SetContentType", Key: None, Val: 0},
}

var typeSetterByFunc, typeSetterNames = func() (map[string]*TypeSetter, map[string]bool) {
	byFunc, names := map[string]*TypeSetter{}, map[string]bool{}
	for i := range typeSetters {
		r := &typeSetters[i]
		byFunc[r.Func] = r
		names[r.Func[strings.LastIndexByte(r.Func, '.')+1:]] = true
	}
	return byFunc, names
}()

// TypeSetterFor returns the row of a function's FullName, or nil.
func TypeSetterFor(fullName string) *TypeSetter { return typeSetterByFunc[fullName] }

// TypeSetterName reports whether some row's function has this name (a
// cheap test before TypeSetterFor, which needs the full name).
func TypeSetterName(name string) bool { return typeSetterNames[name] }
