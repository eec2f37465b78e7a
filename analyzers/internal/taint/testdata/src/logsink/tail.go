package logsink

import (
	"fmt"
	"strings"
)

// The last four characters or fewer mask a value, whatever the function
// is called; a longer tail, a head, or a function that may return more
// do not.

func lastFour(s string) string { // want lastFour:`taint\(r0=p0\+blind\(p0\)/built/esc=scheme; masks\)`
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}

func ending(s string) string { // want ending:`taint\(r0=p0\+blind\(p0\)/built; masks\)`
	n := len(s)
	return fmt.Sprintf("ending %s", s[max(n-3, 0):n])
}

// Through another masking function: masked too.
func cardHint(card string) string { // want cardHint:`taint\(r0=p0\+blind\(p0\)/built; masks\)`
	return "card " + lastFour(card)
}

func lastFive(s string) string { // want lastFive:`taint\(r0=p0\)`
	return s[len(s)-5:]
}

func firstFour(s string) string { // want firstFour:`taint\(r0=p0\)`
	return s[:4]
}

// One path returns the whole value.
func shortOrTail(s string) string { // want shortOrTail:`taint\(r0=p0\)`
	if len(s) < 8 {
		return s
	}
	return s[len(s)-4:]
}

// The tail of another value's length is no tail of s.
func otherLength(s, t string) string { // want otherLength:`taint\(r0=p0\)`
	return s[len(t)-4:]
}

// The error may quote the value: not a masking function.
func tailOrErr(s string) (string, error) { // want tailOrErr:`taint\(r0=p0\+blind\(p0\); r1=p0/built; plain-errors\)`
	if len(s) < 4 {
		return "", fmt.Errorf("short value %q", s)
	}
	return s[len(s)-4:], nil
}

// A bool beside the tail holds no text.
func tailOK(s string) (string, bool) { // want tailOK:`taint\(r0=p0\+blind\(p0\); masks\)`
	if len(s) < 4 {
		return "", false
	}
	return s[len(s)-4:], true
}
