// Package jwt is a trimmed stub of github.com/appleboy/gin-jwt/v2 (v2.10.3).
package jwt

import "github.com/gin-gonic/gin"

type GinJWTMiddleware struct {
	Realm         string
	Key           []byte
	DisabledAbort bool
}

func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

// MiddlewareFunc aborts with 401 unless DisabledAbort is set.
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { return nil }
