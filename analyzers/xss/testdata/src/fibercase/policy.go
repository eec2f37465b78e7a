package fibercase

import "github.com/gofiber/fiber/v2"

// A helper that types its response HTML itself still writes under the
// script-free policy its caller set before.
func pageUnderPolicy(c *fiber.Ctx) error {
	c.Set("Content-Security-Policy", "script-src 'none'")
	return renderPage(c, c.Query("q")) // safe: no script runs
}
