// Package zapcore is a trimmed stub of go.uber.org/zap/zapcore v1.27.1:
// only the signatures logleak's tests call.
package zapcore

import "time"

type Field struct {
	Key       string
	String    string
	Interface interface{}
}

type ObjectEncoder interface {
	AddString(key, value string)
	AddTime(key string, value time.Time)
}

type ObjectMarshaler interface {
	MarshalLogObject(ObjectEncoder) error
}
