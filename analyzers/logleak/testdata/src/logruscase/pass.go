package logruscase

import "github.com/sirupsen/logrus"

// "pass" names a password as the last word of a name (Pass, userPass,
// the key "pass"), never before another word or inside one.

type Login struct {
	User        string
	Pass        string
	PassThrough string
	Passenger   string
}

func LogPass(creds Login, dbPass string) {
	logrus.WithField("pass", creds.Pass).Info("login failed") // want `credential \(password\)`
	logrus.Infof("user %s pass %s", creds.User, creds.Pass)   // want `credential \(password\) creds.Pass written to the log`
	logrus.Infof("db %s", dbPass)                             // want `credential \(password\) parameter dbPass`
}

func LogPassLookalikes(creds Login, bypass, passCount string, pass bool, passed int) {
	logrus.Infof("via %s %s", creds.PassThrough, creds.Passenger) // safe: not a password
	logrus.Infof("bypass %s count %s", bypass, passCount)         // safe
	logrus.WithField("pass", pass).Info("check")                  // safe: a boolean is not text
	logrus.WithField("passed", passed).Info("tests")              // safe
}
