package logsink // want package:"analysed"

// Log sinks are engine sinks of class log; sensitive names give the
// Credential and PII kinds, with their origin; functions named for masking
// return neither.

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"
)

type Patient struct {
	ID        string
	NHSNumber string
	Notes     string `sanitas:"public"`
}

func Login(user, password string) { // want Login:`taint\(sink log log.Printf<-p0,p1\)`
	log.Printf("login %s/%s", user, password)
}

func Record(action string, subject string) { // want Record:`taint\(sink log slog.Info<-p0,p1\)`
	slog.Info("audit", "action", action, "subject", subject)
}

func check(token string) error { // want check:`taint\(r0=p0/built\)`
	if token == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("invalid token %q", token)
}

func maskToken(t string) string { // want maskToken:`taint\(r0=p0/built\)`
	return strings.Repeat("*", len(t)-4) + t[len(t)-4:]
}

func redactToken(t string) string { // want redactToken:`taint\(r0=p0/built\)`
	return strings.Repeat("*", len(t)-4) + t[len(t)-4:]
}

func Masked(token string) string { // want Masked:`taint\(r0=p0/built\)`
	return redactToken(token)
}

func NHS(p *Patient) string { // want NHS:`taint\(r0=pii\{p.NHSNumber\}\+f0/built; fields 0.NHSNumber\)`
	return "nhs=" + p.NHSNumber
}

func Public(p *Patient) string { // want Public:`taint\(r0=f0; fields 0.Notes\)`
	return p.Notes
}

func Auth(r *http.Request) string { // want Auth:`taint\(r0=untrusted\|credential\{r.Header.Get\("Authorization"\)\}\)`
	return r.Header.Get("Authorization")
}

func APIKey() string { // want APIKey:`taint\(r0=unknown\|credential\{os.Getenv\("STRIPE_API_KEY"\)\}\)`
	return os.Getenv("STRIPE_API_KEY")
}

func Home() string { // want Home:`taint\(r0=unknown\{os.Getenv\("HOME"\)\}\)`
	return os.Getenv("HOME")
}

func Stderr(msg string) { // want Stderr:`taint\(sink log fmt.Fprintln<-p0\)`
	fmt.Fprintln(os.Stderr, msg)
}

func Buffer(msg string, b *strings.Builder) { // want Buffer:`taint\(write p1=p0/built\)`
	fmt.Fprintln(b, msg)
}
