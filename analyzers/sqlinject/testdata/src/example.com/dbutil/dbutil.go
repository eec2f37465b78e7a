// Package dbutil is an in-house helper package with an identifier quoter
// that the analysis cannot judge by itself.
package dbutil

import "strings"

// QuoteIdent quotes a PostgreSQL identifier, doubling embedded quotes.
func QuoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// Dialect quotes identifiers for one database.
type Dialect struct{ q string }

// Quote quotes an identifier.
func (d *Dialect) Quote(s string) string { return d.q + strings.ReplaceAll(s, d.q, d.q+d.q) + d.q }

// Wrap is not configured: wrapping is not quoting.
func Wrap(s string) string { return `"` + s + `"` }
