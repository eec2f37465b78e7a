package gincase

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// gin's Data writes its type only when the handler set none: the plain
// type set first is what is served.
func plainFirstThenData(c *gin.Context) {
	c.Header("Content-Type", "text/plain; charset=utf-8")
	c.Data(http.StatusOK, "text/html", []byte(c.Query("q")))
}

func htmlFirstThenJSONData(c *gin.Context) {
	c.Header("Content-Type", "text/html")
	c.Data(http.StatusOK, "application/json", []byte(c.Query("q"))) // want `by \(\*gin.Context\).Data`
}
