// Package extlib stands for an unmodelled, unanalysed library: its
// results carry the text of their arguments, not their secrets.
package extlib

// Bind checks a password against a directory server.
func Bind(user, password string) error { return nil }

// Run runs a command and returns its output.
func Run(env []string) (string, error) { return "", nil }
