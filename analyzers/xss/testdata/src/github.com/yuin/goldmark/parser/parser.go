// Package parser is a trimmed stub of github.com/yuin/goldmark/parser v1.8.7.
package parser

type ParseOption interface{ SetParseOption() }
