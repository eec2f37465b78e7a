// Package slogfield logs through *slog.Logger values held in struct
// fields (the handler is the one the package stores into the field), and
// records whose generic Key field is an API key by the record's name.
package slogfield

import (
	"io"
	"log/slog"
)

// APIClient is a partner allowed to call the API: its Key is the API key.
type APIClient struct {
	ID  string `json:"id"`
	Key string `json:"-"`
}

// CacheEntry's and DeployKey's Key are no secret.
type CacheEntry struct {
	Key   string
	Value int
}

type DeployKey struct {
	ID  int64
	Key string
}

type Console struct {
	text *slog.Logger
	json *slog.Logger
}

func NewConsole(stderr, sink io.Writer) *Console {
	return &Console{
		text: slog.New(slog.NewTextHandler(stderr, nil)),
		json: slog.New(slog.NewJSONHandler(sink, nil)),
	}
}

func (c *Console) Show(cl APIClient) {
	c.text.Info("client", "client", cl) // want `credential \(API key\) .*APIClient rendered by fmt shows field Key`
}

func (c *Console) Audit(cl APIClient) {
	c.json.Info("client", "client", cl) // safe: JSON honours json:"-"
}

func (c *Console) Others(e CacheEntry, d DeployKey) {
	c.text.Info("cache", "entry", e)    // safe: a cache key
	c.text.Info("deploy key", "key", d) // safe: a public key
	c.text.Info("key", "key", e.Key)    // safe
}

// Mixed: one field set to a JSON handler here and a text one elsewhere
// renders as the text handler may (log-struct-exposure: either shows).
type Mixed struct{ log *slog.Logger }

func NewMixed(w io.Writer, text bool) *Mixed {
	if text {
		return &Mixed{log: slog.New(slog.NewTextHandler(w, nil))}
	}
	return &Mixed{log: slog.New(slog.NewJSONHandler(w, nil))}
}

func (m *Mixed) Show(cl APIClient) {
	m.log.Info("client", "client", cl) // want `APIClient rendered by fmt shows field Key`
}

func Direct(cl APIClient) {
	slog.Info("key", "key", cl.Key) // want `credential \(API key\) cl.Key`
}
