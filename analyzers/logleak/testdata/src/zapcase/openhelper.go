package zapcase

import (
	"os"

	"go.uber.org/zap"
)

type dbConfig struct{ DatabaseURL string }

// One logging call is one leak: the helper's call is reported once, with
// the source its caller passes (the key alone names it), not again at
// the call of the helper.
func connect(cfg *dbConfig, log *zap.Logger) {
	log.Info("connecting", zap.String("dsn", cfg.DatabaseURL)) // want `connection string \(DSN\) os.Getenv\("DATABASE_URL"\) written to the log by zap.String: `
}

func startup(log *zap.Logger) {
	cfg := &dbConfig{DatabaseURL: os.Getenv("DATABASE_URL")}
	connect(cfg, log)
}

// A helper whose call names nothing sensitive (its key, its parameter)
// leaks only what its callers pass: reported at the caller.
func logValue(log *zap.Logger, v string) {
	log.Info("value", zap.String("value", v)) // want `connection string \(DSN\) os\.Getenv\("DATABASE_URL"\) written to the log by zap\.String, passed on by zapcase\.startupValue`
}

func startupValue(log *zap.Logger) {
	logValue(log, os.Getenv("DATABASE_URL"))
}
