// Package errdeny: a middleware that, once the verification failed,
// rejects only one kind of failure and lets the others through denies
// known failures and allows unknown ones: it fails open.
package errdeny

import (
	"context"
	"errors"
	"log"
	"net/http"
)

var (
	ErrExpired   = errors.New("session expired")
	ErrNoSession = errors.New("no session")
)

type ctxKey struct{}

func resolve(r *http.Request) (string, error) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", err
	}
	return c.Value, nil
}

// SessionGate rejects an expired session but logs any other failure (no
// cookie at all) and goes on.
func SessionGate(next http.Handler) http.Handler { // want SessionGate:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		u, err := resolve(r)
		switch {
		case err == nil:
			ctx = context.WithValue(ctx, ctxKey{}, u)
		case errors.Is(err, ErrExpired):
			http.Error(w, "session expired", http.StatusUnauthorized)
			return
		default:
			log.Printf("session: %v", err)
		}
		next.ServeHTTP(w, r.WithContext(ctx)) // want `middleware errdeny.SessionGate fails open: it rejects only some kinds of failure of its check .* and calls the next handler on the others, so an unexpected error lets the request through`
	})
}

// CookieGate: the same with a comparison of the error.
func CookieGate(next http.Handler) http.Handler { // want CookieGate:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := resolve(r)
		if err != nil {
			if err == ErrExpired {
				http.Error(w, "session expired", http.StatusUnauthorized)
				return
			}
			log.Printf("session: %v", err)
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, u))) // want `middleware errdeny.CookieGate fails open: it rejects only some kinds`
	})
}

// StrictGate answers each kind of failure differently, and rejects all.
func StrictGate(next http.Handler) http.Handler { // want StrictGate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := resolve(r)
		if err != nil {
			if errors.Is(err, ErrExpired) {
				http.Error(w, "session expired", http.StatusUnauthorized)
				return
			}
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, u)))
	})
}

// AnonGate lets a request without a session go on as anonymous and rejects
// every other failure: an allow-list of one kind, judged elsewhere.
func AnonGate(next http.Handler) http.Handler { // want AnonGate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := resolve(r)
		if err != nil {
			if errors.Is(err, ErrNoSession) {
				next.ServeHTTP(w, r)
				return
			}
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, u)))
	})
}

// RetryGate: a failure of one kind that is not the credential's (a
// canceled request) ends without an answer; the others are rejected.
func RetryGate(next http.Handler) http.Handler { // want RetryGate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := resolve(r)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return
			}
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), ctxKey{}, u)))
	})
}
