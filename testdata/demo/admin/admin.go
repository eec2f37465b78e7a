// Package admin is the staff console: the safe twin of package api. Every
// route that reaches patient data is behind RequireStaff, and deletion also
// checks the staff member's role in the handler before it runs.
package admin

import (
	"net/http"
	"strconv"
	"time"

	"example.com/clinic/store"
)

// Console serves the staff console.
type Console struct {
	Store *store.Store
}

// RequireStaff lets a request through only with a staff session; others get
// 401 and never reach the next handler.
func RequireStaff(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("staff_session"); err != nil {
			http.Error(w, "staff login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// canDelete is the authorisation check for deletions.
func canDelete(r *http.Request) bool {
	return r.Header.Get("X-Staff-Role") == "records-officer"
}

// Patient shows one record.
func (c *Console) Patient(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	var p store.Patient
	if err := c.Store.ByID(r.Context(), id).Scan(&p.ID, &p.NHSNumber, &p.Name); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
}

// Remove deletes a record after an authorisation check with an early exit.
func (c *Console) Remove(w http.ResponseWriter, r *http.Request) {
	if !canDelete(r) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	if _, err := c.Store.DB.ExecContext(r.Context(), "DELETE FROM patients WHERE id = $1", id); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
	}
}

// Health answers probes; it reaches no data, so it needs no guard.
func Health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// ListenAndServe starts the console.
func ListenAndServe(c *Console) error {
	mux := http.NewServeMux()
	mux.Handle("GET /admin/patients/{id}", RequireStaff(http.HandlerFunc(c.Patient)))
	mux.Handle("DELETE /admin/patients/{id}", RequireStaff(http.HandlerFunc(c.Remove)))
	mux.HandleFunc("GET /admin/health", Health)
	srv := &http.Server{Addr: "127.0.0.1:9090", Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return srv.ListenAndServe()
}
