package gincase

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Helpers that set the type through gin's c.Header on every path: what
// they set decides as if it were set inline.
func setHTMLType(c *gin.Context) { c.Header("Content-Type", "text/html; charset=utf-8") }

func setPlainType(c *gin.Context) { c.Header("Content-Type", "text/plain; charset=utf-8") }

func helperHTMLThenString(c *gin.Context) {
	setHTMLType(c)
	c.String(http.StatusOK, "<p>%s</p>", c.Query("q")) // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).String`
}

func helperPlainThenData(c *gin.Context) {
	setPlainType(c)
	c.Writer.WriteString("<p>" + c.Query("q") + "</p>") // safe: text/plain set first
}
