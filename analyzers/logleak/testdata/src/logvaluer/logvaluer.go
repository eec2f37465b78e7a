// Package logvaluer: a slog logger writes what a value's LogValue
// returns; the attributes LogValue builds are written where the value is
// logged, and reported there.
package logvaluer

import (
	"log"
	"log/slog"
	"logvaluerlib"
)

// Visit's LogValue shows the NHS number.
type Visit struct {
	Ref       string
	NHSNumber string
}

func (v Visit) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("ref", v.Ref)}
	attrs = append(attrs, slog.Any("nhs_number", v.NHSNumber))
	return slog.GroupValue(attrs...)
}

// Ward's LogValue shows its name only.
type Ward struct {
	Name      string
	Diagnosis string
}

func (w Ward) LogValue() slog.Value { return slog.StringValue(w.Name) }

// Noisy logs from inside its LogValue: that is a log write.
type Noisy struct {
	Ref       string
	NHSNumber string
}

func (n Noisy) LogValue() slog.Value {
	slog.Debug("resolving", "nhs_number", n.NHSNumber) // want `logged under key "nhs_number" written to the log by slog.Debug`
	return slog.StringValue(n.Ref)
}

func Log(v Visit, w Ward, n Noisy, s logvaluerlib.Snapshot, r logvaluerlib.Record) {
	slog.Info("visit", "visit", v)                                // want `NHS number\) v.NHSNumber \(shown by Visit.LogValue\) written to the log by slog.Info`
	slog.Info("visit", slog.Any("visit", v))                      // want `v.NHSNumber \(shown by Visit.LogValue\) written to the log by slog.Any`
	slog.Info("ward", "ward", w)                                  // safe: the name only
	slog.Info("noisy", "noisy", n)                                // safe: the reference only
	slog.Info("snapshot", "snapshot", s)                          // want `clinical data\) s.Diagnosis \(shown by logvaluerlib.Snapshot.LogValue\) written to the log by slog.Info`
	slog.Info("record", "record", r)                              // safe: the reference only
	log.Printf("record %+v", r)                                   // want `Record rendered by fmt shows field NHSNumber`
	slog.Info("diagnosis", slog.String("diagnosis", w.Diagnosis)) // want `logged under key "diagnosis" written to the log by slog.String`
}
