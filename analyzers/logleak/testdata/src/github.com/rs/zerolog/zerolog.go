// Package zerolog is a trimmed stub of github.com/rs/zerolog v1.34.0:
// only the signatures logleak's tests call.
package zerolog

import "time"

type Logger struct{}
type Event struct{}
type Context struct{}

type LogObjectMarshaler interface{ MarshalZerologObject(e *Event) }

func (l Logger) Info() *Event                                   { return &Event{} }
func (l Logger) With() Context                                  { return Context{} }
func (c Context) Str(key, val string) Context                   { return c }
func (c Context) Logger() Logger                                { return Logger{} }
func (e *Event) Str(key, val string) *Event                     { return e }
func (e *Event) RawJSON(key string, b []byte) *Event            { return e }
func (e *Event) Int(key string, i int) *Event                   { return e }
func (e *Event) Time(key string, t time.Time) *Event            { return e }
func (c Context) Time(key string, t time.Time) Context          { return c }
func (e *Event) Interface(key string, i interface{}) *Event     { return e }
func (e *Event) Object(key string, o LogObjectMarshaler) *Event { return e }
func (e *Event) Dict(key string, d *Event) *Event               { return e }
func (e *Event) Err(err error) *Event                           { return e }
func (e *Event) Msg(msg string)                                 {}
func (e *Event) Msgf(format string, v ...interface{})           {}
func Dict() *Event                                              { return &Event{} }
