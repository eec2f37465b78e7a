// Package jwtmiddleware is a trimmed stub of github.com/auth0/go-jwt-middleware (v1.0.1).
package jwtmiddleware

import "net/http"

type Options struct {
	CredentialsOptional bool
	Debug               bool
}

type JWTMiddleware struct{ Options Options }

func New(options ...Options) *JWTMiddleware { return &JWTMiddleware{} }

// Handler answers 401 to a request without a valid token, unless
// CredentialsOptional is set.
func (m *JWTMiddleware) Handler(h http.Handler) http.Handler { return h }
