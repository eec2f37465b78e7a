// Package echocase: echo handlers.
package echocase

import (
	"fmt"
	"html"
	"html/template"
	"net/http"

	"github.com/labstack/echo/v4"
)

func positive(c echo.Context) error {
	q := c.QueryParam("q")
	c.HTMLBlob(http.StatusOK, []byte(c.Param("id")))            // want `by \(echo.Context\).HTMLBlob`
	fmt.Fprintf(c.Response(), "<p>%s</p>", c.FormValue("note")) // want `by fmt.Fprintf`
	c.Response().Write([]byte(q))                               // want `by \(\*echo.Response\).Write`
	c.Blob(http.StatusOK, "text/html", []byte(q))               // want `by \(echo.Context\).Blob`
	_ = template.URL(q)                                         // want `converted to template.URL`
	return c.HTML(http.StatusOK, "<h1>"+q+"</h1>")              // want `c.QueryParam\("q"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).HTML`
}

func negative(c echo.Context) error {
	q := c.QueryParam("q")
	c.String(http.StatusOK, q) // text/plain
	c.JSON(http.StatusOK, map[string]string{"q": q})
	c.Blob(http.StatusOK, "application/json", []byte(q))
	c.Response().Header().Set("Content-Type", "text/plain")
	c.Response().Write([]byte(q))
	return c.HTML(http.StatusOK, "<h1>"+html.EscapeString(q)+"</h1>")
}
