package gincase

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// DataFromReader serves a reader under the type it is given.

func readerPage(c *gin.Context) {
	page := "<p>" + c.Query("q") + "</p>"
	c.DataFromReader(http.StatusOK, int64(len(page)), "text/html", strings.NewReader(page), nil) // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).DataFromReader`
}

func readerCSV(c *gin.Context) {
	body := "name\n" + c.Query("q")
	c.DataFromReader(http.StatusOK, int64(len(body)), "text/csv", strings.NewReader(body), nil)
}

// The request's own body served back under an HTML type.
func echoBody(c *gin.Context) {
	c.DataFromReader(http.StatusOK, c.Request.ContentLength, "text/html", c.Request.Body, nil) // want `c.Request.Body \(request input\) written unescaped into an HTML response by \(\*gin.Context\).DataFromReader`
}

func echoBodyPlain(c *gin.Context) {
	c.DataFromReader(http.StatusOK, c.Request.ContentLength, "text/plain", c.Request.Body, nil)
}
