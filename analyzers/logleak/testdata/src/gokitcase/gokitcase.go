package gokitcase

import "github.com/go-kit/log"

func Log(l log.Logger, dsn, host string) {
	l.Log("msg", "connect", "dsn", dsn)        // want `connection string`
	log.With(l, "host", host).Log("msg", "ok") // safe
}
