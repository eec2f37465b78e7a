package echocase

import (
	"github.com/labstack/echo/v4"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c echo.Context) error { // want get:"touches"
	_ = h.st.Patient(c.Request().Context(), c.Param("id"))
	return nil
}

// RequireUser rejects with echo.ErrUnauthorized.
func RequireUser(next echo.HandlerFunc) echo.HandlerFunc { // want RequireUser:"guard\\(authn\\)"
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-User") == "" {
			return echo.ErrUnauthorized
		}
		return next(c)
	}
}

// Trace never rejects.
func Trace(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		return next(c)
	}
}

func Routes(h *H) {
	e := echo.New()
	e.Use(Trace)
	e.GET("/open/:id", h.get)              // want `route GET /open/:id .* has no authentication`
	e.GET("/mine/:id", h.get, RequireUser) // want `route GET /mine/:id .* is authenticated by echocase.RequireUser`
	g := e.Group("/api")
	g.GET("/early/:id", h.get) // want `route GET /api/early/:id .* is registered before echocase.RequireUser is added with Use`
	g.Use(RequireUser)
	g.GET("/late/:id", h.get) // want `route GET /api/late/:id .* is authenticated`
	e.Start(":8080")
}
