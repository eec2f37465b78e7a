// Package logrusformat: a logrus logger made in this package whose
// formatter is set here renders whole values as that formatter does.
package logrusformat

import "github.com/sirupsen/logrus"

// User keeps its password out of JSON only.
type User struct {
	ID       string `json:"id"`
	Password string `json:"-"`
}

func newJSONLogger() *logrus.Logger {
	l := logrus.New()
	l.SetFormatter(&logrus.JSONFormatter{})
	return l
}

func newTextLogger() *logrus.Logger {
	l := logrus.New()
	l.Formatter = &logrus.TextFormatter{}
	return l
}

func configure(l *logrus.Logger) {}

func JSONLogger(u User) {
	l := newJSONLogger()
	l.WithField("user", u).Info("user synced") // safe: JSON leaves Password out
	l.WithField("user", u).WithField("op", "sync").Info("user synced")
	l.Infof("user %+v", u) // want `User rendered by fmt shows field Password`
}

func LocalJSONLogger(u User) {
	l := logrus.New()
	l.SetFormatter(&logrus.JSONFormatter{})
	l.WithField("user", u).Info("user synced") // safe
}

func TextLogger(u User) {
	l := newTextLogger()
	l.WithField("user", u).Info("user synced") // want `User rendered by fmt shows field Password`
}

func Overridden(u User) {
	l := newJSONLogger()
	l.SetFormatter(&logrus.TextFormatter{})
	l.WithField("user", u).Info("user synced") // want `User rendered by fmt shows field Password`
}

func Configured(u User) {
	l := newJSONLogger()
	configure(l)                               // may set another formatter
	l.WithField("user", u).Info("user synced") // want `User rendered by fmt shows field Password`
}

func Given(l *logrus.Logger, u User) {
	l.WithField("user", u).Info("user synced") // want `User rendered by fmt shows field Password`
}

func Package(u User) {
	logrus.SetFormatter(&logrus.JSONFormatter{})
	logrus.WithField("user", u).Info("user synced") // want `User rendered by fmt shows field Password`
}
