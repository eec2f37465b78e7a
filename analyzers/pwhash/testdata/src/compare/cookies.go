package compare

import (
	"crypto/subtle"
	"net/http"
)

type Session struct {
	ID     string
	UserID string
}

type Patient struct{ ID string }

// A session cookie's value and a Session's ID are session ids: compared
// with ==, they leak how many leading bytes match.

func SessionCookieMatches(r *http.Request, sess Session) bool {
	ck, err := r.Cookie("session_id")
	return err == nil && ck.Value == sess.ID // want `secret ck.Value \(session id read by Cookie\("session_id"\)\) is compared with ==`
}

func SameSession(cookieValue string, sess *Session) bool {
	return cookieValue != "" && cookieValue == sess.ID // want `secret sess.ID \(a session id\) is compared with ==`
}

func AuthorizationHeader(r *http.Request, configured string) bool {
	return r.Header.Get("Authorization") == "Bearer "+configured // want `secret r.Header.Get\("Authorization"\) \(authorization header read by Get\("Authorization"\)\) is compared with ==`
}

// Safe look-alikes: a cookie or header that holds no secret, a session's
// user id, another type's ID, an empty check, a constant-time comparison.

func ThemeCookie(r *http.Request, want string) bool {
	ck, err := r.Cookie("theme")
	return err == nil && ck.Value == want
}

func AcceptHeader(r *http.Request, want string) bool {
	return r.Header.Get("Accept") == want
}

func SessionOwner(sess Session, uid string) bool {
	return sess.UserID == uid
}

func SamePatient(p Patient, id string) bool {
	return p.ID == id
}

func SessionCookieSet(r *http.Request) bool {
	ck, err := r.Cookie("session_id")
	return err == nil && ck.Value != ""
}

func SessionCookieConst(r *http.Request, sess Session) bool {
	ck, err := r.Cookie("session_id")
	return err == nil && subtle.ConstantTimeCompare([]byte(ck.Value), []byte(sess.ID)) == 1
}

// The client secret in the body must match the one in the Authorization
// header: both are what the client sent, and the timing tells it nothing.
func SameClientSecret(r *http.Request) bool {
	_, headerSecret, ok := r.BasicAuth()
	clientSecret := r.PostFormValue("client_secret")
	return ok && clientSecret != "" && clientSecret == headerSecret
}

// The client secret sent compared with the registered one leaks it.
func RegisteredClientSecret(r *http.Request, registeredSecret string) bool {
	clientSecret := r.PostFormValue("client_secret")
	return clientSecret == registeredSecret // want `secret clientSecret is compared with ==`
}

// A session cookie compared with a session id from the request's header:
// still what the client sent on both sides.
func CookieMatchesHeader(r *http.Request) bool {
	ck, err := r.Cookie("session_id")
	return err == nil && ck.Value == r.Header.Get("X-Session-Id")
}

// A request header named "...-Key" carries an API key, whatever the
// variable it is read into is called.
func ReportsKey(r *http.Request, key string) bool {
	got := r.Header.Get("X-Reports-Key")
	return got != "" && got == key // want `secret got \(API key read by Get\("X-Reports-Key"\)\) is compared with ==`
}

// The WebSocket handshake's key is a nonce, and an idempotency key a
// replay guard: neither is a secret.
func HandshakeKey(r *http.Request, seen string) bool {
	return r.Header.Get("Sec-WebSocket-Key") == seen || r.Header.Get("Idempotency-Key") == seen
}
