// Package slogtext logs through slog's text handler: MarshalText, else
// fmt's %+v (String).
package slogtext

import (
	"log/slog"
	"os"
)

type Login struct {
	User     string
	Password string
}

func (l Login) String() string { return "login " + l.User }

type Key struct {
	ID     string
	Secret string
}

func (k Key) MarshalText() ([]byte, error) { return []byte(k.ID), nil }

type Raw struct {
	ID     string
	Secret string
}

func Log(l Login, k Key, r Raw) {
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	log.Info("login", "login", l) // safe: %+v calls String
	log.Info("key", "key", k)     // safe: MarshalText
	log.Info("raw", "raw", r)     // want `Raw rendered by fmt shows field Secret`
}
