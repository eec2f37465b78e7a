// Package audit is a helper that logs its subject; callers in other
// packages decide what the subject is.
package audit

import "log/slog"

type Subject struct {
	Ref string
	Who string
}

func Record(action string, subject string) {
	slog.Info("audit", "action", action, "subject", subject)
}

func RecordSubject(s Subject) {
	slog.Info("audit", "subject", s)
}

// Event logs key-value pairs through slog.
func Event(msg string, kv ...any) {
	slog.Info(msg, kv...)
}
