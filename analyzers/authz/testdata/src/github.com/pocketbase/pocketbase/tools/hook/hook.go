// Package hook is a trimmed stub of pocketbase v0.36.8's tools/hook.
package hook

type Resolver interface{ Next() error }

type Event struct{ next func() error }

func (e *Event) Next() error { return nil }

type Handler[T Resolver] struct {
	Id   string
	Func func(T) error
}
