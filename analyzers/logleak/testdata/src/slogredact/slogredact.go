// Package slogredact logs through slog handlers whose ReplaceAttr redacts
// some keys: what is logged under a redacted key is not written.
package slogredact

import (
	"context"
	"log/slog"
	"os"
	"slices"
	"strings"
)

var sensitiveKeys = map[string]bool{"password": true, "token": true, "nhs_number": true}

// A map of constant keys, in a closure.
func newRedactingLogger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if sensitiveKeys[a.Key] {
				return slog.String(a.Key, "[REDACTED]")
			}
			return a
		},
	}))
}

func MapRedacted(user, password, token, apiKey string) {
	logger := newRedactingLogger()
	logger.Info("login", "user", user, "password", password)
	logger.With("token", token).Info("refreshed")
	logger.Info("key", "api_key", apiKey) // want `credential \(API key\) logged under key "api_key"`
	// slog pairs "note" with "password": password stands alone, under
	// the key "!BADKEY", which is not redacted.
	logger.Info("pairs", "note", "password", password) // want `credential \(password\)`
	logger.Info("pairs", slog.Int("n", 1), "password", password)
}

// Attributes built for the logger: hidden when every logger they reach
// redacts their key.
func AttrRedacted(password, token string) {
	logger := newRedactingLogger()
	logger.Info("login", slog.String("password", password))
	logger.LogAttrs(context.Background(), slog.LevelInfo, "login", slog.String("token", token))
	logger.Info("login", slog.String("api_key", token)) // want `credential \(API key\) logged under key "api_key"`
	attr := slog.String("password", password)           // want `credential \(password\) logged under key "password"`
	logger.Info("x", attr)
	slog.New(slog.NewTextHandler(os.Stderr, nil)).Info("y", attr)
}

// A switch on the key, in a named function, with a composite literal.
func redactSwitch(groups []string, a slog.Attr) slog.Attr {
	switch strings.ToLower(a.Key) {
	case "password", "secret":
		return slog.Attr{Key: a.Key, Value: slog.StringValue("***")}
	}
	return a
}

var switchLogger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{ReplaceAttr: redactSwitch}))

func SwitchRedacted(password, secret, sessionID string) {
	switchLogger.Warn("x", "Password", password, "secret", secret)
	switchLogger.Warn("x", "session_id", sessionID) // want `credential \(session id\) logged under key "session_id"`
}

// The value reassigned in place; slices.Contains on a constant list; the
// default logger as this package sets it.
var hidden = []string{"password", "dsn"}

func Setup() {
	slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if slices.Contains(hidden, a.Key) {
				a.Value = slog.StringValue("-")
			}
			return a
		},
	})))
}

func DefaultRedacted(password, dsn, token string) {
	slog.Info("connect", "password", password, "dsn", dsn)
	slog.Info("connect", "token", token) // want `credential \(token\) logged under key "token"`
}

// Not redacting: a ReplaceAttr that renames the time key; one that
// redacts only inside a group; one that masks with a value derived from
// the original; a logger whose options are not known here.
func renameTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		a.Key = "ts"
	}
	return a
}

func groupOnly(groups []string, a slog.Attr) slog.Attr {
	if len(groups) > 0 && a.Key == "password" {
		return slog.String(a.Key, "***")
	}
	return a
}

func keepsPrefix(groups []string, a slog.Attr) slog.Attr {
	if a.Key == "password" {
		return slog.String(a.Key, a.Value.String()[:4]+"...")
	}
	return a
}

func NotRedacted(password string, opts *slog.HandlerOptions) {
	slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: renameTime})).Info("x", "password", password)  // want `credential \(password\) logged under key "password"`
	slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: groupOnly})).Info("x", "password", password)   // want `credential \(password\) logged under key "password"`
	slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: keepsPrefix})).Info("x", "password", password) // want `credential \(password\) logged under key "password"`
	slog.New(slog.NewJSONHandler(os.Stdout, opts)).Info("x", "password", password)                                           // want `credential \(password\) logged under key "password"`
	slog.New(slog.NewJSONHandler(os.Stdout, nil)).Info("x", "password", password)                                            // want `credential \(password\) logged under key "password"`
}

// A value slog resolves to a group: ReplaceAttr sees its members, not the
// redacted key.
type creds struct{ User, Password string }

func (c creds) LogValue() slog.Value {
	return slog.GroupValue(slog.String("user", c.User), slog.String("pass", c.Password)) // reported where the value is logged
}

func GroupValue(c creds) {
	newRedactingLogger().Info("x", "password", c) // want `credential \(password\)`
}

// Options in a package variable; words of the key (strings.Contains); a
// captured local map.
var containsOpts = &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
	if k := strings.ToLower(a.Key); strings.Contains(k, "secret") || strings.HasSuffix(k, "token") {
		return slog.Attr{}
	}
	return a
}}

func ContainsRedacted(clientSecret, refreshToken, password string) {
	l := slog.New(slog.NewJSONHandler(os.Stdout, containsOpts))
	l.Info("oauth", "client_secret", clientSecret, "refresh_token", refreshToken)
	l.Info("oauth", "password", password) // want `credential \(password\) logged under key "password"`
}

func CapturedRedacted(password, otp string) {
	keys := map[string]struct{}{"password": {}}
	l := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
		if _, ok := keys[a.Key]; ok {
			a.Value = slog.StringValue("***")
		}
		return a
	}}))
	l.Info("login", "password", password)
	l.Info("login", "otp", otp) // want `credential \(token\) logged under key "otp"`
}

// Helpers: a value its callers pass is hidden where the helper logs it
// under a redacted key, and reported where it is not: at the helper's
// call, which the key names, with the source its caller passes.
func logLogin(user, secret string) {
	newRedactingLogger().Info("login", "user", user, "password", secret)
}

func logKey(k string) {
	newRedactingLogger().Info("key", "api_key", k) // want `credential \(API key\) os.Getenv\("STRIPE_API_KEY"\) written to the log`
}

func Callers() {
	logLogin("bob", os.Getenv("DB_PASSWORD"))
	logKey(os.Getenv("STRIPE_API_KEY"))
}
