package echocase

import (
	"github.com/labstack/echo/v4"
)

// An echo handler's response is fresh: its first write is sniffed.

func echoSniffPlain(c echo.Context) error {
	_, err := c.Response().Write([]byte("no such patient: " + c.QueryParam("id"))) // safe: text/plain by sniffing
	return err
}

func echoSniffMarkup(c echo.Context) error {
	_, err := c.Response().Write([]byte("<b>" + c.QueryParam("id"))) // want `by \(\*echo.Response\).Write`
	return err
}

func echoSniffTyped(c echo.Context) error {
	c.Response().Header().Set("Content-Type", "text/html; charset=UTF-8")
	_, err := c.Response().Write([]byte("no such patient: " + c.QueryParam("id"))) // want `by \(\*echo.Response\).Write`
	return err
}
