// Package parser is a trimmed stub of github.com/gomarkdown/markdown/parser.
package parser

type Parser struct{}

func New() *Parser { return &Parser{} }
