package slogcase

import (
	"log/slog"
	"time"
)

// A date of birth is personal data held as a time too; other times are not.

type Person struct {
	ID          string
	DateOfBirth time.Time
	BirthDate   *time.Time
	CreatedAt   time.Time
	Expires     time.Time
}

func AdmitTimes(p Person, dob, since time.Time) {
	slog.Info("admitted", "dob", p.DateOfBirth)                                                            // want `personal or patient data \(date of birth\) logged under key "dob"`
	slog.Info("admitted", "at", p.DateOfBirth)                                                             // want `personal or patient data \(date of birth\) p.DateOfBirth`
	slog.Info("admitted", "born", p.BirthDate)                                                             // want `personal or patient data \(date of birth\) p.BirthDate`
	slog.Info("admitted", "x", dob)                                                                        // want `personal or patient data \(date of birth\) parameter dob`
	slog.Info("admitted", slog.Time("dob", p.CreatedAt))                                                   // want `personal or patient data \(date of birth\) logged under key "dob"`
	slog.Info("demographics", slog.Group("patient", slog.String("id", p.ID), slog.Time("dob", p.Expires))) // want `personal or patient data \(date of birth\) logged under key "dob"`
	slog.Info("admitted", "created_at", p.CreatedAt, "expires", p.Expires, "since", since)                 // safe: other times
	slog.Info("admitted", slog.Time("created", p.CreatedAt))                                               // safe
	slog.Info("admitted", "d", p.DateOfBirth.Format(time.DateOnly))                                        // want `personal or patient data \(date of birth\) p.DateOfBirth`
	slog.Info("admitted", "d", p.CreatedAt.Format(time.DateOnly), "y", p.DateOfBirth.Year())               // safe: another time; a year
}
