package facts

import (
	"fmt"
	"html"
	"html/template"
	"slices"
	"strings"
)

// Strong updates: a loop that overwrites every element leaves only what it
// stored (see strong.go). The result of each function shows whether the
// unescaped originals survive: "p0/esc=html" when only escaped copies
// remain, "p0" when an original may survive.

func EscapeAll(raw []string) []string { // want EscapeAll:`taint\(r0=p0/esc=html\)`
	out := slices.Clone(raw)
	for i, v := range out {
		out[i] = template.HTMLEscapeString(v)
	}
	return out
}

// The shape of gitea's htmlutil.HTMLFormat: a type switch that escapes
// text and leaves numbers, nil and template.HTML in place.
func FormatArgs(raw []any) []any { // want FormatArgs:`taint\(r0=p0/built/esc=html\)`
	args := slices.Clone(raw)
	for i, v := range args {
		switch v := v.(type) {
		case nil, bool, int, int64, float64, template.HTML:
		case string:
			args[i] = template.HTMLEscapeString(v)
		case fmt.Stringer:
			args[i] = template.HTMLEscapeString(v.String())
		default:
			args[i] = template.HTMLEscapeString(fmt.Sprint(v))
		}
	}
	return args
}

// A loop over the original, storing into its copy.
func EscapeCopy(raw []string) []string { // want EscapeCopy:`taint\(r0=f0/esc=html; fields 0\[\]\)`
	out := slices.Clone(raw)
	for i, v := range raw {
		out[i] = html.EscapeString(v)
	}
	return out
}

// A three-clause loop over a variadic parameter, in place: the caller's
// slice is written too.
func EscapeInPlace(a ...string) []string { // want EscapeInPlace:`taint\(r0=f0/esc=html; fields 0\[\]; write p0\[\]=f0/esc=html\)`
	for i := 0; i < len(a); i++ {
		a[i] = html.EscapeString(a[i])
	}
	return a
}

// A store after the loop counts.
func EscapeThenSet(raw []string, x string) []string { // want EscapeThenSet:`taint\(r0=p0,p1\)`
	out := slices.Clone(raw)
	for i, v := range out {
		out[i] = html.EscapeString(v)
	}
	out[0] = x
	return out
}

// Weak: only some elements are overwritten.
func EscapeFirst(raw []string) []string { // want EscapeFirst:`taint\(r0=p0\)`
	out := slices.Clone(raw)
	out[0] = html.EscapeString(out[0])
	return out
}

// Weak: the overwrite is conditional.
func EscapeSome(raw []string) []string { // want EscapeSome:`taint\(r0=p0\)`
	out := slices.Clone(raw)
	for i, v := range out {
		if strings.Contains(v, "<") {
			out[i] = html.EscapeString(v)
		}
	}
	return out
}

// Weak: the index stored at is not the loop's index.
func EscapeHalf(raw []string) []string { // want EscapeHalf:`taint\(r0=p0\)`
	out := slices.Clone(raw)
	for i, v := range out {
		out[i/2] = html.EscapeString(v)
	}
	return out
}

// Weak: a break leaves the rest in place.
func EscapeUntil(raw []string, stop string) []string { // want EscapeUntil:`taint\(r0=p0\)`
	out := slices.Clone(raw)
	for i, v := range out {
		if v == stop {
			break
		}
		out[i] = html.EscapeString(v)
	}
	return out
}

// Weak: a type switch case that leaves text in place.
func FormatSome(raw []any) []any { // want FormatSome:`taint\(r0=p0`
	args := slices.Clone(raw)
	for i, v := range args {
		switch v := v.(type) {
		case int, string:
		default:
			args[i] = html.EscapeString(fmt.Sprint(v))
		}
	}
	return args
}

// Weak: a loop over a shorter slice.
func EscapeTail(raw []string) []string { // want EscapeTail:`taint\(r0=p0\)`
	out := slices.Clone(raw)
	tail := out[1:]
	for i, v := range tail {
		out[i] = html.EscapeString(v)
	}
	return out
}
