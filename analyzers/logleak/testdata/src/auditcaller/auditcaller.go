package auditcaller

import (
	"audit"
	"log"
	"log/slog"
	"net/url"
)

type Patient struct {
	ID        string
	NHSNumber string
}

type Person struct {
	ID       string
	FullName string
}

func Admit(p Patient, who Person) {
	audit.Record("admit", p.NHSNumber)                               // want `personal or patient data \(NHS number\) p.NHSNumber written to the log by slog.Info via audit.Record`
	audit.Record("admit", p.ID)                                      // safe
	audit.RecordSubject(audit.Subject{Ref: p.ID, Who: who.FullName}) // want `personal or patient data \(name\) who.FullName`
}

// Login's String leaves the password out, but a slog handler set up
// elsewhere may marshal the fields.
type Login struct {
	User     string
	Password string
}

func (l Login) String() string { return "login " + l.User }

// Ref logs only its id through slog.
type Ref struct {
	ID     string
	Secret string
}

func (r Ref) LogValue() slog.Value { return slog.StringValue(r.ID) }

func Events(l Login, r Ref) {
	audit.Event("login ok", "login", l) // want `Login rendered by JSON shows field Password written to the log by slog.Info via audit.Event`
	audit.Event("login ok", "ref", r)   // safe: slog calls LogValue
	audit.Event("login ok", "user", l.User)
}

func Register(email, nhsNumber string) {
	reg := audit.Registration{Ref: "r1", Contact: email}
	audit.Registered(reg)   // safe: masked in audit by another package's Mask
	audit.Digest(nhsNumber) // safe: hashed in audit
	audit.Unmasked(reg)     // want `personal or patient data \(email address\) parameter email written to the log by slog.Info via audit.Unmasked`
}

func Connect(password string) {
	u, _ := url.Parse("https://svc:" + password + "@db.internal")
	audit.Endpoint(u) // safe: logged Redacted
}

// Members are printed by String (in another package): what it prints is
// what is logged.
func Members(email string) {
	log.Printf("created %v", audit.Member{Ref: "m1", Contact: email})  // safe: String prints the reference only
	log.Printf("created %v", audit.Member{Ref: email})                 // want `personal or patient data \(email address\) parameter email written to the log by log.Printf`
	audit.NewMember("m1", email)                                       // safe: NewMember's log line shows the reference only
	audit.NewMember(email, "m1")                                       // want `personal or patient data \(email address\) parameter email written to the log by log.Printf via audit.NewMember`
	slog.Info("created", "m", audit.Member{Ref: "m1", Contact: email}) // want `personal or patient data \(email address\) parameter email written to the log by slog.Info`
}

// login formats the payload through a printf helper: reported at the
// helper's call, naming the credential before the email.
func login(s audit.Signup) {
	audit.Debugf("login payload %+v", s) // want `struct with a credential \(password\) audit.Signup rendered by fmt shows field Password written to the log by log.Printf via audit.Debugf`
}

func Logins(s audit.Signup) {
	login(s)              // safe: reported in login, where the struct is logged
	audit.LoginAttempt(s) // safe: reported in audit.LoginAttempt
}
