// Package shownfields: a secret stored into a field of a struct that is
// then logged whole reaches the log only if the renderer shows that
// field. encoding/json (zap.Any, zerolog's Interface) leaves out
// unexported fields and those tagged `json:"-"`; fmt prints a pointer
// below the top level as an address and calls the String method of an
// exported field's type instead of reading its fields.
package shownfields

import (
	"fmt"
	"log"
	"os"

	"github.com/rs/zerolog"
	"go.uber.org/zap"
)

type Account struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Password string `json:"-"`
}

type Exposed struct {
	ID       int64  `json:"id"`
	Username string `json:"username"`
	Password string `json:"password"`
}

type NewUser struct{ Username, Password string }

func announce(l *zap.Logger, acct Account) {
	l.Info("account created", zap.Any("account", acct)) // safe: Password is never encoded
}

func announceExposed(l *zap.Logger, acct Exposed) {
	l.Info("account created", zap.Any("account", acct)) // want `Exposed rendered by JSON shows field Password` `credential \(password\) nu\.Password written to the log by zap\.Any, passed on by shownfields\.Register`
}

func Register(l *zap.Logger, nu NewUser) {
	acct := Account{ID: 1, Username: nu.Username, Password: nu.Password}
	announce(l, acct)
	l.Info("created", zap.Any("account", acct)) // safe: the same in place
	exp := Exposed{ID: 1, Username: nu.Username, Password: nu.Password}
	announceExposed(l, exp)
	l.Info("created", zap.Any("account", exp)) // want `credential \(password\) nu.Password written to the log by zap.Any`
}

type token struct {
	Subject string
	secret  string
}

func Issue(z zerolog.Logger, nu NewUser) {
	t := token{Subject: nu.Username, secret: nu.Password}
	z.Info().Interface("issued", t).Msg("issued") // safe: json skips the unexported field
	log.Printf("issued %+v", t)                   // want `credential \(password\) nu.Password written to the log by log.Printf`
}

type DB struct{ User, Password, Host string }

func (d DB) String() string { return fmt.Sprintf("%s@%s", d.User, d.Host) }

type Config struct {
	Listen string
	DB     DB
}

type RawDB struct{ User, Password, Host string }

type RawConfig struct {
	Listen string
	DB     RawDB
}

type PtrConfig struct {
	Listen string
	DB     *RawDB
}

func Startup(l *zap.Logger) {
	cfg := Config{Listen: ":8080", DB: DB{User: "app", Password: os.Getenv("DB_PASSWORD"), Host: "db"}}
	log.Printf("effective config: %+v", cfg) // safe: fmt prints DB by its String

	raw := RawConfig{Listen: ":8080", DB: RawDB{User: "app", Password: os.Getenv("DB_PASSWORD"), Host: "db"}}
	log.Printf("effective config: %+v", raw) // want `os.Getenv\("DB_PASSWORD"\) written to the log by log.Printf`

	ptr := PtrConfig{Listen: ":8080", DB: &RawDB{User: "app", Password: os.Getenv("DB_PASSWORD"), Host: "db"}}
	log.Printf("effective config: %+v", ptr) // safe: fmt prints the DB pointer as an address
	l.Info("config", zap.Any("config", ptr)) // want `os.Getenv\("DB_PASSWORD"\) written to the log by zap.Any`
	log.Printf("effective db: %+v", ptr.DB)  // want `os.Getenv\("DB_PASSWORD"\) written to the log by log.Printf`
}
