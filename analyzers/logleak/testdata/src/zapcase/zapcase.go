package zapcase

import (
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type Patient struct {
	ID        string
	NHSNumber string
}

type Visit struct {
	ID      int
	Patient Patient
}

type Safe struct {
	ID        string
	NHSNumber string
}

func (s Safe) MarshalLogObject(e zapcore.ObjectEncoder) error {
	e.AddString("id", s.ID)
	return nil
}

func Log(l *zap.Logger, p Patient, v Visit, s Safe, token string) {
	l.Info("admit", zap.String("nhs_number", p.NHSNumber)) // want `personal or patient data \(NHS number\)`
	l.Info("admit", zap.String("patient", p.ID))           // safe
	l.Info("auth", zap.String("t", token))                 // want `credential \(token\) parameter token`
	l.Info("visit", zap.Any("visit", v))                   // want `log-struct-exposure|struct with personal data`
	l.Info("visit", zap.Reflect("p", p))                   // want `shows field NHSNumber`
	l.Info("safe", zap.Any("s", s))                        // safe: MarshalLogObject
	l.Info("safe", zap.Object("s", s))                     // safe
	l.Sugar().Infow("admit", "nhs_number", p.NHSNumber)    // want `personal or patient data \(NHS number\)`
	l.Sugar().Infof("admit %s", p.NHSNumber)               // want `personal or patient data \(NHS number\)`
	l.With(zap.String("session_id", token)).Info("x")      // want `credential \(session id\)`
}

type born struct {
	DOB     time.Time
	Updated time.Time
}

func LogTimes(l *zap.Logger, b born) {
	l.Info("patient", zap.Time("date_of_birth", b.Updated)) // want `personal or patient data \(date of birth\) logged under key "date_of_birth"`
	l.Info("patient", zap.Timep("dob", &b.Updated))         // want `personal or patient data \(date of birth\) logged under key "dob"`
	l.Info("patient", zap.Any("born", b.DOB))               // want `personal or patient data \(date of birth\) b.DOB`
	l.Info("patient", zap.Time("updated", b.Updated))       // safe: not a date of birth
}
