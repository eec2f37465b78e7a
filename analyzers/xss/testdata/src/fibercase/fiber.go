// Package fibercase: fiber v2 handlers.
package fibercase

import (
	"html"
	"html/template"

	"github.com/gofiber/fiber/v2"
)

func positive(c *fiber.Ctx) error {
	c.Type("html")
	return c.SendString("<p>" + c.Query("q") + "</p>") // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString`
}

func positiveSet(c *fiber.Ctx) error {
	c.Set("Content-Type", "text/html; charset=utf-8")
	_ = template.HTML(c.Params("name"))     // want `converted to template.HTML`
	return c.Send([]byte(c.Params("name"))) // want `by \(\*fiber.Ctx\).Send`
}

func negative(c *fiber.Ctx) error {
	q := c.Query("q")
	c.SendString("you searched for " + q) // text/plain by default
	c.Type("html")
	c.SendString("<p>" + html.EscapeString(q) + "</p>")
	return c.JSON(map[string]string{"q": q})
}

// Types by extension: an SVG or XML document runs script as HTML does; a
// CSV does not.
func byExtension(c *fiber.Ctx) error {
	c.Type("svg")
	c.SendString(c.Query("a")) // want `by \(\*fiber.Ctx\).SendString`
	c.Type(".xml")
	c.SendString(c.Query("b")) // want `by \(\*fiber.Ctx\).SendString`
	c.Type("csv")
	return c.SendString(c.Query("c"))
}
