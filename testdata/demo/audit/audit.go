// Package audit records who looked at which patient record. It logs more
// than it should: sanitas's logleak analyzer reports each leak.
package audit

import (
	"log/slog"
	"os"
)

// Patient is the record the portal shows.
type Patient struct {
	ID          string
	NHSNumber   string
	DateOfBirth string
	Diagnosis   string `json:"-"`
}

// LogValue keeps patient records out of the log: only the id is written.
func (p Patient) LogValue() slog.Value { return slog.StringValue(p.ID) }

// Visit is what the audit trail records.
type Visit struct {
	Clinician string
	Patient   string
	Notes     string // a free-text clinical note
	Diagnosis string
}

var logger = slog.New(slog.NewTextHandler(os.Stderr, nil))

// Viewed writes an audit line when a clinician opens a record.
func Viewed(clinician string, p Patient) {
	logger.Info("record viewed", "clinician", clinician, "nhs_number", p.NHSNumber)
	logger.Info("record viewed", "clinician", clinician, "patient", p)        // safe: Patient implements LogValuer
	logger.Info("record viewed", "clinician", clinician, "patient_ref", p.ID) // safe: an opaque reference
}

// Discharged logs the whole visit, diagnosis included.
func Discharged(v Visit) {
	logger.Info("discharged", "visit", v)
}

// Failed logs a failed lookup with the date of birth it was given.
func Failed(dob string, err error) {
	logger.Error("lookup failed: dob=" + dob + ": " + err.Error())
}
