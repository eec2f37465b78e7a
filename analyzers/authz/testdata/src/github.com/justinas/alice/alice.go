// Package alice is a trimmed stub of github.com/justinas/alice (v1.2.0):
// the chain API only, bodies empty.
package alice

import "net/http"

type Constructor func(http.Handler) http.Handler

type Chain struct{ constructors []Constructor }

func New(constructors ...Constructor) Chain               { return Chain{constructors} }
func (c Chain) Then(h http.Handler) http.Handler          { return h }
func (c Chain) ThenFunc(fn http.HandlerFunc) http.Handler { return fn }
func (c Chain) Append(constructors ...Constructor) Chain  { return c }
func (c Chain) Extend(chain Chain) Chain                  { return c }
