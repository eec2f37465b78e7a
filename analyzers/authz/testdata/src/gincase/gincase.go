package gincase

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(c *gin.Context) { // want get:"touches"
	_ = h.st.Patient(c.Request.Context(), c.Param("id"))
}

// checked: the check's failure aborts and returns.
func (h *H) checked(c *gin.Context) { // want checked:"check"
	if !store.CanRead(c.Request.Context(), c.GetHeader("X-User"), c.Param("id")) {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	_ = h.st.Patient(c.Request.Context(), c.Param("id"))
}

// AuthRequired is a gin guard: it aborts when there is no credential.
func AuthRequired() gin.HandlerFunc { // want AuthRequired:"guard\\(authn\\)"
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, "login required")
			return
		}
		c.Next()
	}
}

// Timing is middleware that never rejects.
func Timing() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
	}
}

// AuthSloppy aborts but then calls Next anyway.
func AuthSloppy() gin.HandlerFunc { // want AuthSloppy:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.AbortWithStatus(http.StatusUnauthorized) // want `middleware gincase.AuthSloppy fails open`
		}
		c.Next()
	}
}

func Routes(h *H) {
	r := gin.New()
	r.Use(Timing())
	r.GET("/early/:id", h.get) // want `route GET /early/:id \(handler \(\*gincase.H\).get\) reaches .* is registered before gincase.AuthRequired is added with Use`
	r.GET("/checked/:id", h.checked)
	r.Use(AuthRequired())
	r.GET("/late/:id", h.get) // want `route GET /late/:id .* is authenticated by gincase.AuthRequired`

	open := gin.New()
	open.GET("/p/:id", AuthRequired(), h.get) // want `route GET /p/:id .* is authenticated`
	open.GET("/q/:id", Timing(), h.get)       // want `route GET /q/:id .* has no authentication`
	api := open.Group("/api", gin.BasicAuth(gin.Accounts{"a": "b"}))
	api.GET("/r/:id", h.get) // want `route GET /api/r/:id .* is authenticated by gin.BasicAuth`
	open.Run(":8080")
}
