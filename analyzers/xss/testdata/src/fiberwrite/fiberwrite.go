// Package fiberwrite: a fiber Ctx used as an io.Writer of the response
// body (fmt.Fprintf(c, ...), io.WriteString(c, ...)): text/plain unless
// the handler set an HTML type.
package fiberwrite

import (
	"fmt"
	"html"
	"io"

	"github.com/gofiber/fiber/v2"
)

func fprintf(c *fiber.Ctx) error {
	c.Type("html")
	_, err := fmt.Fprintf(c, "<p>%s</p>", c.Query("q")) // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
	return err
}

func writeString(c *fiber.Ctx) error {
	c.Set("Content-Type", "text/html")
	_, err := io.WriteString(c, "<p>"+c.Query("q")+"</p>") // want `written unescaped into an HTML response by io.WriteString`
	return err
}

func ctxWriteString(c *fiber.Ctx) error {
	c.Type("html")
	_, err := c.WriteString("<p>" + c.Query("q") + "</p>") // want `written unescaped into an HTML response by \(\*fiber.Ctx\).WriteString`
	c.Writef("<p>%s</p>", c.Query("q"))                    // want `written unescaped into an HTML response by \(\*fiber.Ctx\).Writef`
	return err
}

func ctxWritefPlain(c *fiber.Ctx) {
	c.Writef("<p>%s</p>", c.Query("q")) // text/plain by default
}

// An HTML-escaped value in an unquoted attribute: a space starts a new
// attribute.
func unquoted(c *fiber.Ctx) error {
	ward := c.Query("ward", "general")
	c.Type("html", "utf-8")
	fmt.Fprintf(c, "<table class=ward-%s>", html.EscapeString(ward)) // want `escaped for HTML but placed in an unquoted class attribute value`
	return nil
}

// Safe twins.

func plainByDefault(c *fiber.Ctx) error {
	_, err := fmt.Fprintf(c, "<p>%s</p>", c.Query("q")) // fiber's default type is text/plain
	return err
}

func typedText(c *fiber.Ctx) error {
	c.Type("txt")
	_, err := io.WriteString(c, c.Query("q"))
	return err
}

func quoted(c *fiber.Ctx) error {
	ward := c.Query("ward")
	c.Type("html")
	fmt.Fprintf(c, "<table class=\"ward-%s\">", html.EscapeString(ward))
	_, err := fmt.Fprintf(c, "<td>%s</td>", html.EscapeString(ward))
	return err
}
