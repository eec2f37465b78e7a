package echocase

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// echo's Response.WriteHeader sends the headers at once: a type set
// after it is not served, and net/http sniffs the body.
func echoStatusThenPlain(c echo.Context) error {
	c.Response().WriteHeader(http.StatusNotFound)
	c.Response().Header().Set(echo.HeaderContentType, "text/plain; charset=utf-8")
	_, err := c.Response().Write([]byte(c.QueryParam("q"))) // want `c.QueryParam\("q"\) \(request input\) written unescaped into an HTML response by \(\*echo.Response\).Write`
	return err
}

// Set before it, the type is served.
func echoPlainThenStatus(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, "text/plain; charset=utf-8")
	c.Response().WriteHeader(http.StatusNotFound)
	_, err := c.Response().Write([]byte(c.QueryParam("q"))) // safe
	return err
}
