// Package failopenorder: a group route registered before the Use of the
// middleware meant to guard it is outside that middleware even when the
// middleware itself fails open: fixing the middleware leaves the route open.
package failopenorder

import (
	"log"

	"github.com/labstack/echo/v4"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c echo.Context) error { // want get:"touches"
	_ = h.st.Patient(c.Request().Context(), c.Param("id"))
	return nil
}

func parse(tok string) (string, error) { return tok, nil }

// PortalAuth rejects a missing token but logs an invalid one and goes on.
func PortalAuth(next echo.HandlerFunc) echo.HandlerFunc { // want PortalAuth:"guard\\(fail-open\\)"
	return func(c echo.Context) error {
		tok := c.Request().Header.Get("Authorization")
		if tok == "" {
			return echo.ErrUnauthorized
		}
		sub, err := parse(tok)
		if err != nil {
			log.Printf("portal token: %v", err)
			return next(c) // want `middleware failopenorder.PortalAuth fails open`
		}
		c.Set("sub", sub)
		return next(c)
	}
}

// Trace never rejects and is named like no guard.
func Trace(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		return next(c)
	}
}

func Portal(h *H) {
	e := echo.New()           // want `no authentication or authorisation on any route of this server; 3 route`
	e.GET("/root/:id", h.get) // root Use applies at request time: not ordered
	e.Use(PortalAuth)
	g := e.Group("/api")
	g.GET("/records/:id/notes", h.get) // want `route GET /api/records/:id/notes .* is registered before failopenorder.PortalAuth is added with Use, so the middleware meant to guard it does not cover it \(and it fails open itself\)`
	g.Use(PortalAuth)
	g.GET("/records/:id", h.get)
	t := e.Group("/t")
	t.GET("/early/:id", h.get) // a later Use of no guard says nothing of order
	t.Use(Trace)
	e.Start(":8080")
}
