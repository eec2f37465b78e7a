// Package core is a trimmed stub of pocketbase v0.36.8's core: the request
// event only.
package core

import (
	"net/http"

	"github.com/pocketbase/pocketbase/tools/hook"
)

type Record struct{ Id string }

type RequestEvent struct {
	hook.Event
	Request *http.Request
	Auth    *Record
}

func (e *RequestEvent) UnauthorizedError(message string, data any) error { return nil }
func (e *RequestEvent) ForbiddenError(message string, data any) error    { return nil }
