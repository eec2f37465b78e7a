// Package ast is a trimmed stub of github.com/gomarkdown/markdown/ast.
package ast

type Node interface{ AsLeaf() []byte }

type Document struct{ Literal []byte }

func (d *Document) AsLeaf() []byte { return d.Literal }
