package logruscase

import "github.com/sirupsen/logrus"

type Creds struct {
	User     string
	Password string
}

func Log(pw, userID string, c Creds) {
	logrus.WithField("password", pw).Info("login")                               // want `credential \(password\)`
	logrus.WithFields(logrus.Fields{"user_id": userID, "pwd": pw}).Info("login") // want `credential \(password\)`
	logrus.WithField("user_id", userID).Info("login")                            // safe: user ids are not PII by default
	logrus.Infof("creds %+v", c)                                                 // want `shows field Password`
	logrus.New().WithField("x", 1).WithField("api_key", pw).Warnf("bad")         // want `credential \(API key\)`
}

// A struct logged as a value of a Fields map literal shows its fields.
func Fields(c Creds) {
	logrus.WithFields(logrus.Fields{"client": c}).Info("registered")    // want `shows field Password`
	logrus.WithFields(logrus.Fields{"user": c.User}).Info("registered") // safe: the user name only
}
