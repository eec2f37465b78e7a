package echocase

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// echo writes String's and Blob's type only when the handler set none: a
// type set before wins.
func typeSetFirst(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, echo.MIMETextHTMLCharsetUTF8)
	return c.String(http.StatusOK, "Welcome back, "+c.QueryParam("name")) // want `c.QueryParam\("name"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).String`
}

func htmlTypeThenJSONBlob(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, "text/html")
	return c.Blob(http.StatusOK, "application/json", []byte(c.QueryParam("q"))) // want `by \(echo.Context\).Blob`
}

// A plain type set first stays.
func plainTypeThenBlob(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderContentType, "text/plain; charset=utf-8")
	return c.Blob(http.StatusOK, "text/html", []byte(c.QueryParam("q")))
}
