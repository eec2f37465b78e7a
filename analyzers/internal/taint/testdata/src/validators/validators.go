package validators // want package:"analysed"

// Functions that allow-list a parameter on every path where they pass
// carry a checkFact; look-alikes carry none.

import (
	"errors"
	"fmt"
	"slices"
)

var keys = []string{"a", "b"}

var errBad = errors.New("bad")

func ValidateKey(k string) error { // want ValidateKey:`taint\(r0=p0/built; plain-errors\)` ValidateKey:`validates\(p0\) on nil error`
	if !slices.Contains(keys, k) {
		return fmt.Errorf("bad key %q", k)
	}
	return nil
}

func ValidKey(k string) bool { // want ValidKey:`validates\(p0\) on true`
	return slices.Contains(keys, k)
}

func ValidPair(a, b string) bool { // want ValidPair:`validates\(p0,p1\) on true`
	return (a == "x" || a == "y") && b == "z"
}

type T struct{}

func (T) Check(k string) error { // want Check:`validates\(p1\) on nil error`
	switch k {
	case "a", "b":
		return nil
	default:
		return errBad
	}
}

func Wrapped(k string) error { // want Wrapped:`taint\(r0=p0/built; plain-errors\)` Wrapped:`validates\(p0\) on nil error`
	return ValidateKey(k)
}

// Look-alikes: no fact.

func Length(k string) error {
	if len(k) > 3 {
		return errBad
	}
	return nil
}

func Either(a, b string) bool {
	return a == "x" || b == "y"
}

func Never(k string) error { // want Never:`taint\(r0=p0/built; plain-errors\)`
	return fmt.Errorf("no %q", k)
}

func Passes(k string, err error) error { // want Passes:`taint\(r0=p1\)`
	if slices.Contains(keys, k) {
		return nil
	}
	return err
}
