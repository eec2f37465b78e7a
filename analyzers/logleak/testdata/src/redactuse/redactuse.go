package redactuse

import (
	"log"
	"log/slog"

	"redact"
	"redactlib"
)

type Patient struct {
	NHSNumber string
	Email     string
	Phone     string
}

func Log(username string, p Patient) {
	log.Printf("login failed for %s", redactlib.Email(username))       // safe: the user name, turned
	log.Printf("contact %s", redactlib.Email(p.Email))                 // want `personal or patient data \(email address\) p.Email`
	log.Printf("patient %s", redactlib.NHS(p.NHSNumber))               // safe: the last three digits
	log.Printf("phone %s", redactlib.Phone(p.Phone))                   // want `personal or patient data \(phone number\) p.Phone`
	log.Printf("signing with %s", redactlib.GetSecret("SIGNING_NAME")) // want `credential \(secret\)`
}

// A function of a package named for redacting redacts, as one named so.
func Reset(email string) {
	slog.Info("password reset", "email", redact.Email(email)) // safe: redacted
	slog.Info("password reset", "email", email)               // want `personal or patient data \(email address\) logged under key "email"`
}
