package shownfields

import (
	"os"

	"go.uber.org/zap"
)

// Secret renders as "[redacted]" for encoding/json and fmt.
type Secret string

func (Secret) String() string               { return "[redacted]" }
func (Secret) MarshalText() ([]byte, error) { return []byte("[redacted]"), nil }

// Leaky renders its value for encoding/json.
type Leaky string

func (l Leaky) MarshalText() ([]byte, error) { return []byte(l), nil }

type SMTPConfig struct {
	Host     string
	Password Secret
}

type RelayConfig struct {
	Host     string
	Password Leaky
}

// encoding/json writes a field by its type's MarshalText.
func mailers(l *zap.Logger) {
	smtp := SMTPConfig{Host: "smtp.example", Password: Secret(os.Getenv("SMTP_PASSWORD"))}
	l.Info("mailer ready", zap.Any("smtp", smtp))
	relay := RelayConfig{Host: "relay.example", Password: Leaky(os.Getenv("RELAY_PASSWORD"))}
	l.Info("relay ready", zap.Any("relay", relay)) // want `credential \(password\) os.Getenv\("RELAY_PASSWORD"\)`
}
