package pgxcase

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// A route parameter the pattern constrains to digits is no injection; one
// any segment matches is.

var db *pgxpool.Pool

func patientByID(w http.ResponseWriter, r *http.Request) {
	db.Query(r.Context(), "SELECT name FROM patients WHERE id = "+chi.URLParam(r, "id"))
}

func patientByName(w http.ResponseWriter, r *http.Request) {
	db.Query(r.Context(), "SELECT id FROM patients WHERE name = '"+chi.URLParam(r, "name")+"'") // want `built with string concatenation from chi.URLParam\(r, "name"\) \(request input\)`
}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/patients/{id:[0-9]+}", patientByID)
	r.Get("/patients/by-name/{name}", patientByName)
	return r
}
