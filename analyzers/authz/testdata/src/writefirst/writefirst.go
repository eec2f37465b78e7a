// Package writefirst: a lookup before the check is the check's; a write
// before it is not.
package writefirst

import (
	"net/http"

	"store"
)

type API struct{ st *store.Store }

type user struct{ role string }

func current(r *http.Request) *user { return &user{role: r.Header.Get("X-Role")} }

func canEdit(u *user) bool { return u.role == "editor" } // want canEdit:"check"

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

// deleteThenCheck deletes, then asks whether the user may: too late.
func (a *API) deleteThenCheck(w http.ResponseWriter, r *http.Request) { // want deleteThenCheck:"touches"
	if err := a.st.DeletePatient(r.Context(), r.PathValue("id")); err != nil {
		http.Error(w, "error", http.StatusInternalServerError)
		return
	}
	if !canEdit(current(r)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// readThenCheck loads the record the check needs, then checks: silent.
func (a *API) readThenCheck(w http.ResponseWriter, r *http.Request) {
	row := a.st.Patient(r.Context(), r.PathValue("id"))
	if row.Err() != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if !canEdit(current(r)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// checkThenDelete checks first: silent.
func (a *API) checkThenDelete(w http.ResponseWriter, r *http.Request) { // want checkThenDelete:"check"
	if !canEdit(current(r)) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = a.st.DeletePatient(r.Context(), r.PathValue("id"))
}

func Routes(a *API) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("DELETE /a/{id}", RequireKey(http.HandlerFunc(a.deleteThenCheck))) // want `route DELETE /a/\{id\} .* reaches .*DeletePatient is authenticated by writefirst.RequireKey but nothing checks`
	mux.Handle("GET /b/{id}", RequireKey(http.HandlerFunc(a.readThenCheck)))
	mux.Handle("DELETE /c/{id}", RequireKey(http.HandlerFunc(a.checkThenDelete)))
	return mux
}
