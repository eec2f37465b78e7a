// Package cli is a trimmed stub of github.com/urfave/cli/v3 v3.6.1: only
// what the tests use.
package cli

import "context"

type Command struct {
	Name   string
	Action func(context.Context, *Command) error
}

func (c *Command) String(name string) string { return "" }
