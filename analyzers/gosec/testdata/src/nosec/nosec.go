// Package nosec checks that gosec's own suppression comments work as in gosec.
package nosec

import "os"

func suppressed(x int) int32 {
	os.Remove("/tmp/a") // #nosec G104 -- cleanup is best effort
	os.Remove("/tmp/b") // #nosec
	//gosec:disable G104 -- best effort
	os.Remove("/tmp/c")
	return int32(x) // #nosec G115 -- x is a port number
}

func otherRule(x int) int32 {
	os.Remove("/tmp/d") // #nosec G101 -- names another rule // want `Errors unhandled`
	return int32(x)     // #nosec G104 // want `integer overflow conversion int -> int32`
}

func notADirective() {
	os.Remove("/tmp/e") // see #nosec docs // want `Errors unhandled`
}
