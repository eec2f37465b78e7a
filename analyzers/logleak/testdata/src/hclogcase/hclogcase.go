package hclogcase

import hclog "github.com/hashicorp/go-hclog"

func Log(l hclog.Logger, phone, traceID string) {
	l.Info("sms", "phone", phone)           // want `personal or patient data \(phone number\)`
	l.With("trace_id", traceID).Debug("ok") // safe
}
