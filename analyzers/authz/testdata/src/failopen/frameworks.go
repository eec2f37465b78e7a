package failopen

import (
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// RequireEcho logs a failed verification and calls next: reported at that
// call, not at the closure.
func RequireEcho(next echo.HandlerFunc) echo.HandlerFunc { // want RequireEcho:"guard\\(fail-open\\)"
	return func(c echo.Context) error {
		acct, err := authenticate(c.Request())
		if err != nil {
			log.Printf("session rejected: %v", err)
			return next(c) // want `middleware failopen.RequireEcho fails open`
		}
		c.Set("acct", acct)
		return next(c)
	}
}

// EchoAuth also rejects a locked account, later.
func EchoAuth(next echo.HandlerFunc) echo.HandlerFunc { // want EchoAuth:"guard\\(fail-open\\)"
	return func(c echo.Context) error {
		acct, err := authenticate(c.Request())
		if err != nil {
			log.Printf("session rejected: %v", err)
			return next(c) // want `middleware failopen.EchoAuth fails open: it calls the next handler when the credential check fails`
		}
		if acct.state == "locked" {
			return echo.NewHTTPError(http.StatusForbidden)
		}
		return next(c)
	}
}

// GinAuth logs a failed verification and goes on.
func GinAuth(c *gin.Context) { // want GinAuth:"guard\\(fail-open\\)"
	acct, err := authenticate(nil)
	if err != nil {
		log.Printf("session rejected: %v", err)
		c.Next() // want `middleware failopen.GinAuth fails open: it calls the next handler when the credential check fails`
		return
	}
	if acct.state == "locked" {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	c.Next()
}

// RequireGin never rejects: reported at the c.Next() of the failed path.
func RequireGin(c *gin.Context) { // want RequireGin:"guard\\(fail-open\\)"
	if _, err := authenticate(nil); err != nil {
		log.Printf("session rejected: %v", err)
		c.Next() // want `middleware failopen.RequireGin fails open: it calls the next handler on every path`
		return
	}
	c.Next()
}

// verifyToken's only result is its error.
func verifyToken(tok string) error {
	if tok == "" {
		return http.ErrNoCookie
	}
	return nil
}

// JWTEcho is named for its authentication, never rejects and passes the
// context on unmarked whether the check passed or failed: it decides
// nothing.
func JWTEcho(next echo.HandlerFunc) echo.HandlerFunc { // want JWTEcho:"guard\\(fail-open\\)"
	return func(c echo.Context) error {
		if err := verifyToken(c.Request().Header.Get("Authorization")); err != nil {
			log.Printf("jwt: %v", err)
			return next(c) // want `middleware failopen.JWTEcho fails open: it calls the next handler when the credential check fails`
		}
		return next(c)
	}
}

// JWTEchoOptional marks the context when the check passes: an optional
// authentication, no guard.
func JWTEchoOptional(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		tok := c.Request().Header.Get("Authorization")
		if err := verifyToken(tok); err != nil {
			return next(c)
		}
		c.Set("token", tok)
		return next(c)
	}
}
