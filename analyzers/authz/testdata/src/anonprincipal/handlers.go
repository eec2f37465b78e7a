// Package anonprincipal: handlers whose only check passes a request
// without credentials, whose principal reads as zero claims.
package anonprincipal

import (
	"net/http"

	"anonauth"
	"store"
)

type H struct{ st *store.Store }

// kiosk rejects only a patient who is not the appointment's: an anonymous
// request, with zero claims, skips the check.
func (h *H) kiosk(w http.ResponseWriter, r *http.Request) { // want kiosk:"anon\\(\\(\\*sql.DB\\).QueryRowContext via \\(\\*store.Store\\).Patient\\)"
	claims, _ := anonauth.FromContext(r.Context())
	id := r.PathValue("id")
	if claims.Role == "patient" && claims.PatientID != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = h.st.Patient(r.Context(), id)
}

// kioskStrict is kiosk's safe twin: a request without claims is rejected.
func (h *H) kioskStrict(w http.ResponseWriter, r *http.Request) {
	claims, ok := anonauth.FromContext(r.Context())
	id := r.PathValue("id")
	if !ok || claims.Role == "patient" && claims.PatientID != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = h.st.Patient(r.Context(), id)
}

// staffOnly allows one role: zero claims have another.
func (h *H) staffOnly(w http.ResponseWriter, r *http.Request) { // want staffOnly:"check"
	claims, _ := anonauth.FromContext(r.Context())
	if claims.Role != "clinician" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = h.st.Patient(r.Context(), r.PathValue("id"))
}

// owner compares the principal with the resource: what zero claims give
// depends on the request, so the check stands.
func (h *H) owner(w http.ResponseWriter, r *http.Request) {
	claims, _ := anonauth.FromContext(r.Context())
	id := r.PathValue("id")
	if claims.PatientID != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = h.st.Patient(r.Context(), id)
}

type key struct{}

// claimsOf reads the claims itself, dropping the ok.
func claimsOf(r *http.Request) anonauth.Claims { // want claimsOf:"ctxread"
	c, _ := r.Context().Value(key{}).(anonauth.Claims)
	return c
}

// lookup is kiosk reading the claims through a helper of this package.
func (h *H) lookup(w http.ResponseWriter, r *http.Request) { // want lookup:"anon\\(\\(\\*sql.DB\\).QueryRowContext via \\(\\*store.Store\\).Patient\\)"
	cl := claimsOf(r)
	id := r.PathValue("id")
	if cl.Role == "patient" && cl.PatientID != id {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = h.st.Patient(r.Context(), id)
}

func Routes(h *H) {
	mux := http.NewServeMux()
	mux.Handle("GET /kiosk/{id}", anonauth.Optional(http.HandlerFunc(h.kiosk)))   // want `route GET /kiosk/\{id\} \(handler \(\*anonprincipal.H\).kiosk\) reaches \(\*sql.DB\).QueryRowContext via \(\*store.Store\).Patient, and a request without credentials gets there`
	mux.Handle("GET /lookup/{id}", anonauth.Optional(http.HandlerFunc(h.lookup))) // want `route GET /lookup/\{id\} .* a request without credentials gets there`
	mux.Handle("GET /strict/{id}", anonauth.Optional(http.HandlerFunc(h.kioskStrict)))
	mux.Handle("GET /staff/{id}", anonauth.Optional(http.HandlerFunc(h.staffOnly)))
	mux.Handle("GET /owner/{id}", anonauth.Optional(http.HandlerFunc(h.owner)))
	mux.Handle("GET /signed/{id}", anonauth.Require(http.HandlerFunc(h.kiosk)))
	_ = http.ListenAndServe(":8080", mux)
}

// Register registers on its caller's router: judged where it is served.
func Register(mux *http.ServeMux, h *H) { // want Register:"route\\(0 GET /kiosk/\\{id\\} \\(\\*anonprincipal.H\\).kiosk\\)"
	mux.Handle("GET /kiosk/{id}", anonauth.Optional(http.HandlerFunc(h.kiosk)))
}
