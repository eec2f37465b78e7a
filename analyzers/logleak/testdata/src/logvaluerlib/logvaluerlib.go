// Package logvaluerlib defines values that slog logs through their
// LogValue: what LogValue builds is logged where the value is, not here.
package logvaluerlib

import "log/slog"

// Snapshot's LogValue shows the diagnosis.
type Snapshot struct {
	Ref       string
	Diagnosis string
}

func (s Snapshot) LogValue() slog.Value {
	return slog.GroupValue(slog.String("ref", s.Ref), slog.String("diagnosis", s.Diagnosis))
}

// Record's LogValue shows the reference only.
type Record struct {
	Ref       string
	NHSNumber string
}

func (r Record) LogValue() slog.Value {
	return slog.GroupValue(slog.String("ref", r.Ref))
}
