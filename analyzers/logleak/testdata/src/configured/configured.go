package configured

import "log"

type Logger struct{}

// Event is an in-house logger configured as a sink (key-value list).
func (l *Logger) Event(msg string, kv ...any) {}

// Redact is an in-house mask configured as a sanitiser.
func Redact(s string) string { return "***" }

type HospitalRecord struct {
	Ref string
}

func Use(l *Logger, kennwort, hospitalNumber, supportEmail, userID, remoteAddr string, rec *HospitalRecord) {
	l.Event("login", "x", kennwort)   // want `credential parameter kennwort`
	log.Print(hospitalNumber)         // want `personal data`
	log.Print(Redact(hospitalNumber)) // safe: configured sanitiser
	log.Print(supportEmail)           // safe: configured public name
	log.Print(userID)                 // want `personal or patient data \(user id\)`
	log.Print(remoteAddr)             // want `IP address`
	log.Printf("%v", rec.Ref)         // safe
	log.Printf("%v", rec)             // want `configured sensitive type`
}
