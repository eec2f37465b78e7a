// Package ctxvalcase: request input a middleware stores under a key
// (gin's c.Set, context.WithValue) is request input where a handler reads
// it back under the same key; a read under another key stays data of
// unknown origin.
package ctxvalcase

import (
	"context"
	"database/sql"
	"net/http"

	"ctxvalmw"
	"github.com/gin-gonic/gin"
)

var db *sql.DB

func tenantMiddleware(c *gin.Context) {
	c.Set("tenant", c.GetHeader("X-Tenant"))
	c.Set("region", "eu")
	c.Next()
}

func tenantQueue(c *gin.Context) {
	tenant := c.GetString("tenant")
	db.Query("SELECT id FROM " + tenant + ".triage") // want `c.GetHeader\("X-Tenant"\) \(request input\)`
}

func tenantMustGet(c *gin.Context) {
	tenant := c.MustGet("tenant").(string)
	db.Query("SELECT id FROM " + tenant + ".triage") // want `c.GetHeader\("X-Tenant"\) \(request input\)`
}

// Safe twin: another key, which holds a constant. (The real gin is a
// library, whose getter's result is of unknown origin; gin's stub here is
// analysed code, whose result carries nothing of its own.)
func regionQueue(c *gin.Context) {
	region := c.GetString("region")
	db.Query("SELECT id FROM " + region + ".triage")
}

type ctxKey struct{}

type keyKind int

const siteKey keyKind = 1

type otherKind int

const otherKey otherKind = 1

func siteMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ctxKey{}, r.Header.Get("X-Site"))
		ctx = context.WithValue(ctx, siteKey, r.URL.Query().Get("site"))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

func siteQueue(w http.ResponseWriter, r *http.Request) {
	site, _ := r.Context().Value(ctxKey{}).(string)
	db.Query("SELECT id FROM triage WHERE site = '" + site + "'") // want `r.Header.Get\("X-Site"\) \(request input\)`
}

func siteTyped(ctx context.Context) {
	site := ctx.Value(siteKey).(string)
	db.Query("SELECT id FROM triage WHERE site = '" + site + "'") // want `r.URL.Query\(\).Get\("site"\) \(request input\)`
}

// Safe twin: a key of another type with the same value.
func siteOtherType(ctx context.Context) {
	site := ctx.Value(otherKey).(string)
	db.Query("SELECT id FROM triage WHERE site = '" + site + "'") // want `ctx.Value\(otherKey\) \(result of \(context.Context\).Value\)`
}

// Keys stored by another package's middleware.
func importedTenant(c *gin.Context) {
	db.Query("SELECT id FROM " + c.GetString(ctxvalmw.TenantKey) + ".triage") // want `c.GetHeader\("X-Tenant"\) \(request input\)`
}

func importedSite(r *http.Request) {
	site := r.Context().Value(ctxvalmw.SiteKey).(string)
	db.Query("SELECT id FROM triage WHERE site = '" + site + "'") // want `r.Header.Get\("X-Site"\) \(request input\)`
}
