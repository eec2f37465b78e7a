package nethttp

import (
	"net/http"

	"store"
)

type Server struct{ st *store.Store }

func (s *Server) getPatient(w http.ResponseWriter, r *http.Request) { // want getPatient:"touches"
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

func (s *Server) deletePatient(w http.ResponseWriter, r *http.Request) { // want deletePatient:"touches"
	_ = s.st.DeletePatient(r.Context(), r.PathValue("id"))
}

// checked: an in-handler check with an early exit dominates the access.
func (s *Server) checked(w http.ResponseWriter, r *http.Request) { // want checked:"check"
	id := r.PathValue("id")
	if !store.CanRead(r.Context(), userOf(r), id) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = s.st.Patient(r.Context(), id)
}

// helperChecked: the check is in a helper that returns an error.
func (s *Server) helperChecked(w http.ResponseWriter, r *http.Request) { // want helperChecked:"check"
	id := r.PathValue("id")
	if err := store.RequireOwner(r.Context(), s.st, userOf(r), id); err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = s.st.DeletePatient(r.Context(), id)
}

// selfChecked calls a service method that checks by itself.
func (s *Server) selfChecked(w http.ResponseWriter, r *http.Request) {
	_, _ = s.st.GetChecked(r.Context(), userOf(r), r.PathValue("id"))
}

// oneBranch checks only when a query parameter is absent: the other branch
// reaches the data unchecked.
func (s *Server) oneBranch(w http.ResponseWriter, r *http.Request) { // want oneBranch:"touches"
	id := r.PathValue("id")
	if r.URL.Query().Get("preview") == "" {
		if !store.CanRead(r.Context(), userOf(r), id) {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
	}
	_ = s.st.Patient(r.Context(), id)
}

// ownerField compares a role field: a role check.
func (s *Server) ownerField(w http.ResponseWriter, r *http.Request) { // want ownerField:"check"
	u := struct{ Role string }{Role: r.Header.Get("X-Role")}
	if u.Role != "admin" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	_ = s.st.DeletePatient(r.Context(), r.PathValue("id"))
}

func health(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }

// version touches no data.
func (s *Server) version(w http.ResponseWriter, r *http.Request) { w.Write([]byte(s.st.Version())) }

// exportAll reaches data but its owner declared it public.
//
//sanitas:public the export is open data
func (s *Server) exportAll(w http.ResponseWriter, r *http.Request) { // want exportAll:"touches"
	_ = s.st.Patient(r.Context(), "all")
}

func (s *Server) handleGet() http.HandlerFunc { // want handleGet:"returns"
	return func(w http.ResponseWriter, r *http.Request) {
		_ = s.st.Patient(r.Context(), r.PathValue("id"))
	}
}

func Routes(s *Server) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", s.getPatient)                                  // want `route GET /patients/\{id\} \(handler \(\*nethttp.Server\).getPatient\) reaches \(\*sql.DB\).QueryRowContext via \(\*store.Store\).Patient has no authentication or authorisation on its path`
	mux.Handle("DELETE /patients/{id}", RequireUser(http.HandlerFunc(s.deletePatient))) // want `route DELETE /patients/\{id\} .* is authenticated by nethttp.RequireUser but nothing checks that the user may do this`
	mux.Handle("GET /admin/patients/{id}", RequireUser(RequireRole("admin")(http.HandlerFunc(s.getPatient))))
	mux.Handle("GET /logged/{id}", Logging(http.HandlerFunc(s.getPatient)))         // want `route GET /logged/\{id\}.* has no authentication`
	mux.Handle("GET /session/{id}", RequireSession(http.HandlerFunc(s.getPatient))) // want `route GET /session/\{id\}.* has no authentication`
	mux.Handle("GET /decoded/{id}", AuthDecode(http.HandlerFunc(s.getPatient)))     // want `route GET /decoded/\{id\}.* has no authentication`
	mux.HandleFunc("GET /checked/{id}", s.checked)
	mux.HandleFunc("DELETE /helper/{id}", s.helperChecked)
	mux.HandleFunc("GET /self/{id}", s.selfChecked)
	mux.HandleFunc("GET /branch/{id}", s.oneBranch) // want `route GET /branch/\{id\} \(handler \(\*nethttp.Server\).oneBranch\) reaches .*, and the handler checks authorisation only on some paths to it`
	mux.HandleFunc("DELETE /owner/{id}", s.ownerField)
	mux.HandleFunc("GET /healthz", health)
	mux.HandleFunc("GET /version", s.version)
	mux.HandleFunc("GET /export", s.exportAll)
	mux.HandleFunc("GET /factory/{id}", s.handleGet()) // want `route GET /factory/\{id\} \(handler func literal in \(\*nethttp.Server\).handleGet\)`
	//sanitas:public read-only demo data
	mux.HandleFunc("GET /demo/{id}", s.getPatient)
	for _, p := range []string{"/a", "/b"} {
		mux.HandleFunc(p, s.getPatient) // unresolved: never reported
	}
	http.ListenAndServe(":8080", mux)
}

// Wrapped: the whole mux is behind RequireUser at the server.
func Wrapped(s *Server) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", s.getPatient) // want `route GET /patients/\{id\} .* is authenticated by nethttp.RequireUser but nothing checks`
	srv := &http.Server{Addr: ":8080", Handler: RequireUser(mux)}
	srv.ListenAndServe()
}

// Unguarded: no route of this server has any guard: one finding at the
// server.
func Unguarded(s *Server) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /patients/{id}", s.getPatient)
	mux.HandleFunc("DELETE /patients/{id}", s.deletePatient)
	http.ListenAndServe(":8080", mux) // want `no authentication or authorisation on any route of this server; 2 route\(s\) reach data`
}

// keyed answers 403 on its early exit: whatever the condition, that branch
// is an authorisation decision.
func (s *Server) keyed(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Key") != "k" {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	_ = s.st.Patient(r.Context(), r.PathValue("id"))
}

// sessionOnly reads the session to authenticate: the read is the
// authentication, not data the route exposes.
func (s *Server) sessionOnly(w http.ResponseWriter, r *http.Request) {
	_ = s.st.SessionUser(r.Context(), r.Header.Get("Cookie"))
}

func More(s *Server) {
	mux := http.NewServeMux()
	mux.Handle("DELETE /patients/{id}", RequireUser(http.HandlerFunc(s.deletePatient))) // want `is authenticated by nethttp.RequireUser`
	mux.HandleFunc("GET /keyed/{id}", s.keyed)
	mux.HandleFunc("GET /whoami", s.sessionOnly)
	http.ListenAndServe(":8080", mux)
}
