// Package logr is a trimmed stub of github.com/go-logr/logr v1.4.4: only
// the signatures logleak's tests call.
package logr

type Logger struct{}

func Discard() Logger                                              { return Logger{} }
func (l Logger) Info(msg string, keysAndValues ...any)             {}
func (l Logger) Error(err error, msg string, keysAndValues ...any) {}
func (l Logger) WithValues(keysAndValues ...any) Logger            { return l }
