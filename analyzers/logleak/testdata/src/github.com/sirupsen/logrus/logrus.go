// Package logrus is a trimmed stub of github.com/sirupsen/logrus v1.9.4:
// only the signatures logleak's tests call.
package logrus

type Fields map[string]interface{}

type Entry struct{}
type Logger struct{ Formatter Formatter }

type Formatter interface {
	Format(*Entry) ([]byte, error)
}

type JSONFormatter struct{}
type TextFormatter struct{}

func (f *JSONFormatter) Format(e *Entry) ([]byte, error) { return nil, nil }
func (f *TextFormatter) Format(e *Entry) ([]byte, error) { return nil, nil }

func SetFormatter(f Formatter)             {}
func (l *Logger) SetFormatter(f Formatter) {}

func New() *Logger                                               { return &Logger{} }
func WithField(key string, value interface{}) *Entry             { return &Entry{} }
func WithFields(fields Fields) *Entry                            { return &Entry{} }
func Infof(format string, args ...interface{})                   {}
func Info(args ...interface{})                                   {}
func (l *Logger) WithField(key string, value interface{}) *Entry { return &Entry{} }
func (l *Logger) Infof(format string, args ...interface{})       {}
func (e *Entry) WithField(key string, value interface{}) *Entry  { return e }
func (e *Entry) Info(args ...interface{})                        {}
func (e *Entry) Warnf(format string, args ...interface{})        {}
