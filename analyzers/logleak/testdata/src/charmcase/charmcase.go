// Package charmcase: charmbracelet/log's key-value and format functions.
package charmcase

import (
	"net/http"
	"os"

	"github.com/charmbracelet/log"
)

type Patient struct {
	ID        int64
	NHSNumber string
}

func Start(r *http.Request, p Patient) {
	dsn := os.Getenv("DATABASE_URL")
	log.Info("connecting", "target", dsn)                         // want `connection string \(DSN\) os.Getenv\("DATABASE_URL"\) written to the log by log.Info`
	log.Infof("auth header %s", r.Header.Get("Authorization"))    // want `credential \(authorization header\)`
	logger := log.Default().With("nhs", p.NHSNumber)              // want `personal or patient data \(NHS number\)`
	logger.Info("admitted", "patient", p.ID)                      // safe: an id
	log.Error("lookup failed", "path", r.URL.Path, "status", 500) // safe
	logger.Warnf("retrying %d", 3)                                // safe
}
