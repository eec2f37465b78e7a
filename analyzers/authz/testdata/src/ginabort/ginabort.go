// Package ginabort: gin's Abort sets the handler index past the chain, so a
// c.Next() after c.Abort* runs nothing. A middleware that aborts and forgets
// to return still rejects; one that answers 401 without aborting and then
// calls c.Next() serves the route.
package ginabort

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c *gin.Context) { // want get:"touches"
	_ = h.st.Patient(c.Request.Context(), c.Param("id"))
}

func valid(tok string) bool { return tok == "s3cret" }

// RequireKiosk aborts without returning, then calls c.Next(): the chain
// is aborted, so Next runs nothing.
func RequireKiosk() gin.HandlerFunc { // want RequireKiosk:"guard\\(authn\\)"
	return func(c *gin.Context) {
		tok := c.GetHeader("Authorization")
		if !valid(tok) {
			c.AbortWithStatusJSON(http.StatusUnauthorized, "kiosk not enrolled")
		}
		c.Next()
	}
}

// abortUnauthorized aborts the chain for its caller.
func abortUnauthorized(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized)
}

// RequireWard aborts through a helper given the context, then calls Next.
func RequireWard() gin.HandlerFunc { // want RequireWard:"guard\\(authn\\)"
	return func(c *gin.Context) {
		if !valid(c.GetHeader("Authorization")) {
			c.JSON(http.StatusUnauthorized, "invalid token")
			abortUnauthorized(c)
		}
		c.Next()
	}
}

// RequireMobile answers 401 with c.JSON, which does not abort, and then
// calls c.Next(): the route runs for everyone.
func RequireMobile() gin.HandlerFunc { // want RequireMobile:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		if !valid(c.GetHeader("Authorization")) {
			c.JSON(http.StatusUnauthorized, "invalid token")
		}
		c.Next() // want `middleware ginabort.RequireMobile fails open: it rejects the request but then calls the next handler anyway; answer with c.AbortWithStatusJSON`
	}
}

// RequireDesk aborts on one failure but only answers 401 on the other.
func RequireDesk() gin.HandlerFunc { // want RequireDesk:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		tok := c.GetHeader("Authorization")
		if tok == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
		} else if !valid(tok) {
			c.String(http.StatusUnauthorized, "invalid token")
		}
		c.Next() // want `middleware ginabort.RequireDesk fails open: it rejects the request but then calls the next handler anyway`
	}
}

func Routes(h *H) {
	r := gin.New()
	r.GET("/kiosk/:id", RequireKiosk(), h.get)   // want `route GET /kiosk/:id .* is authenticated by ginabort.RequireKiosk`
	r.GET("/ward/:id", RequireWard(), h.get)     // want `route GET /ward/:id .* is authenticated by ginabort.RequireWard`
	r.GET("/mobile/:id", RequireMobile(), h.get) // want `route GET /mobile/:id .* has no authentication`
	r.GET("/desk/:id", RequireDesk(), h.get)     // want `route GET /desk/:id .* has no authentication`
	r.Run()
}
