// Package fiber3case registers fiber v3 routes: handlers typed any, the
// route's own middleware first and its handler last, and Use covering
// only the routes registered after it.
package fiber3case

import (
	"context"

	"github.com/gofiber/fiber/v3"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c fiber.Ctx) error { // want get:"touches"
	_ = h.st.Patient(context.Background(), c.Params("id"))
	return nil
}

// RequireKey rejects requests without an API key.
func RequireKey(c fiber.Ctx) error { // want RequireKey:"guard\\(authn\\)"
	if c.Get("X-API-Key") == "" {
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

// Timing is middleware that is no guard.
func Timing(c fiber.Ctx) error { return c.Next() }

func Routes(h *H) {
	app := fiber.New()
	app.Get("/open/:id", h.get)              // want `route GET /open/:id .* has no authentication`
	app.Get("/keyed/:id", RequireKey, h.get) // want `route GET /keyed/:id .* is authenticated by fiber3case.RequireKey`
	app.Get("/timed/:id", Timing, h.get)     // want `route GET /timed/:id .* has no authentication`
	api := app.Group("/api", RequireKey)
	api.Get("/:id", h.get) // want `route GET /api/:id .* is authenticated by fiber3case.RequireKey`
	app.Listen(":3000")
}

func Ordered(h *H) {
	app := fiber.New()
	app.Get("/early/:id", h.get) // want `route GET /early/:id .* is registered before fiber3case.RequireKey is added with Use`
	app.Use(RequireKey)
	app.Get("/late/:id", h.get) // want `route GET /late/:id .* is authenticated by fiber3case.RequireKey`
	app.Listen(":3000")
}
