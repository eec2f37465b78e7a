// Package anonauth is an application's authentication package: claims
// in the request context, a guard that requires them and an optional
// authentication that attaches them when a valid token came.
package anonauth

import (
	"context"
	"errors"
	"net/http"
)

type Claims struct {
	Subject   string
	Role      string
	PatientID string
}

type ctxKey struct{}

func WithClaims(ctx context.Context, c Claims) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

// FromContext returns the claims a middleware stored, or zero claims and
// false.
func FromContext(ctx context.Context) (Claims, bool) { // want FromContext:"ctxread"
	c, ok := ctx.Value(ctxKey{}).(Claims)
	return c, ok
}

func verify(r *http.Request) (Claims, error) {
	if r.Header.Get("Authorization") == "" {
		return Claims{}, errors.New("no token")
	}
	return Claims{Subject: "u1"}, nil
}

// Require rejects requests without a valid token.
func Require(next http.Handler) http.Handler { // want Require:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := verify(r)
		if err != nil {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(WithClaims(r.Context(), c)))
	})
}

// Optional attaches the claims of a valid token and lets every request
// through.
func Optional(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := verify(r); err == nil {
			r = r.WithContext(WithClaims(r.Context(), c))
		}
		next.ServeHTTP(w, r)
	})
}
