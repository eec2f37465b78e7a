package condguard

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

// ChiUses: middleware Used under a configuration branch guards the routes
// registered after it on that branch only.
func ChiUses(cfg Config, a *API) {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		if !cfg.Debug {
			r.Use(Authenticate)
		}
		r.Get("/c1/{id}", a.get) // want `route GET /c1/\{id\} .* is guarded by condguard.Authenticate only on some branches`
	})
	r.Group(func(r chi.Router) {
		r.Use(Authenticate)
		r.Get("/c2/{id}", a.get) // want `route GET /c2/\{id\} .* is authenticated by condguard.Authenticate`
	})
	r.Group(func(r chi.Router) {
		if cfg.UseSSO {
			r.Use(Authenticate)
		} else {
			r.Use(SessionAuth)
		}
		r.Get("/c3/{id}", a.get) // want `route GET /c3/\{id\} .* is authenticated by condguard.Authenticate`
	})
	r.Group(func(r chi.Router) {
		if cfg.UseSSO {
			r.Use(Authenticate)
		} else {
			r.Use(Identity)
		}
		r.Get("/c4/{id}", a.get) // want `route GET /c4/\{id\} .* is guarded by condguard.Authenticate only on some branches`
	})
	r.Group(func(r chi.Router) {
		switch {
		case cfg.UseSSO:
			r.Use(Authenticate)
		case !cfg.Debug:
			r.Use(SessionAuth)
		default:
			log.Fatal("no authentication configured")
		}
		r.Get("/c5/{id}", a.get) // want `route GET /c5/\{id\} .* is authenticated by condguard.Authenticate`
	})
	r.Group(func(r chi.Router) {
		if cfg.Debug {
			// Registered on the branch that has the guard.
			r.Use(Authenticate)
			r.Get("/c6/{id}", a.get) // want `route GET /c6/\{id\} .* is authenticated by condguard.Authenticate`
		}
	})
	r.Group(func(r chi.Router) {
		secure(r, cfg)
		r.Get("/c7/{id}", a.get) // want `route GET /c7/\{id\} .* is guarded by condguard.Authenticate only on some branches`
	})
	r.Group(func(r chi.Router) {
		secureAlways(r)
		r.Get("/c8/{id}", a.get) // want `route GET /c8/\{id\} .* is authenticated by condguard.Authenticate`
	})
	http.ListenAndServe(":8080", r)
}

// secure adds the guard unless debugging.
func secure(r chi.Router, cfg Config) {
	if cfg.Debug {
		return
	}
	r.Use(Authenticate)
}

func secureAlways(r chi.Router) {
	r.Use(Authenticate)
}

func ginAuth(c *gin.Context) { // want ginAuth:"guard\\(authn\\)"
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.Next()
}

func (a *API) ginGet(c *gin.Context) { // want ginGet:"touches"
	_ = a.st.Patient(c.Request.Context(), c.Param("id"))
}

// GinUses: the same for a gin group.
func GinUses(cfg Config, a *API) {
	e := gin.New()
	g := e.Group("/g")
	if !cfg.Debug {
		g.Use(ginAuth)
	}
	g.GET("/one/:id", a.ginGet) // want `route GET /g/one/:id .* is guarded by condguard.ginAuth only on some branches`
	h := e.Group("/h")
	h.Use(ginAuth)
	h.GET("/two/:id", a.ginGet) // want `route GET /h/two/:id .* is authenticated by condguard.ginAuth`
	e.Run(":8081")
}
