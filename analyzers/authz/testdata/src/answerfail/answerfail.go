// Package answerfail: a middleware that answers a failed credential check
// with a body of its own protocol (Fever's 200 {"auth": 0}) and returns
// without calling next rejects the request: a guard. One that answers
// another status (429 from a rate limiter keyed by the API key) is not.
package answerfail

import (
	"encoding/json"
	"net/http"

	"store"
)

type failure struct {
	Auth int `json:"auth"`
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func keyValid(st *store.Store, key string) bool { return key == "k" }

// Fever answers 200 with "auth": 0 when the key is missing or unknown.
func Fever(st *store.Store) func(http.Handler) http.Handler { // want Fever:"guard\\(authn\\)"
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			key := r.FormValue("api_key")
			if key == "" {
				writeJSON(w, failure{Auth: 0})
				return
			}
			if !keyValid(st, key) {
				writeJSON(w, failure{Auth: 0})
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Limit answers 429 when the key has made too many requests: no check of
// the key itself.
func Limit(next http.Handler) http.Handler {
	seen := map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.FormValue("api_key")
		if seen[key] > 100 {
			w.WriteHeader(http.StatusTooManyRequests)
			writeJSON(w, failure{})
			return
		}
		seen[key]++
		next.ServeHTTP(w, r)
	})
}

type H struct{ st *store.Store }

func (h *H) items(w http.ResponseWriter, r *http.Request) { // want items:"touches"
	_ = h.st.Patient(r.Context(), r.FormValue("id"))
}

func (h *H) Serve() {
	mux := http.NewServeMux()
	mux.Handle("/fever/", Fever(h.st)(http.HandlerFunc(h.items))) // want `route /fever/ .* is authenticated by answerfail.Fever but nothing checks`
	mux.Handle("/limited/", Limit(http.HandlerFunc(h.items)))     // want `route /limited/ \(handler \(\*answerfail.H\).items\) .* has no authentication`
	_ = http.ListenAndServe(":8080", mux)
}
