package stdlog

import (
	"log"
	"net/http"
)

// A cookie read by a credential's name carries the credential in its
// value, as a header read by "Authorization" does.
func sessionCookie(r *http.Request) {
	ck, err := r.Cookie("session_id")
	if err != nil {
		log.Printf("no session cookie: %v", err) // safe: the error names the cookie, not its value
		return
	}
	log.Printf("session cookie %s", ck.Value) // want `credential \(session id\) r.Cookie\("session_id"\) written to the log`
	id := ck.Value
	log.Printf("session %s", id)                 // want `credential \(session id\) r.Cookie\("session_id"\) written to the log`
	log.Printf("cookie %s set", ck.Name)         // safe: the cookie's name
	log.Printf("theme %s", themeCookie(r).Value) // safe: not a credential's name
}

func themeCookie(r *http.Request) *http.Cookie {
	ck, _ := r.Cookie("theme")
	return ck
}

// A whole cookie printed shows its value: %v of an *http.Cookie is its
// String, "name=value; Path=...".
func wholeCookie(r *http.Request) {
	if c, err := r.Cookie("session"); err == nil {
		log.Printf("session cookie: %v", c) // want `credential \(session id\) r.Cookie\("session"\) written to the log`
	}
	if c, err := r.Cookie("session_id"); err == nil {
		log.Printf("session cookie: %v", *c) // want `credential \(session id\) r.Cookie\("session_id"\) written to the log`
	}
	if c, err := r.Cookie("theme"); err == nil {
		log.Printf("theme cookie: %v", c) // safe: not a credential's name
	}
}
