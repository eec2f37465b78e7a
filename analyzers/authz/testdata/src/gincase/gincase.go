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

// AuthSloppy answers 401 without aborting and then calls Next anyway.
// (After c.Abort*, c.Next() runs nothing: see package ginabort.)
func AuthSloppy() gin.HandlerFunc { // want AuthSloppy:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			c.String(http.StatusUnauthorized, "login required")
		}
		c.Next() // want `middleware gincase.AuthSloppy fails open`
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

// Svc holds gin middleware written as methods.
type Svc struct{ h *H }

// requireNurse answers 403 and returns without aborting: gin runs the rest
// of the chain after a middleware returns, so the request goes on.
func (s *Svc) requireNurse(c *gin.Context) { // want requireNurse:"guard\\(fail-open\\)"
	if c.GetHeader("X-Role") != "nurse" {
		c.JSON(http.StatusForbidden, "forbidden")
		return // want `middleware \(\*gincase.Svc\).requireNurse fails open: it answers 403 and returns without aborting.*rejecting in gin requires c.Abort`
	}
	c.Next()
}

// requireDoctor rejects with AbortWithStatusJSON: a guard.
func (s *Svc) requireDoctor(c *gin.Context) { // want requireDoctor:"guard\\(authz\\)"
	if c.GetHeader("X-Role") != "doctor" {
		c.AbortWithStatusJSON(http.StatusForbidden, "forbidden")
		return
	}
	c.Next()
}

// requireClerk writes the 403 and then aborts: a guard.
func (s *Svc) requireClerk(c *gin.Context) { // want requireClerk:"guard\\(authz\\)"
	if c.GetHeader("X-Role") != "clerk" {
		c.JSON(http.StatusForbidden, "forbidden")
		c.Abort()
		return
	}
	c.Next()
}

// deny answers code and aborts for its caller.
func deny(c *gin.Context, code int) {
	c.AbortWithStatusJSON(code, "denied")
}

// respond answers code but does not abort.
func respond(c *gin.Context, code int) {
	c.String(code, "denied")
}

// requireAuditor rejects through a helper that aborts: a guard.
func (s *Svc) requireAuditor(c *gin.Context) { // want requireAuditor:"guard\\(authz\\)"
	if c.GetHeader("X-Role") != "auditor" {
		deny(c, http.StatusForbidden)
		return
	}
	c.Next()
}

// requireBilling rejects through a helper that only writes the answer.
func (s *Svc) requireBilling(c *gin.Context) { // want requireBilling:"guard\\(fail-open\\)"
	if c.GetHeader("X-Role") != "billing" {
		respond(c, http.StatusForbidden)
		return // want `middleware \(\*gincase.Svc\).requireBilling fails open`
	}
	c.Next()
}

// AuthStatusOnly sets the status without aborting and continues
// implicitly: no guard, and nothing to report about the function alone.
func AuthStatusOnly(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.Status(http.StatusUnauthorized)
		return
	}
}

// AuthAborting is the same with an abort: a guard.
func AuthAborting(c *gin.Context) { // want AuthAborting:"guard\\(authn\\)"
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
}

func SvcRoutes(s *Svc) {
	r := gin.New()
	r.GET("/nurse/:id", s.requireNurse, s.h.get) // want `route GET /nurse/:id .* has no authentication`
	r.GET("/doctor/:id", s.requireDoctor, s.h.get)
	r.GET("/clerk/:id", s.requireClerk, s.h.get)
	r.GET("/auditor/:id", s.requireAuditor, s.h.get)
	r.GET("/billing/:id", s.requireBilling, s.h.get) // want `route GET /billing/:id .* has no authentication`
	r.GET("/status/:id", AuthStatusOnly, s.h.get)    // want `route GET /status/:id .* has no authentication`
	r.GET("/aborting/:id", AuthAborting, s.h.get)    // want `route GET /aborting/:id .* is authenticated by`
	r.Run(":8081")
}
