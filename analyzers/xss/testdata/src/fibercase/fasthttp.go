package fibercase

import "github.com/gofiber/fiber/v2"

// The type set through the fasthttp response or context under the
// handler's: SendString keeps it.
func fasthttpHTMLType(c *fiber.Ctx) error {
	c.Response().Header.SetContentType("text/html; charset=utf-8")
	return c.SendString("<p>" + c.Query("q") + "</p>") // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by \(\*fiber.Ctx\).SendString`
}

func fasthttpCtxHTMLType(c *fiber.Ctx) error {
	c.Context().SetContentType("text/html")
	return c.SendString(c.Query("q")) // want `by \(\*fiber.Ctx\).SendString`
}

func fasthttpHeaderHTML(c *fiber.Ctx) error {
	c.Response().Header.Set("Content-Type", "text/html")
	return c.SendString(c.Query("q")) // want `by \(\*fiber.Ctx\).SendString`
}

// A plain type set so is plain still.
func fasthttpPlainType(c *fiber.Ctx) error {
	c.Response().Header.SetContentType("text/plain; charset=utf-8")
	return c.SendString("<p>" + c.Query("q") + "</p>") // safe
}
