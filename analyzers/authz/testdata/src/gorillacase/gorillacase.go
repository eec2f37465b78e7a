package gorillacase

import (
	"net/http"

	"github.com/gorilla/mux"

	"store"
)

type H struct{ st *store.Store }

func (h *H) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = h.st.Patient(r.Context(), mux.Vars(r)["id"])
}

// authMiddleware is a guard by inference.
func authMiddleware(next http.Handler) http.Handler { // want authMiddleware:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Redirect(w, r, "/login", http.StatusFound)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Routes(h *H) {
	r := mux.NewRouter()
	r.HandleFunc("/patients/{id}", h.get).Methods("GET") // want `route GET /patients/\{id\} .* has no authentication`
	api := r.PathPrefix("/api").Subrouter()
	api.Use(authMiddleware)
	api.HandleFunc("/patients/{id}", h.get).Methods("GET") // want `route GET /api/patients/\{id\} .* is authenticated by gorillacase.authMiddleware`
	http.ListenAndServe(":8080", r)
}
