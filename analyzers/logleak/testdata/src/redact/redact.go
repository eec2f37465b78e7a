// Package redact masks values before they are logged: its package name
// says what its functions do, whatever each is called.
package redact

import "strings"

// Email keeps the first character and the domain.
func Email(e string) string {
	at := strings.LastIndexByte(e, '@')
	if at < 1 {
		return "***"
	}
	return e[:1] + "***" + e[at:]
}
