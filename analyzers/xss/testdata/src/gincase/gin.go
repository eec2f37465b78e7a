// Package gincase: gin handlers.
package gincase

import (
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"net/http"

	"github.com/gin-gonic/gin"
)

func positive(c *gin.Context) {
	name := c.Query("name")
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<p>"+name+"</p>")) // want `c.Query\("name"\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).Data`
	c.Writer.Write([]byte(c.Param("id")))                                        // want `by \(http.ResponseWriter\).Write`
	c.Writer.WriteString(c.PostForm("msg"))                                      // want `by \(gin.ResponseWriter\).WriteString`
	fmt.Fprintf(c.Writer, "<b>%s</b>", c.GetHeader("X-Name"))                    // want `by fmt.Fprintf`
	_ = template.HTML(c.Params.ByName("slug"))                                   // want `converted to template.HTML`
}

func stringAfterHTMLType(c *gin.Context) {
	c.Header("Content-Type", "text/html")
	c.String(http.StatusOK, "<p>%s</p>", c.Query("q")) // want `by \(\*gin.Context\).String`
}

func negative(c *gin.Context) {
	name := c.Query("name")
	c.String(http.StatusOK, "hello %s", name) // text/plain
	c.JSON(http.StatusOK, gin.H{"name": name})
	c.HTML(http.StatusOK, "page.tmpl", gin.H{"name": name}) // html/template
	c.Data(http.StatusOK, "application/json", []byte(name))
	b, _ := json.Marshal(name)
	c.Data(http.StatusOK, "text/html", b)
	c.Writer.Write([]byte(html.EscapeString(name)))
	_ = template.HTML(html.EscapeString(c.Param("id")))
	_ = template.HTML("<hr>")
}
