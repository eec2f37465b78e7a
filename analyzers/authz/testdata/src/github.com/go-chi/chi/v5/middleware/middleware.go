// Package middleware is a trimmed stub of chi v5.5.0's middleware package.
package middleware

import "net/http"

func BasicAuth(realm string, creds map[string]string) func(next http.Handler) http.Handler {
	return nil
}

func Logger(next http.Handler) http.Handler { return next }
