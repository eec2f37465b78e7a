// Package cblib: helpers that call the functions their callers pass.
package cblib

import (
	"fmt"
	"io"
)

// List writes each item's label.
func List[T any](w io.Writer, items []T, label func(T) string) {
	for _, it := range items {
		fmt.Fprintf(w, "<li>%s</li>", label(it))
	}
}

// Map returns f of each item.
func Map[T any](items []T, f func(T) string) []string {
	var out []string
	for _, it := range items {
		out = append(out, f(it))
	}
	return out
}

// Each passes its callback on.
func Each(w io.Writer, items []string, f func(string) string) {
	List(w, items, f)
}
