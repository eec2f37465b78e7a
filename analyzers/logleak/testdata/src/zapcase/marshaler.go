package zapcase

import (
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// LeakyPatient's MarshalLogObject adds what it holds: reading a sensitive
// field in the method does not hide it.
type LeakyPatient struct {
	ID  string
	NHS string
	DOB time.Time
}

func (p LeakyPatient) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", p.ID)
	enc.AddString("nhs_number", p.NHS) // want `personal or patient data \(NHS number\)`
	enc.AddTime("dob", p.DOB)          // want `personal or patient data \(date of birth\)`
	enc.AddTime("seen", time.Now())    // safe: not a date of birth
	return nil
}

// PatientRef adds only the id.
type PatientRef struct {
	ID  string
	NHS string
}

func (p PatientRef) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("patient_ref", p.ID)
	return nil
}

func LogPatients(l *zap.Logger, id, nhs string) {
	l.Info("admit", zap.Object("patient", LeakyPatient{ID: id, NHS: nhs}))
	l.Info("admit", zap.Object("patient", PatientRef{ID: id, NHS: nhs})) // safe: only the id
}
