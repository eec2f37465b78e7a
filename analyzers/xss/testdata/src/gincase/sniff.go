package gincase

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// A gin handler is handed its response with nothing written, like a
// func(w, r): text whose first bytes are constant non-markup is sniffed
// as text/plain.

func ginSniffPlain(c *gin.Context) {
	c.Writer.Write([]byte("no such patient: " + c.Param("id"))) // safe: text/plain by sniffing
}

func ginSniffString(c *gin.Context) {
	c.Writer.WriteString("no such patient: " + c.Query("id")) // safe
}

func ginSniffMarkup(c *gin.Context) {
	c.Writer.WriteString("<p>" + c.Query("id")) // want `c.Query\("id"\) \(request input\) written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}

func ginSniffSecond(c *gin.Context) {
	c.Writer.WriteString("<h1>Patients</h1>")
	c.Writer.WriteString("no such patient: " + c.Query("id")) // want `written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}

// A framework write before: the page began as HTML.
func ginSniffAfterData(c *gin.Context) {
	c.Data(http.StatusNotFound, "text/html; charset=utf-8", []byte("<h1>Not found</h1>"))
	c.Writer.WriteString("no such patient: " + c.Query("id")) // want `written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}

// A call handed the context may have written.
func ginSniffHelper(c *gin.Context) {
	pageTitle(c)
	c.Writer.Write([]byte("no such patient: " + c.Param("id"))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

func pageTitle(c *gin.Context) { c.Writer.WriteString("<h1>Patients</h1>") }

// A handler-shaped function another one calls after writing is no
// handler: its response has begun.
func ginShow(c *gin.Context) {
	c.Writer.WriteString("<h1>Patient</h1>")
	ginNotFound(c)
}

func ginNotFound(c *gin.Context) {
	c.Writer.WriteString("not found: " + c.Query("id")) // want `written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}

func ginSniffTyped(c *gin.Context) {
	c.Writer.Header().Set("Content-Type", "text/html")
	c.Writer.WriteString("no such patient: " + c.Query("id")) // want `written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}

// Headers alone write no body: the first write is still sniffed.
func ginSniffStatus(c *gin.Context) {
	c.Writer.Header().Set("Cache-Control", "no-store")
	c.Writer.WriteHeader(http.StatusNotFound)
	c.Writer.WriteString("no such patient: " + c.Query("id")) // safe
}

// The writer handed on as an io.Writer wrote first.
func ginSniffAfterFprint(c *gin.Context) {
	fmt.Fprint(c.Writer, "<h1>Patients</h1>")
	c.Writer.WriteString("no such patient: " + c.Query("id")) // want `written unescaped into an HTML response by \(gin.ResponseWriter\).WriteString`
}
