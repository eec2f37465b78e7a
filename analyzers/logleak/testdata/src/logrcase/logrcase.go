package logrcase

import "github.com/go-logr/logr"

func Log(l logr.Logger, bearer, requestID string) {
	l.Info("call", "authorization", "Bearer "+bearer) // want `credential \(authorization header\)`
	l.WithValues("request_id", requestID).Info("ok")  // safe
	l.Error(nil, "failed", "token", bearer)           // want `credential \(token\)`
}
