// Package chainorder: gin runs a route's handler chain in order, so a guard
// placed after the handler (r.GET(p, h, requireRole("admin"))) checks only
// once the handler has served the request. It still shows which guard the
// group's routes are meant to carry.
package chainorder

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c *gin.Context) { // want get:"touches"
	_ = h.st.Patient(c.Request.Context(), c.Param("id"))
}

func (h *H) del(c *gin.Context) { // want del:"touches"
	_ = h.st.DeletePatient(c.Request.Context(), c.Param("id"))
}

func (h *H) ping(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

func Require() gin.HandlerFunc { // want Require:"guard\\(authn\\)"
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

func requireRole(role string) gin.HandlerFunc { // want requireRole:"guard\\(authz\\)"
	return func(c *gin.Context) {
		if c.GetHeader("X-Role") != role {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.Next()
	}
}

func Routes(h *H) {
	r := gin.New()
	api := r.Group("/api", Require())
	admin := api.Group("/admin")
	admin.GET("/a/:id", requireRole("admin"), h.get)
	admin.GET("/b/:id", requireRole("admin"), h.get)
	admin.DELETE("/b/:id", requireRole("admin"), h.del)
	admin.GET("/c/:id", requireRole("admin"), h.ping)
	admin.POST("/reassign/:id", h.del)                    // want `route POST /api/admin/reassign/:id .* lacks the authorisation guard chainorder.requireRole that most routes of its group have`
	admin.GET("/export/:id", h.get, requireRole("admin")) // want `route GET /api/admin/export/:id \(handler \(\*chainorder.H\).get\) reaches .* has chainorder.requireRole after the handler in its chain`

	open := r.Group("/open")
	open.GET("/late/:id", h.get, Require())  // want `route GET /open/late/:id .* has chainorder.Require after the handler in its chain`
	open.GET("/first/:id", Require(), h.get) // want `route GET /open/first/:id .* is authenticated by chainorder.Require but nothing checks`
	r.Run()
}
