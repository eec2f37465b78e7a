package fasthash

import (
	"crypto/hmac"
	"crypto/sha256"
	"net/http"
)

func signBody(secret, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return m.Sum(nil)
}

// PharmacyWebhook's receiver is called pw for the type, not for a
// password: its Secret is an HMAC key, which is what HMAC is for.
type PharmacyWebhook struct{ Secret []byte }

func (pw *PharmacyWebhook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !hmac.Equal([]byte(r.Header.Get("X-Signature")), signBody(pw.Secret, nil)) {
		http.Error(w, "bad signature", http.StatusUnauthorized)
	}
}

// A field named as a password is one, whatever the receiver is called.
type account struct{ Password string }

func hashOf(b []byte) [32]byte { return sha256.Sum256(b) }

func (a *account) digest() [32]byte {
	return hashOf([]byte(a.Password)) // want `a.Password is hashed with sha256.Sum256 via fasthash.hashOf`
}
