package slogcase

import (
	"log/slog"
	"os"
)

type oauthConfig struct {
	ClientID     string
	ClientSecret string
}

// RotateLater logs through a method value a goroutine's closure captures.
func RotateLater(cfg oauthConfig) {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	warn := logger.Warn
	// One finding, at the logging call, naming what the goroutine is given.
	go func(secret string) {
		warn("rotating", "old_secret", secret) // want `credential \(secret\) cfg.ClientSecret written to the log by \(\*slog.Logger\).Warn: `
	}(cfg.ClientSecret)
	go func(id string) {
		warn("rotating", "client", id) // safe: the client id is public
	}(cfg.ClientID)
	info := logger.Info
	func() {
		info("rotated", "secret_set", cfg.ClientSecret != "") // safe: a boolean
		info("rotated", "client_secret", cfg.ClientSecret)    // want `credential \(secret\)`
	}()
}

func rotateDirect(cfg oauthConfig) {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	go func(secret string) {
		logger.Warn("rotating", "old_secret", secret) // want `credential \(secret\) cfg.ClientSecret`
	}(cfg.ClientSecret)
	func() {
		logger.Info("rotated", "client_secret", cfg.ClientSecret) // want `credential \(secret\)`
	}()
}
