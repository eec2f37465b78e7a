// Package querybuild builds query text from a request.
package querybuild

import (
	"net/http"
	"strings"
)

// Build returns a query built from request input.
func Build(r *http.Request) string {
	var b strings.Builder
	b.WriteString("SELECT * FROM t ORDER BY ")
	b.WriteString(r.FormValue("sort"))
	return b.String()
}

// Safe returns constant text.
func Safe() string { return "SELECT * FROM t" }

// Table returns the table for a key from an allow-list.
func Table(key string) string {
	switch key {
	case "a":
		return "table_a"
	}
	return "table_b"
}
