// Package absentcred: middleware that checks a credential only when the
// request carries one, so that a request without it goes through.
package absentcred

import (
	"context"
	"crypto/subtle"
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

type claims struct{ sub string }

type ctxKey struct{}

func verify(token string) (claims, error) {
	if token != "signed" {
		return claims{}, errors.New("bad token")
	}
	return claims{sub: "u1"}, nil
}

// pharmacyKey rejects a wrong key and lets a request without one through.
func pharmacyKey(expected string) gin.HandlerFunc { // want pharmacyKey:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		got := c.GetHeader("X-Api-Key")
		if got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 { // want `middleware absentcred.pharmacyKey fails open: it calls the next handler when the request carries no credential`
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// partnerKey tests the key's length, and marks nothing either.
func partnerKey(expected string) gin.HandlerFunc { // want partnerKey:"guard\\(fail-open\\)"
	return func(c *gin.Context) {
		got := []byte(c.GetHeader("X-Partner-Key"))
		if len(got) > 0 && subtle.ConstantTimeCompare(got, []byte(expected)) != 1 { // want `middleware absentcred.partnerKey fails open`
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// lookup fails or not: an error tested against nil is no credential's
// presence.
func lookup(r *http.Request) (string, error) { return r.Header.Get("X-User"), nil }

// userGate answers 401 when the lookup fails, and lets a request through
// when it succeeds.
func userGate(next http.Handler) http.Handler { // want userGate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := lookup(r)
		if err != nil || u == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// strictKey is pharmacyKey's safe twin: a missing key is a wrong key.
func strictKey(expected string) gin.HandlerFunc { // want strictKey:"guard\\(authz\\)"
	return func(c *gin.Context) {
		got := c.GetHeader("X-Api-Key")
		if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// fallbackKey takes the key from the query when the header has none, and
// checks it either way: the presence test picks where to look.
func fallbackKey(expected string) gin.HandlerFunc { // want fallbackKey:"guard\\(authz\\)"
	return func(c *gin.Context) {
		got := c.GetHeader("X-Api-Key")
		if got == "" {
			got = c.Param("key")
		}
		if subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}

// APIKey is the net/http (and chi) shape.
func APIKey(expected string) func(http.Handler) http.Handler { // want APIKey:"guard\\(fail-open\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if got := r.Header.Get("X-Api-Key"); got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 { // want `middleware absentcred.APIKey fails open`
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// EchoKey is the echo shape, rejecting with an error.
func EchoKey(expected string) echo.MiddlewareFunc { // want EchoKey:"guard\\(fail-open\\)"
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			got := c.Request().Header.Get("X-Api-Key")
			if got != "" && got != expected { // want `middleware absentcred.EchoKey fails open`
				return echo.ErrUnauthorized
			}
			return next(c)
		}
	}
}

// RequireBearer verifies a token when one is sent and passes its claims
// on, but serves a request without a token too: named to require one, it
// fails open.
func RequireBearer(next http.Handler) http.Handler { // want RequireBearer:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("Authorization")
		if tok == "" { // want `middleware absentcred.RequireBearer fails open`
			next.ServeHTTP(w, r)
			return
		}
		cl, err := verify(tok)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, cl)))
	})
}

// bearerClaims is RequireBearer without the name: an optional
// authentication, which passes on the claims of a valid token and lets
// anonymous requests through for the handlers to judge. No guard, and not
// reported.
func bearerClaims(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("Authorization")
		if tok == "" {
			next.ServeHTTP(w, r)
			return
		}
		cl, err := verify(tok)
		if err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, cl)))
	})
}

// ginClaims is bearerClaims for gin: it passes the claims on in the
// request it stores back into the context.
func ginClaims() gin.HandlerFunc {
	return func(c *gin.Context) {
		tok := c.GetHeader("Authorization")
		if tok == "" {
			c.Next()
			return
		}
		cl, err := verify(tok)
		if err != nil {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Request = c.Request.WithContext(context.WithValue(c.Request.Context(), ctxKey{}, cl))
		c.Next()
	}
}

// keyOrSession lets a request without a key on to the session check,
// which rejects: every way to next passes a check.
func keyOrSession(expected string) func(http.Handler) http.Handler { // want keyOrSession:"guard\\(authz\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if got := r.Header.Get("X-Api-Key"); got != "" {
				if subtle.ConstantTimeCompare([]byte(got), []byte(expected)) != 1 {
					http.Error(w, "unauthorized", http.StatusUnauthorized)
					return
				}
				next.ServeHTTP(w, r)
				return
			}
			if _, err := r.Cookie("session"); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

type proxyUser struct{ id int64 }

func userByName(name string) *proxyUser {
	if name == "alice" {
		return &proxyUser{id: 1}
	}
	return nil
}

// authProxy logs in the user a trusted proxy names, then sends the
// browser on to the home page; a request without the header goes on to
// the session middleware. It never passes a checked request to next: it
// is a login, not a guard of next.
func authProxy(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		username := r.Header.Get("X-Forwarded-User")
		if username == "" {
			next.ServeHTTP(w, r)
			return
		}
		u := userByName(username)
		if u == nil {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s"})
		http.Redirect(w, r, "/", http.StatusFound)
	})
}

// proxyGuard does the same check but passes the checked request on: a
// request without the header gets through unchecked.
func proxyGuard(next http.Handler) http.Handler { // want proxyGuard:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		username := r.Header.Get("X-Forwarded-User")
		if username == "" { // want `middleware absentcred.proxyGuard fails open: it calls the next handler when the request carries no credential`
			next.ServeHTTP(w, r)
			return
		}
		if userByName(username) == nil {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
