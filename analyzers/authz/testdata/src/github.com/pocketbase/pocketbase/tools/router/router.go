// Package router is a trimmed stub of pocketbase v0.36.8's tools/router.
package router

import (
	"net/http"

	"github.com/pocketbase/pocketbase/tools/hook"
)

type RouterGroup[T hook.Resolver] struct{ Prefix string }

type Route[T hook.Resolver] struct{ Path string }

type Router[T hook.Resolver] struct {
	*RouterGroup[T]
}

func NewRouter[T hook.Resolver](factory func(w http.ResponseWriter, r *http.Request) (T, func())) *Router[T] {
	return &Router[T]{RouterGroup: &RouterGroup[T]{}}
}

func (r *Router[T]) BuildMux() (http.Handler, error)                               { return nil, nil }
func (group *RouterGroup[T]) Group(prefix string) *RouterGroup[T]                  { return group }
func (group *RouterGroup[T]) Bind(middlewares ...*hook.Handler[T]) *RouterGroup[T] { return group }
func (group *RouterGroup[T]) BindFunc(fns ...func(e T) error) *RouterGroup[T]      { return group }
func (group *RouterGroup[T]) GET(path string, action func(e T) error) *Route[T]    { return nil }
func (group *RouterGroup[T]) POST(path string, action func(e T) error) *Route[T] {
	return nil
}
func (group *RouterGroup[T]) DELETE(path string, action func(e T) error) *Route[T] {
	return nil
}
func (route *Route[T]) Bind(middlewares ...*hook.Handler[T]) *Route[T] { return route }
