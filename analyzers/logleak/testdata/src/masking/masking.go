// Package masking masks identifiers for logs; other packages call it.
package masking

import "strings"

// Mask keeps the last three characters.
func Mask(s string) string {
	if len(s) <= 3 {
		return "***"
	}
	return strings.Repeat("*", len(s)-3) + s[len(s)-3:]
}
