// Package echo is a trimmed stub of github.com/labstack/echo/v4 v4.12.0.
package echo

import (
	"io"
	"net/http"
)

const (
	HeaderContentType       = "Content-Type"
	MIMETextHTMLCharsetUTF8 = "text/html; charset=UTF-8"
)

type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	QueryParam(name string) string
	FormValue(name string) string
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	Render(code int, name string, data any) error
	// Error hands err to the app's HTTPErrorHandler.
	Error(err error)
	Bind(i any) error
}

// Renderer is the template engine behind c.Render, served as text/html.
type Renderer interface {
	Render(io.Writer, string, interface{}, Context) error
}

type Echo struct {
	Renderer         Renderer
	HTTPErrorHandler HTTPErrorHandler
}

// HandlerFunc serves a route; HTTPErrorHandler is handed the error one
// returns.
type HandlerFunc func(c Context) error
type MiddlewareFunc func(next HandlerFunc) HandlerFunc
type HTTPErrorHandler func(err error, c Context)

func New() *Echo { return &Echo{} }

type Route struct{}

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group             { return nil }

type Group struct{}

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }

// HTTPError is an error with a status and a message.
type HTTPError struct {
	Code     int
	Message  interface{}
	Internal error
}

func NewHTTPError(code int, message ...interface{}) *HTTPError {
	he := &HTTPError{Code: code}
	if len(message) > 0 {
		he.Message = message[0]
	}
	return he
}

func (he *HTTPError) Error() string { return "" }

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer http.ResponseWriter
}

func (r *Response) Header() http.Header         { return nil }
func (r *Response) WriteHeader(code int)        {}
func (r *Response) Write(b []byte) (int, error) { return 0, nil }
