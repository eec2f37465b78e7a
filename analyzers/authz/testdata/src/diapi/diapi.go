// Package diapi holds its data behind a Store interface that main wires to
// a SQL implementation in a package this one does not import (dependency
// injection): the handlers' calls of Store cannot be followed, and default
// deny counts them as data access.
package diapi

import (
	"database/sql"
	"net/http"

	"diplugin"
)

type Patient struct{ ID, Name string }

type Store interface {
	Patient(id string) (*Patient, error)
	DeletePatient(id string) error
}

// Clock has an implementation in this package, which reads no data.
type Clock interface{ Now() int64 }

type fixedClock struct{}

func (fixedClock) Now() int64 { return 0 }

type Handlers struct {
	St    Store
	Clock Clock
}

func New(st Store) *Handlers { return &Handlers{St: st, Clock: fixedClock{}} }

func (h *Handlers) GetPatient(w http.ResponseWriter, r *http.Request) {
	p, err := h.St.Patient(r.PathValue("id"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write([]byte(p.Name))
}

func (h *Handlers) DeletePatient(w http.ResponseWriter, r *http.Request) {
	_ = h.St.DeletePatient(r.PathValue("id"))
}

// Time calls an interface whose implementation is visible and reads no
// data.
func (h *Handlers) Time(w http.ResponseWriter, r *http.Request) {
	_ = h.Clock.Now()
}

// Preview calls a registry in another package whose implementations are
// unseen there: not data access here.
func (h *Handlers) Preview(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(diplugin.Render("md", r.URL.Query().Get("q"))))
}

// Audit reads the injected store first, then the database: its fact
// carries the definite access, which an unseen one must not hide.
func (h *Handlers) Audit(db *sql.DB, id string) { // want Audit:`touches\(\(\*sql.DB\).Query\)`
	_, _ = h.St.Patient(id)
	_, _ = db.Query("SELECT 1")
}

func userOf(r *http.Request) string { return r.Header.Get("X-User") }

func requireUser(next http.Handler) http.Handler { // want requireUser:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if userOf(r) == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// requireAdmin is built on requireUser around a role check written in
// place: a guard that authorises.
func requireAdmin(next http.Handler) http.Handler { // want requireAdmin:"guard\\(authz\\)"
	return requireUser(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !hasRole(r, "admin") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	}))
}

// requireUserTraced wraps a pass-through closure in requireUser: it
// authenticates only.
func requireUserTraced(next http.Handler) http.Handler { // want requireUserTraced:"guard\\(authn\\)"
	return requireUser(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	}))
}

func hasRole(r *http.Request, role string) bool { // want hasRole:"check"
	return r.Header.Get("X-Role") == role
}

func (h *Handlers) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", h.GetPatient)                               // want `route GET /patients/\{id\} \(handler \(\*diapi.Handlers\).GetPatient\) reaches \(diapi.Store\).Patient \(an interface implemented outside the packages this one imports\) has no authentication or authorisation on its path`
	mux.HandleFunc("DELETE /patients/{id}", h.DeletePatient)                         // want `route DELETE /patients/\{id\} .* reaches \(diapi.Store\).DeletePatient \(an interface implemented outside`
	mux.Handle("GET /me/patients/{id}", requireUser(http.HandlerFunc(h.GetPatient))) // want `route GET /me/patients/\{id\} .* is authenticated by diapi.requireUser but nothing checks`
	mux.Handle("DELETE /admin/patients/{id}", requireAdmin(http.HandlerFunc(h.DeletePatient)))
	mux.Handle("GET /traced/patients/{id}", requireUserTraced(http.HandlerFunc(h.GetPatient))) // want `route GET /traced/patients/\{id\} .* is authenticated by diapi.requireUserTraced but nothing checks`
	mux.HandleFunc("GET /time", h.Time)
	mux.HandleFunc("GET /preview", h.Preview)
	return mux
}
