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

func check(token string) error { // want check:`taint\(r0=p0/built; plain-errors\)`
	if token == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("invalid token %q", token)
}

func maskToken(t string) string { // want maskToken:`taint\(r0=p0\+blind\(p0\)/built/esc=scheme; masks\)`
	return strings.Repeat("*", len(t)-4) + t[len(t)-4:]
}

func redactToken(t string) string { // want redactToken:`taint\(r0=p0\+blind\(p0\)/built/esc=scheme; masks\)`
	return strings.Repeat("*", len(t)-4) + t[len(t)-4:]
}

func Masked(token string) string { // want Masked:`taint\(r0=p0\+blind\(p0\)/built/esc=scheme; masks\)`
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

// An unmodelled library's error (os is not a pure package) does not carry
// the secret passed to it, here or through the parameter (blind), nor
// does a log sink reached through it.
func Bind(dir string) error { // want Bind:`taint\(r0=unknown\{os.Chdir\(dir\)\}\+p0\+blind\(p0\)\)`
	return os.Chdir(dir)
}

func BindErr(dir string) { // want BindErr:`taint\(sink log log.Print<-p0\+blind\(p0\)\)`
	log.Print(Bind(dir))
}

// Command is a builder whose methods return their receiver.
type Command struct {
	env  []string
	args []string
}

func (c *Command) WithEnv(env []string) *Command { // want WithEnv:`taint\(r0=p0,p1; write p0.env=p1; alias r0=p0\)`
	c.env = env
	return c
}

func (c *Command) WithArgs(args ...string) *Command { // want WithArgs:`taint\(r0=p0,p1; write p0.args=p1; alias r0=p0\)`
	c.args = args
	return c
}

func (c *Command) Args() string { // want Args:`taint\(r0=f0/built; fields 0.args\)`
	return strings.Join(c.args, " ")
}

// The builder's result is the receiver's memory: Args sees the args, not
// the environment with the NHS number (r0 has no pii).
func Builder(p *Patient, c *Command) string { // want Builder:`taint\(r0=f1,f2/built; fields 0.NHSNumber,0.ID,1.args; write p1.args=f1; write p1.env=pii\{p.NHSNumber\}\+f0/built\)`
	return c.WithEnv([]string{"NHS=" + p.NHSNumber}).WithArgs(p.ID).Args()
}
