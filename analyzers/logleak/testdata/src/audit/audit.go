// Package audit is a helper that logs its subject; callers in other
// packages decide what the subject is.
package audit

import "log/slog"

type Subject struct {
	Ref string
	Who string
}

func Record(action string, subject string) { // want Record:"logs p0 by slog.Info; logs p1 by slog.Info"
	slog.Info("audit", "action", action, "subject", subject)
}

func RecordSubject(s Subject) { // want RecordSubject:"logs p0 by slog.Info"
	slog.Info("audit", "subject", s)
}
