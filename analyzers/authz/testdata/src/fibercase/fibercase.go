package fibercase

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/keyauth"

	"store"
)

var st *store.Store

func get(c *fiber.Ctx) error { // want get:"touches"
	_ = st.Patient(nil, c.Params("id"))
	return nil
}

// byUserContext passes fiber's UserContext, the request's
// context.Context, to the store: no principal in sight.
func byUserContext(c *fiber.Ctx) error { // want byUserContext:"touches"
	_ = st.Patient(c.UserContext(), c.Params("id"))
	return nil
}

// byLocalsUser keys the query by the user a middleware stored in Locals:
// scoped to the principal.
func byLocalsUser(c *fiber.Ctx) error {
	_ = st.Patient(c.UserContext(), c.Locals("user").(string))
	return nil
}

// RequireUser rejects with fiber.ErrUnauthorized.
func RequireUser(c *fiber.Ctx) error { // want RequireUser:"guard\\(authn\\)"
	if c.Get("Authorization") == "" {
		return fiber.ErrUnauthorized
	}
	return c.Next()
}

// Svc holds fiber middleware written as methods.
type Svc struct{}

// requireStaff answers 403 and returns without calling c.Next(): in fiber
// (unlike gin) that ends the chain, so it is a guard.
func (s *Svc) requireStaff(c *fiber.Ctx) error { // want requireStaff:"guard\\(authz\\)"
	if c.Get("X-Role") != "staff" {
		c.SendStatus(403)
		return nil
	}
	return c.Next()
}

func Routes() {
	app := fiber.New()
	app.Get("/early/:id", get) // want `route GET /early/:id .* is registered before fibercase.RequireUser is added with Use`
	app.Use(RequireUser)
	app.Get("/late/:id", get)          // want `route GET /late/:id .* is authenticated by fibercase.RequireUser`
	app.Get("/ctx/:id", byUserContext) // want `route GET /ctx/:id .* is authenticated by fibercase.RequireUser but nothing checks`
	app.Get("/mine", byLocalsUser)

	other := fiber.New()
	other.Get("/open/:id", get) // want `route GET /open/:id .* has no authentication`
	api := other.Group("/api", keyauth.New(keyauth.Config{KeyLookup: "header:X-Key"}))
	api.Get("/p/:id", get) // want `route GET /api/p/:id .* is authenticated by keyauth.New`
	var s Svc
	other.Get("/staff/:id", s.requireStaff, get)
	other.Listen(":8080")
}
