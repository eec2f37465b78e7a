// Package ctxvalmw is a middleware package: it stores request input under
// keys that handlers in other packages read.
package ctxvalmw

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// TenantKey is the key the tenant header is stored under.
const TenantKey = "mw.tenant"

// Tenant stores the tenant header.
func Tenant(c *gin.Context) {
	c.Set(TenantKey, c.GetHeader("X-Tenant"))
	c.Next()
}

type siteKey struct{}

// SiteKey is the key the site header is stored under.
var SiteKey = &siteKey{}

// Site stores the site header in the request's context.
func Site(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), SiteKey, r.Header.Get("X-Site"))))
	})
}
