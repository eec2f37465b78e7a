package echocase

import (
	"net/http"
	"os"
	"strings"

	"github.com/labstack/echo/v4"
)

// c.Stream serves a reader under the type it is given.

func streamPage(c echo.Context) error {
	page := "<html><body><pre>" + c.QueryParam("note") + "</pre></body></html>"
	return c.Stream(http.StatusOK, echo.MIMETextHTMLCharsetUTF8, strings.NewReader(page)) // want `c.QueryParam\("note"\) \(request input\) written unescaped into an HTML response by \(echo.Context\).Stream`
}

func streamText(c echo.Context) error {
	return c.Stream(http.StatusOK, "text/plain; charset=utf-8", strings.NewReader(c.QueryParam("note")))
}

func streamFile(c echo.Context) error {
	f, err := os.Open("/srv/notes/" + c.Param("id") + ".html")
	if err != nil {
		return err
	}
	return c.Stream(http.StatusOK, echo.MIMETextHTMLCharsetUTF8, f) // a file the server holds, as a file server serves it
}

// The request's own body served back, bounded, under an HTML type.
func streamBody(c echo.Context) error {
	body := http.MaxBytesReader(c.Response(), c.Request().Body, 1<<20)
	return c.Stream(http.StatusOK, echo.MIMETextHTMLCharsetUTF8, body) // want `\(request input\) written unescaped into an HTML response by \(echo.Context\).Stream`
}
