// Package gomponents is a trimmed stub of maragu.dev/gomponents (v1.2.0).
package gomponents

import (
	"fmt"
	"html/template"
	"io"
)

type Node interface {
	Render(w io.Writer) error
}

type NodeFunc func(io.Writer) error

func (n NodeFunc) Render(w io.Writer) error { return n(w) }

func El(name string, children ...Node) Node {
	return NodeFunc(func(w io.Writer) error { return nil })
}

func Attr(name string, value ...string) Node {
	return NodeFunc(func(w io.Writer) error {
		_, err := io.WriteString(w, name+`="`+template.HTMLEscapeString(value[0])+`"`)
		return err
	})
}

// Text renders its text escaped.
func Text(t string) Node {
	return NodeFunc(func(w io.Writer) error {
		_, err := io.WriteString(w, template.HTMLEscapeString(t))
		return err
	})
}

func Textf(format string, a ...interface{}) Node {
	return Text(fmt.Sprintf(format, a...))
}

// Raw renders its text unescaped.
func Raw(t string) Node {
	return NodeFunc(func(w io.Writer) error {
		_, err := io.WriteString(w, t)
		return err
	})
}

func Rawf(format string, a ...interface{}) Node {
	return NodeFunc(func(w io.Writer) error {
		_, err := fmt.Fprintf(w, format, a...)
		return err
	})
}
