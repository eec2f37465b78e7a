package condguard

import (
	"errors"
	"log"
	"net/http"
)

func verify(r *http.Request) (string, error) {
	if r.Header.Get("Authorization") == "" {
		return "", errors.New("missing bearer")
	}
	return "u1", nil
}

func disabled(user string) bool { return user == "blocked" }

// Authenticate rejects requests without a valid bearer token.
func Authenticate(next http.Handler) http.Handler { // want Authenticate:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := verify(r); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// SessionAuth redirects requests without a session to the sign-in page.
func SessionAuth(next http.Handler) http.Handler { // want SessionAuth:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("session_id")
		if err != nil || ck.Value == "" {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Identity is no guard: it returns the handler it is given.
func Identity(h http.Handler) http.Handler { return h }

// RequireToken logs a failed verification and lets the request through;
// its 403 for disabled accounts does not make it a guard.
func RequireToken(next http.Handler) http.Handler { // want RequireToken:"guard\\(fail-open\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := verify(r)
		if err != nil {
			log.Printf("token verification failed: %v", err)
			next.ServeHTTP(w, r) // want `middleware condguard.RequireToken fails open: it calls the next handler when the credential check fails; answer 401`
			return
		}
		if disabled(user) {
			http.Error(w, "account disabled", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// StrictToken is RequireToken's safe twin: a failed verification is
// answered with 401.
func StrictToken(next http.Handler) http.Handler { // want StrictToken:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := verify(r)
		if err != nil {
			log.Printf("token verification failed: %v", err)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if disabled(user) {
			http.Error(w, "account disabled", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// LoadUser is an optional authentication: a request without a valid token
// goes on anonymously. Not a guard, and not named like one, so it is not
// reported as failing open either.
func LoadUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, err := verify(r)
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		if disabled(user) {
			http.Error(w, "account disabled", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
