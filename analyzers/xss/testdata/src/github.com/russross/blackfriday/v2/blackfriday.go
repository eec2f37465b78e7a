// Package blackfriday is a trimmed stub of github.com/russross/blackfriday/v2 v2.1.0.
// The bodies do nothing: what Run does is the models' row.
package blackfriday

type Option func(*Markdown)

type Markdown struct{}

func Run(input []byte, opts ...Option) []byte { return nil }
