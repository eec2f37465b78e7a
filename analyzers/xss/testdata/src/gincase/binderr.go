package gincase

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

type visitForm struct {
	Ward  string `form:"ward" json:"ward"`
	Beds  int    `form:"beds" json:"beds"`
	Notes []struct {
		Text string `json:"text"`
	} `json:"notes"`
}

type bookingForm struct {
	Ward string    `json:"ward"`
	At   time.Time `json:"at"`
}

// ShouldBind decodes a form or XML as the request chooses: a number's
// text is quoted by the error.
func visitBind(c *gin.Context) {
	var f visitForm
	if err := c.ShouldBind(&f); err != nil {
		c.Data(http.StatusBadRequest, "text/html; charset=utf-8", []byte("<p>"+err.Error()+"</p>")) // want `c.ShouldBind\(&f\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).Data`
		return
	}
	c.JSON(http.StatusOK, f)
}

// JSON names the type it could not decode into, not the text.
func visitJSON(c *gin.Context) {
	var f visitForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.Data(http.StatusBadRequest, "text/html; charset=utf-8", []byte("<p>"+err.Error()+"</p>"))
		return
	}
	c.JSON(http.StatusOK, f)
}

// A time's error quotes the text, in JSON too.
func bookingJSON(c *gin.Context) {
	var f bookingForm
	if err := c.ShouldBindJSON(&f); err != nil {
		c.Data(http.StatusBadRequest, "text/html; charset=utf-8", []byte("<p>"+err.Error()+"</p>")) // want `c.ShouldBindJSON\(&f\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).Data`
		return
	}
	c.JSON(http.StatusOK, f)
}

// A download: gin's c.Header sets the disposition.
func exportNote(c *gin.Context) {
	note := c.Query("note")
	c.Header("Content-Disposition", `attachment; filename="note.html"`)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(note))
}

func showNoteInline(c *gin.Context) {
	note := c.Query("note")
	c.Header("Content-Disposition", `inline`)
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(note)) // want `c.Query\("note"\) \(request input\) written unescaped into an HTML response by \(\*gin.Context\).Data`
}
