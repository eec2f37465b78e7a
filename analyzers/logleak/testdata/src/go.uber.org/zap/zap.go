// Package zap is a trimmed stub of go.uber.org/zap v1.27.1: only the
// signatures logleak's tests call.
package zap

import (
	"fmt"
	"time"

	"go.uber.org/zap/zapcore"
)

type Field = zapcore.Field

type Logger struct{}
type SugaredLogger struct{}

func NewNop() *Logger                                        { return &Logger{} }
func (l *Logger) Info(msg string, fields ...Field)           {}
func (l *Logger) Error(msg string, fields ...Field)          {}
func (l *Logger) With(fields ...Field) *Logger               { return l }
func (l *Logger) Sugar() *SugaredLogger                      { return &SugaredLogger{} }
func (s *SugaredLogger) Infof(t string, a ...interface{})    {}
func (s *SugaredLogger) Infow(msg string, kv ...interface{}) {}
func (s *SugaredLogger) Info(a ...interface{})               {}

func String(key string, val string) Field                  { return Field{} }
func Int(key string, val int) Field                        { return Field{} }
func Time(key string, val time.Time) Field                 { return Field{} }
func Timep(key string, val *time.Time) Field               { return Field{} }
func Any(key string, val interface{}) Field                { return Field{} }
func Reflect(key string, val interface{}) Field            { return Field{} }
func Stringer(key string, val fmt.Stringer) Field          { return Field{} }
func Object(key string, val zapcore.ObjectMarshaler) Field { return Field{} }
func Error(err error) Field                                { return Field{} }
