// Package tailhelp shortens values for display; none of its functions is
// named for masking. Other packages call it.
package tailhelp

import (
	"fmt"
	"strings"
)

// Last4 keeps the last four characters.
func Last4(s string) string {
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}

// Hint keeps the last two characters, through Last4's shape.
func Hint(s string) string {
	n := len(s)
	return fmt.Sprintf("...%s", s[max(n-2, 0):])
}

// Head keeps the first six characters: a card's issuer, and more.
func Head(s string) string {
	if len(s) < 6 {
		return s
	}
	return s[:6] + "..."
}

// Short returns a short value whole.
func Short(s string) string {
	if len(s) <= 8 {
		return s
	}
	return s[len(s)-4:]
}
