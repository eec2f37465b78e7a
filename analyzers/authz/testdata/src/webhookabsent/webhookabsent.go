// Package webhookabsent: a handler that verifies a signature only when the
// request carries one lets an unsigned request through to its data access.
package webhookabsent

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"store"
)

func sign(secret, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return m.Sum(nil)
}

type Pharmacy struct {
	St     *store.Store
	Secret []byte
}

// ServeHTTP checks the signature only when the header is sent.
func (p *Pharmacy) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:"touches"
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	if sig := r.Header.Get("X-Signature"); sig != "" { // want `handler \(\*webhookabsent.Pharmacy\).ServeHTTP fails open: it checks the credential only when the request carries one, and a request without it goes on to \(\*sql.DB\).ExecContext`
		got, err := hex.DecodeString(sig)
		if err != nil || !hmac.Equal(got, sign(p.Secret, body)) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
	}
	_ = p.St.DeletePatient(r.Context(), string(body))
	w.WriteHeader(http.StatusNoContent)
}

type Lab struct {
	St     *store.Store
	Secret []byte
}

// ServeHTTP rejects a missing signature as a wrong one.
func (l *Lab) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	got, err := hex.DecodeString(r.Header.Get("X-Signature"))
	if err != nil || !hmac.Equal(got, sign(l.Secret, body)) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	_ = l.St.DeletePatient(r.Context(), string(body))
	w.WriteHeader(http.StatusNoContent)
}

type Clinic struct {
	St  *store.Store
	Key string
}

// ServeHTTP answers a missing key with 401 before checking a present one.
func (c *Clinic) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	got := r.Header.Get("X-Api-Key")
	if got == "" {
		http.Error(w, "key required", http.StatusUnauthorized)
		return
	}
	if got != c.Key {
		http.Error(w, "bad key", http.StatusUnauthorized)
		return
	}
	_ = c.St.DeletePatient(r.Context(), r.URL.Query().Get("id"))
}

// Search filters by an optional name and rejects only a forbidden one:
// the absent branch carries no credential.
func (c *Clinic) Search(w http.ResponseWriter, r *http.Request) { // want Search:"touches"
	if name := r.URL.Query().Get("name"); name != "" {
		if name == "root" {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
	}
	_ = c.St.Patient(r.Context(), r.URL.Query().Get("id"))
}

// Upload stores a blob at once when the client sends its digest, and
// answers 403 for a quota: no credential is checked either way.
func (c *Clinic) Upload(w http.ResponseWriter, r *http.Request) { // want Upload:"touches"
	if digest := r.Header.Get("X-Digest"); digest != "" {
		body, _ := io.ReadAll(r.Body)
		if digest != hex.EncodeToString(sign(nil, body)) {
			http.Error(w, "digest mismatch", http.StatusBadRequest)
			return
		}
		if err := c.St.DeletePatient(r.Context(), digest); err != nil {
			http.Error(w, "quota exceeded", http.StatusForbidden)
			return
		}
	}
	_ = c.St.Patient(r.Context(), r.URL.Query().Get("id"))
}

func session(r *http.Request) (string, error) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", err
	}
	return c.Value, nil
}

// Handover answers 401 for a missing session but does not return: the
// request falls into the code the authenticated one runs.
func (c *Clinic) Handover(w http.ResponseWriter, r *http.Request) { // want Handover:"touches"
	user, err := session(r)
	switch {
	case err != nil:
		http.Error(w, "unauthorised", http.StatusUnauthorized) // want `handler \(\*webhookabsent.Clinic\).Handover fails open: it answers 401 but does not return, and goes on to \(\*sql.DB\).QueryRowContext`
	case user == "guest":
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	_ = c.St.Patient(r.Context(), r.URL.Query().Get("id"))
}

// Login records a failed attempt after answering 401: the access is the
// rejection's own, and the handler returns.
func (c *Clinic) Login(w http.ResponseWriter, r *http.Request) { // want Login:"touches"
	if _, err := session(r); err != nil {
		http.Error(w, "unauthorised", http.StatusUnauthorized)
		_ = c.St.DeletePatient(r.Context(), "attempt")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// validSignature verifies in a helper: its name says what it checks.
func validSignature(secret, body []byte, sig string) bool {
	got, err := hex.DecodeString(sig)
	return err == nil && hmac.Equal(got, sign(secret, body))
}

// Results checks through the helper, only when the header is sent.
func (p *Pharmacy) Results(w http.ResponseWriter, r *http.Request) { // want Results:"touches"
	body, _ := io.ReadAll(r.Body)
	if sig := r.Header.Get("X-Signature"); sig != "" { // want `handler \(\*webhookabsent.Pharmacy\).Results fails open: it checks the credential only when the request carries one`
		if !validSignature(p.Secret, body, sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
	}
	_ = p.St.DeletePatient(r.Context(), string(body))
}

// ResultsSigned always verifies.
func (p *Pharmacy) ResultsSigned(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if !validSignature(p.Secret, body, r.Header.Get("X-Signature")) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	_ = p.St.DeletePatient(r.Context(), string(body))
}

// The route of a handler whose check lets an unsigned request through has
// no check; a route whose handler always verifies is checked.
func requireStaff(next http.Handler) http.Handler { // want requireStaff:"guard\\(authn\\)"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer staff" {
			http.Error(w, "unauthorised", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func Serve(p *Pharmacy) error {
	mux := http.NewServeMux()
	mux.Handle("GET /admin/results", requireStaff(http.HandlerFunc(p.Results))) // want `is authenticated by webhookabsent.requireStaff`
	mux.HandleFunc("POST /integrations/results", p.Results) // want `route POST /integrations/results .* has no authentication`
	mux.HandleFunc("POST /integrations/signed", p.ResultsSigned)
	return http.ListenAndServe(":8080", mux)
}
