package slogcase

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
)

var errNotFound = errors.New("not found")

// lookup's error carries the NHS number its parameter's name says it is.
func lookup(nhs string) (string, error) {
	if len(nhs) != 10 {
		return "", fmt.Errorf("patient lookup nhs=%s: %w", nhs, errNotFound)
	}
	return "p-1", nil
}

// find's error carries only the count.
func find(nhs string) error {
	return fmt.Errorf("lookup failed after %d tries: %w", 3, errNotFound)
}

// label formats its argument under a harmless name.
func label(ref string) string { return "ref=" + ref }

func Smoke(logger *slog.Logger) {
	id, err := lookup(os.Getenv("SMOKE_ID"))
	if err != nil {
		logger.Warn("lookup failed", "err", err) // want `personal or patient data \(NHS number\) parameter nhs of slogcase.lookup`
	}
	logger.Info("found", "ref", id) // safe: the id does not depend on the parameter
	if err := find(os.Getenv("SMOKE_ID")); err != nil {
		logger.Warn("find failed", "err", err) // safe: the error does not carry the parameter
	}
	logger.Info("label", "l", label(os.Getenv("SMOKE_ID"))) // safe: the parameter's name says nothing
	if _, err := lookup("{nhs}"); err != nil {
		logger.Warn("lookup failed", "err", err) // safe: a constant placeholder
	}
}
