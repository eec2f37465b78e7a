// Package pq is a trimmed stub of github.com/lib/pq v1.10.9.
package pq

import "strings"

// QuoteIdentifier quotes an "identifier" (e.g. a table or a column name).
func QuoteIdentifier(name string) string {
	return `"` + strings.Replace(name, `"`, `""`, -1) + `"`
}
