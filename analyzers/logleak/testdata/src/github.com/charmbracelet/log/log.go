// Package log is a trimmed stub of github.com/charmbracelet/log (v1.0.0).
package log

type Logger struct{}

func Default() *Logger { return &Logger{} }

func Info(msg any, keyvals ...any)                 {}
func Error(msg any, keyvals ...any)                {}
func Infof(format string, args ...any)             {}
func With(keyvals ...any) *Logger                  { return &Logger{} }
func (l *Logger) Info(msg any, keyvals ...any)     {}
func (l *Logger) Warnf(format string, args ...any) {}
func (l *Logger) With(keyvals ...any) *Logger      { return l }
