package slogcase

import (
	"log/slog"
	"net/http"
)

// rejecter makes the function that logs a rejected credential: the
// closure it returns is what its callers call.
func rejecter(l *slog.Logger) func(reason, presented string) {
	return func(reason, presented string) {
		l.Warn("auth rejected", "reason", reason, "presented", presented) // want `credential \(authorization header\) r.Header.Get\("Authorization"\) written to the log by \(\*slog.Logger\).Warn, passed on by slogcase.rejectBadAuth`
	}
}

func rejectBadAuth(w http.ResponseWriter, r *http.Request) {
	reject := rejecter(slog.Default())
	reject("malformed", r.Header.Get("Authorization"))
	reject("expired", r.Header.Get("X-Request-Id"))
}
