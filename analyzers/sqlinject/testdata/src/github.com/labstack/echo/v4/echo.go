// Package echo is a trimmed stub of github.com/labstack/echo/v4 v4.16.5.
package echo

type Context interface {
	Param(name string) string
	QueryParam(name string) string
	Bind(i any) error
	Validate(i any) error
}
