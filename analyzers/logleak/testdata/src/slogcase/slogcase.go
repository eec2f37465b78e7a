package slogcase

import (
	"context"
	"log/slog"
	"os"
)

type Patient struct {
	ID          string
	NHSNumber   string
	DateOfBirth string
	Diagnosis   string
}

func Admit(ctx context.Context, p *Patient, apiKey string) {
	slog.Info("admit", "nhs_number", p.NHSNumber)            // want `personal or patient data \(NHS number\)`
	slog.Info("admit", slog.String("dob", p.DateOfBirth))    // want `personal or patient data \(date of birth\)`
	slog.InfoContext(ctx, "admit", "diagnosis", p.Diagnosis) // want `personal or patient data \(clinical data\)`
	slog.Info("call", "key", apiKey)                         // want `credential \(API key\) parameter apiKey`
	l := slog.New(slog.NewJSONHandler(os.Stdout, nil)).With("patient", p.ID)
	l.Info("admit", "patient_ref", p.ID)                        // safe: an opaque id
	l.LogAttrs(ctx, slog.LevelInfo, "x", slog.Any("ssn", p.ID)) // want `personal or patient data \(SSN\)`
	slog.Info("x", slog.Group("p", "email", p.ID))              // want `personal or patient data \(email address\)`
	slog.Info("admit", "nhs_number", mask(p.NHSNumber))         // safe: masked
	slog.Info("admit", "count", 3, "nhs_number_len", len(p.NHSNumber))
}

func mask(s string) string {
	if len(s) < 4 {
		return "***"
	}
	return "******" + s[len(s)-4:]
}

// User implements LogValuer: only the id is logged.
type User struct {
	ID       int
	Password string
}

func (u User) LogValue() slog.Value { return slog.IntValue(u.ID) }

// Account has a field hidden from JSON.
type Account struct {
	ID       int
	Password string `json:"-"`
}

func Structs(u User, a Account) {
	slog.Info("user", "user", u)    // safe: LogValuer
	slog.Info("account", "acct", a) // safe: this package's handler is JSON and the field is json:"-"
}

// Login's String leaves the password out, but the JSON handler of this
// package marshals the exported fields and never calls String.
type Login struct {
	User     string
	Password string
}

func (l Login) String() string { return "login " + l.User }

// LoginError is an error: the JSON handler logs its Error text.
type LoginError struct {
	User     string
	Password string
}

func (e *LoginError) Error() string { return "login failed for " + e.User }

func Handlers(l Login, e *LoginError) {
	slog.Info("login", "login", l) // want `Login rendered by JSON shows field Password`
	slog.Info("login", "err", e)   // safe: the JSON handler logs Error()
}
