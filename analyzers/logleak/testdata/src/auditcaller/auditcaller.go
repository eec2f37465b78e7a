package auditcaller

import "audit"

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
