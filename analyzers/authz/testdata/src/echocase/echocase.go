package echocase

import (
	"net/http"

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

// RateLimit rejects with an error, but not on a credential: not a guard.
func RateLimit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if err := take(c.Param("ip")); err != nil {
			return err
		}
		return next(c)
	}
}

func take(ip string) error { return nil }

func Limited(h *H) {
	e := echo.New()
	e.Use(RequireUser)
	e.GET("/a/:id", h.get, RateLimit) // want `route GET /a/:id .* is authenticated by echocase.RequireUser`
	g := e.Group("/b", RateLimit)
	g.GET("/:id", h.get) // want `route GET /b/:id .* is authenticated by echocase.RequireUser`
	e.Start(":8080")
}

type corsConfig struct{ AllowCredentials bool }

// CORS answers preflights with 204 on a branch about credentials config: a
// successful answer, not a rejection, so not a guard.
func CORS(cfg corsConfig) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			if cfg.AllowCredentials && c.Request().Method == "OPTIONS" {
				return c.NoContent(http.StatusNoContent)
			}
			return next(c)
		}
	}
}

func WithCORS(h *H) {
	e := echo.New()
	e.Use(CORS(corsConfig{AllowCredentials: true}))
	e.GET("/c/:id", h.get)              // want `route GET /c/:id .* has no authentication`
	e.GET("/d/:id", h.get, RequireUser) // want `route GET /d/:id .* is authenticated by echocase.RequireUser`
	e.Start(":8080")
}

// Match registers one handler for several methods, with route middleware
// after the handler as GET does.
func Matched(h *H) {
	e := echo.New()
	e.Match([]string{"GET", "PUT"}, "/m/:id", h.get)              // want `route GET,PUT /m/:id .* has no authentication`
	e.Match([]string{"GET", "PUT"}, "/n/:id", h.get, RequireUser) // want `route GET,PUT /n/:id .* is authenticated by echocase.RequireUser`
	g := e.Group("/g", RequireUser)
	g.Match([]string{"DELETE"}, "/:id", h.get) // want `route DELETE /g/:id .* is authenticated by echocase.RequireUser`
	e.Start(":8080")
}
