// Package slogmixed makes both JSON and text handlers: the package says
// nothing about a logger's handler, the logger itself may.
package slogmixed

import (
	"log/slog"
	"os"
)

// Login's String leaves the password out: the text handler calls it, the
// JSON handler marshals the fields.
type Login struct {
	User     string
	Password string
}

func (l Login) String() string { return "login " + l.User }

type Service struct {
	text *slog.Logger
	json *slog.Logger
	any  *slog.Logger
}

func New(custom slog.Handler) *Service {
	return &Service{
		text: slog.New(slog.NewTextHandler(os.Stderr, nil)),
		json: slog.New(slog.NewJSONHandler(os.Stderr, nil)),
		any:  slog.New(custom),
	}
}

var audit = slog.New(slog.NewTextHandler(os.Stderr, nil)).With("component", "audit")

func (s *Service) Log(l Login, given *slog.Logger) {
	jl := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	jl.Info("login", "login", l)                               // want `Login rendered by JSON shows field Password`
	jl.With("k", "v").WithGroup("g").Info("login", "login", l) // want `Login rendered by JSON shows field Password`
	tl := slog.New(slog.NewTextHandler(os.Stdout, nil))
	tl.Info("login", "login", l)     // safe: the text handler prints String()
	s.text.Info("login", "login", l) // safe: the field holds a text handler's logger
	audit.Info("login", "login", l)  // safe: a package variable holding a text handler's logger
	s.json.Info("login", "login", l) // want `Login rendered by JSON shows field Password`
	s.any.Info("login", "login", l)  // want `Login rendered by JSON shows field Password`
	given.Info("login", "login", l)  // want `Login rendered by JSON shows field Password`
}
