// Package audit is a helper that logs its subject; callers in other
// packages decide what the subject is.
package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"log"
	"log/slog"
	"net/url"

	"masking"
)

type Subject struct {
	Ref string
	Who string
}

func Record(action string, subject string) {
	slog.Info("audit", "action", action, "subject", subject)
}

func RecordSubject(s Subject) {
	slog.Info("audit", "subject", s)
}

// Event logs key-value pairs through slog.
func Event(msg string, kv ...any) {
	slog.Info(msg, kv...)
}

// Registration is a sign-up payload.
type Registration struct {
	Ref     string
	Contact string
}

// Registered logs a masked contact: what callers pass in is not logged
// as it is.
func Registered(reg Registration) {
	slog.Info("registered", "contact_masked", masking.Mask(reg.Contact))
}

// Endpoint logs a URL without its password (url.URL.Redacted).
func Endpoint(u *url.URL) {
	slog.Info("endpoint", "url", u.Redacted())
}

// Digest logs a digest of its argument.
func Digest(ref string) {
	sum := sha256.Sum256([]byte(ref))
	slog.Info("registered", "ref_digest", hex.EncodeToString(sum[:]))
}

// Unmasked logs what callers pass in.
func Unmasked(reg Registration) {
	slog.Info("registered", "contact", reg.Contact)
}

// Member prints its reference only.
type Member struct {
	Ref     string
	Contact string
}

func (m Member) String() string { return "member " + m.Ref }

// NewMember logs the member it makes: String prints the reference only.
func NewMember(ref, contact string) Member {
	m := Member{Ref: ref, Contact: contact}
	log.Printf("new %v", m)
	return m
}

// Debugf is a printf-style helper.
func Debugf(format string, args ...any) {
	log.Printf("[debug] "+format, args...)
}

// Signup is a sign-up payload with personal data and a credential.
type Signup struct {
	Email    string
	Password string
}

// LoginAttempt logs the whole payload: reported here, where it is logged.
func LoginAttempt(s Signup) {
	Debugf("login %+v", s)
}
