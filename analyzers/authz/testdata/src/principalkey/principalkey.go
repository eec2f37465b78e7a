// Package principalkey: a guard stores the signed-in user in the request
// context's key-value store (gin's c.Set, echo's c.Set), and handlers read
// it back with MustGet or Get. Compared with the requested record's owner
// before the read, it is an ownership check, also as one side of a
// condition whose other side checks a role; a read keyed by it is scoped.
// A value read under another key is not the principal.
package principalkey

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"store"
)

type User struct {
	ID   string
	Role string
}

type H struct{ st *store.Store }

// AuthRequired rejects requests without a credential.
func AuthRequired() gin.HandlerFunc { // want AuthRequired:"guard\\(authn\\)"
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, "login required")
			return
		}
		c.Next()
	}
}

// own compares the signed-in user with the requested patient first.
func (h *H) own(c *gin.Context) { // want own:"check"
	u := c.MustGet("user").(*User)
	if c.Param("patient") != u.ID {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = h.st.Patient(c.Request.Context(), c.Param("patient"))
}

// ownOrRole lets the owner or a clinician through (the probe's
// labsForPatient): both ways to the read pass a check.
func (h *H) ownOrRole(c *gin.Context) { // want ownOrRole:"check"
	u := c.MustGet("user").(*User)
	if c.Param("patient") != u.ID && u.Role != "clinician" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = h.st.Patient(c.Request.Context(), c.Param("patient"))
}

// viaGet reads the principal with Get.
func (h *H) viaGet(c *gin.Context) {
	v, ok := c.Get("currentUser")
	if !ok || v.(*User).ID != c.Param("patient") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = h.st.Patient(c.Request.Context(), c.Param("patient"))
}

// ownOrOther: as ownOrRole, but the first comparison is with a value
// stored under another key, so the path where it holds is unchecked.
func (h *H) ownOrOther(c *gin.Context) { // want ownOrOther:"touches"
	u := c.MustGet("user").(*User)
	t := c.MustGet("trace").(*User)
	if c.Param("patient") != t.ID && u.Role != "clinician" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = h.st.Patient(c.Request.Context(), c.Param("patient"))
}

// anyone: the user is read but not compared.
func (h *H) anyone(c *gin.Context) { // want anyone:"touches"
	_ = c.MustGet("user").(*User)
	_ = h.st.Patient(c.Request.Context(), c.Param("patient"))
}

func GinRoutes(h *H) {
	r := gin.New()
	r.Use(AuthRequired())
	r.GET("/own/:patient", h.own)
	r.GET("/ownorrole/:patient", h.ownOrRole)
	r.GET("/viaget/:patient", h.viaGet)
	r.GET("/other/:patient", h.ownOrOther) // want `route GET /other/:patient .* is authenticated by principalkey.AuthRequired but nothing checks`
	r.GET("/anyone/:patient", h.anyone)    // want `route GET /anyone/:patient .* is authenticated by principalkey.AuthRequired but nothing checks`
	r.Run(":8080")
}

// requireJWT stores the user id under "uid"... and "user".
func requireJWT(next echo.HandlerFunc) echo.HandlerFunc { // want requireJWT:"guard\\(authn\\)"
	return func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.ErrUnauthorized
		}
		c.Set("user", &User{ID: "1"})
		return next(c)
	}
}

// echoOwn: echo's Get, compared before the read.
func (h *H) echoOwn(c echo.Context) error { // want echoOwn:"check"
	if u := c.Get("user").(*User); u.ID != c.Param("patient") {
		return echo.ErrForbidden
	}
	_ = h.st.Patient(c.Request().Context(), c.Param("patient"))
	return nil
}

// echoScoped: the read is keyed by the principal.
func (h *H) echoScoped(c echo.Context) error {
	_ = h.st.Patient(c.Request().Context(), c.Get("user").(*User).ID)
	return nil
}

// echoOther: keyed by a value stored under another key.
func (h *H) echoOther(c echo.Context) error { // want echoOther:"touches"
	_ = h.st.Patient(c.Request().Context(), c.Get("patient").(*User).ID)
	return nil
}

func EchoRoutes(h *H) {
	e := echo.New()
	g := e.Group("/api", requireJWT)
	g.GET("/own/:patient", h.echoOwn)
	g.GET("/scoped", h.echoScoped)
	g.GET("/other", h.echoOther) // want `route GET /api/other .* is authenticated by principalkey.requireJWT but nothing checks`
	e.Start(":8081")
}
