// Package astrule exercises gosec's AST rules G104 (unchecked errors) and
// G101 (hardcoded credentials), with safe look-alikes that must stay silent.
package astrule

import (
	"fmt"
	"os"
	"strings"
)

func unchecked() {
	os.Remove("/tmp/x") // want `Errors unhandled`
}

func checked() error {
	if err := os.Remove("/tmp/x"); err != nil {
		return err
	}
	return os.Remove("/tmp/y")
}

func allowListed(b *strings.Builder) {
	// gosec's G104 allow list: fmt printing, strings.Builder writes.
	fmt.Println("hello")
	b.WriteString("x")
	// Explicitly discarded: only gosec's audit mode reports this.
	_ = os.Remove("/tmp/x")
}

func credentials() string {
	password := "f62e5bcda4fae4f82370da0c6f20697b8f8447ef" // want `Potential hardcoded credentials`
	return password
}

func notCredentials() string {
	passwordPrompt := "Enter your password:"
	username := "f62e5bcda4fae4f82370da0c6f20697b8f8447ef"
	return passwordPrompt + username
}
