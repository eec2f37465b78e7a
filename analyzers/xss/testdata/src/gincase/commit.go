package gincase

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// gin's WriteHeader records the status; the headers go out at the first
// write, so a type set after it is the one served.
func ginStatusThenPlain(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusNotFound)
	c.Writer.Header().Set("Content-Type", "text/plain; charset=utf-8")
	c.Writer.Write([]byte(c.Query("q"))) // safe
}

// The first write sent them: a type set after it is not served.
func ginWriteThenPlain(c *gin.Context) {
	c.Writer.WriteString("<p>")
	c.Writer.Header().Set("Content-Type", "text/plain; charset=utf-8")
	c.Writer.Write([]byte(c.Query("q"))) // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}
