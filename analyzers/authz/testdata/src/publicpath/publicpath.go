// Package publicpath: a route is a public flow only when a whole segment is
// the flow's own endpoint and no data resource is in its path.
package publicpath

import (
	"net/http"

	"store"
)

type API struct{ st *store.Store }

func (a *API) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

// logins reads a patient's login history, by the patient in the path.
func (a *API) logins(w http.ResponseWriter, r *http.Request) { // want logins:"touches"
	_, _ = a.st.LoginHistory(r.Context(), r.PathValue("id"))
}

// userLogins reads a user's login history by the user named in the path:
// a resource key, though "user" is a credential word in a condition.
func (a *API) userLogins(w http.ResponseWriter, r *http.Request) { // want userLogins:"touches"
	_, _ = a.st.LoginHistory(r.Context(), r.PathValue("user"))
}

// invite looks the session up by the token in the path: the lookup that
// authenticates, no data of the route's own.
func (a *API) invite(w http.ResponseWriter, r *http.Request) {
	_ = a.st.SessionUser(r.Context(), r.PathValue("token"))
}

// RequireKey authenticates.
func RequireKey(next http.Handler) http.Handler { // want RequireKey:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Routes(a *API) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("GET /patients/{id}", RequireKey(http.HandlerFunc(a.get))) // want `is authenticated by publicpath.RequireKey but nothing checks`
	// Data routes whose paths only mention a public flow.
	mux.HandleFunc("GET /patients/{id}/login-history", a.get)  // want `route GET /patients/\{id\}/login-history .* has no authentication`
	mux.HandleFunc("GET /wards/{id}/callback-requests", a.get) // want `route GET /wards/\{id\}/callback-requests .* has no authentication`
	mux.HandleFunc("GET /register/patients/{id}", a.get)       // want `route GET /register/patients/\{id\} .* has no authentication`
	mux.HandleFunc("GET /patients/{id}/logins", a.logins)      // want `route GET /patients/\{id\}/logins .* reaches .*LoginHistory has no authentication`
	mux.HandleFunc("GET /users/{user}/logins", a.userLogins)   // want `route GET /users/\{user\}/logins .* reaches .*LoginHistory has no authentication`
	mux.HandleFunc("GET /invites/{token}", a.invite)
	// The flows' own endpoints stay silent.
	mux.HandleFunc("POST /login", a.get)
	mux.HandleFunc("GET /auth/{provider}/callback", a.get)
	mux.HandleFunc("POST /password-reset/{token}", a.get)
	mux.HandleFunc("GET /static/img/{file}", a.get)
	return mux
}
