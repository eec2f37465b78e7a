package structcase

import (
	"fmt"
	"log"
	"log/slog"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

// Patient redacts itself for slog only: LogValue is slog's interface,
// which fmt, logrus and zap's Sugar do not call.
type Patient struct {
	ID        string
	NHSNumber string
}

func (p Patient) LogValue() slog.Value { return slog.StringValue(p.ID) }

// Card redacts itself for fmt: String.
type Card struct {
	ID     string
	Number string `sanitas:"sensitive"`
}

func (c Card) String() string { return "card " + c.ID }

func LogValuer(p Patient, pp *Patient, c Card, l *zap.Logger) {
	slog.Info("patient", "p", p)                          // safe: slog calls LogValue
	log.Printf("patient %+v", p)                          // want `Patient rendered by fmt shows field NHSNumber written to the log by log.Printf`
	l.Sugar().Infof("nhs lookup hit: %+v", pp)            // want `Patient rendered by fmt shows field NHSNumber written to the log by \(\*zap.SugaredLogger\).Infof`
	logrus.Infof("patient %v", p)                         // want `Patient rendered by fmt shows field NHSNumber`
	log.Printf("card %v", c)                              // safe: String
	slog.Info("patient read: " + fmt.Sprintf("%+v", *pp)) // want `Patient formatted by fmt.Sprintf shows field NHSNumber written to the log by slog.Info`
	slog.Info("card: " + fmt.Sprintf("%v", c))            // safe: fmt calls String
	slog.Info("patient: " + fmt.Sprintf("%s", p.ID))      // safe: the id only
	msg := fmt.Sprint("read ", pp)
	log.Println(msg) // want `Patient formatted by fmt.Sprint shows field NHSNumber`
}
