package models

import "regexp/syntax"

// Check is a call that tests a value against an allow-list. Where an
// if-statement on its outcome dominates a use (the failing branch returns
// or otherwise never reaches it), the value is safe to splice into a query
// as an identifier, or into markup, there: the engine drops its injection
// kinds for every sink class.
type Check struct {
	Func string
	Arg  int // the value checked (argument convention above)
	// Pattern is the argument (or Recv) holding the regular expression,
	// or None. A pattern the engine can read counts only when it is an
	// allow-list (AllowListPattern); one it cannot read (a regexp of
	// another package) is trusted.
	Pattern int
	// Err: success is a nil error result (a validation rule's Validate,
	// the last result of strconv.Atoi), not a true bool result.
	Err bool
}

var checks = []Check{
	{Func: "slices.Contains", Arg: 1, Pattern: None},
	{Func: "(*regexp.Regexp).MatchString", Arg: 0, Pattern: Recv},
	{Func: "(*regexp.Regexp).Match", Arg: 0, Pattern: Recv},
	// The first result; the error is for a pattern that does not compile.
	{Func: "regexp.MatchString", Arg: 1, Pattern: 0},
	// ozzo-validation rules: validation.Match(re).Validate(s) and
	// validation.In("a", "b").Validate(s) return nil when s matches.
	{Func: "(github.com/go-ozzo/ozzo-validation/v4.MatchRule).Validate", Arg: 0, Pattern: Recv, Err: true},
	{Func: "(github.com/go-ozzo/ozzo-validation/v4.InRule).Validate", Arg: 0, Pattern: None, Err: true},
	{Func: "(github.com/go-ozzo/ozzo-validation.MatchRule).Validate", Arg: 0, Pattern: Recv, Err: true},
	{Func: "(github.com/go-ozzo/ozzo-validation.InRule).Validate", Arg: 0, Pattern: None, Err: true},
	// A number parsed without error: the text is digits, a sign, a base
	// prefix, '_', '.', an exponent, "Inf" or "NaN" (ParseFloat), or a
	// boolean word (ParseBool): no quote, markup or separator. The error is
	// the call's last result. Not ParseComplex, which admits parentheses.
	{Func: "strconv.Atoi", Arg: 0, Pattern: None, Err: true},
	{Func: "strconv.ParseInt", Arg: 0, Pattern: None, Err: true},
	{Func: "strconv.ParseUint", Arg: 0, Pattern: None, Err: true},
	{Func: "strconv.ParseFloat", Arg: 0, Pattern: None, Err: true},
	{Func: "strconv.ParseBool", Arg: 0, Pattern: None, Err: true},
}

// patternCarriers hold the regular expression of an argument (or their
// receiver): the engine follows them from a check back to the pattern's
// text.
var patternCarriers = map[string]int{
	"regexp.MustCompile":                                      0,
	"regexp.Compile":                                          0,
	"regexp.MustCompilePOSIX":                                 0,
	"regexp.CompilePOSIX":                                     0,
	"github.com/go-ozzo/ozzo-validation/v4.Match":             0,
	"(github.com/go-ozzo/ozzo-validation/v4.MatchRule).Error": Recv,
	"github.com/go-ozzo/ozzo-validation.Match":                0,
	"(github.com/go-ozzo/ozzo-validation.MatchRule).Error":    Recv,
}

var checkByFunc = map[string]*Check{}

func init() {
	for i := range checks {
		checkByFunc[checks[i].Func] = &checks[i]
	}
}

// CheckFor returns the allow-list check row of a function, or nil.
func CheckFor(fullName string) *Check { return checkByFunc[fullName] }

// CheckTable returns every check row, for tests.
func CheckTable() []Check { return checks }

// PatternCarrier returns the argument (or Recv) of a function that holds
// the regular expression it wraps, and whether it is one.
func PatternCarrier(fullName string) (int, bool) {
	i, ok := patternCarriers[fullName]
	return i, ok
}

// notInIdentifier are the characters an allow-list pattern must not
// admit: quotes, the backslash, the statement separator, parentheses,
// comment openers (#, /*) and white space, which would let a matching
// value close a quoted name, start another clause or a subquery, or
// comment out the rest of the query; and '<', '>', which start markup.
// '-' is admitted (slugs, UUIDs), though "--" can comment out the rest of
// a statement in some dialects.
const notInIdentifier = "'\"`\\;()#*<> \t\n\r\v\f"

// AllowListPattern reports whether a regular expression only matches whole
// strings made of characters safe in an identifier: anchored at both ends
// (^...$ or \A...\z on every branch), with no '.' and no class or literal
// admitting a character of notInIdentifier. `^[a-z_]+$` and `^\w+$` are;
// `[a-z]+` (unanchored), `^.+$` and `^[\w ]+$` are not.
func AllowListPattern(pattern string) bool {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return false
	}
	return begins(re) && ends(re) && safeRunes(re)
}

func begins(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && begins(re.Sub[0])
	case syntax.OpCapture:
		return begins(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !begins(s) {
				return false
			}
		}
		return true
	}
	return false
}

func ends(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpConcat:
		return len(re.Sub) > 0 && ends(re.Sub[len(re.Sub)-1])
	case syntax.OpCapture:
		return ends(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !ends(s) {
				return false
			}
		}
		return true
	}
	return false
}

func safeRunes(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if badRune(r, r) {
				return false
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if badRune(re.Rune[i], re.Rune[i+1]) {
				return false
			}
		}
	}
	for _, s := range re.Sub {
		if !safeRunes(s) {
			return false
		}
	}
	return true
}

// badRune reports whether the range lo..hi holds a character of
// notInIdentifier or anything beyond ASCII that is white space.
func badRune(lo, hi rune) bool {
	for _, c := range notInIdentifier {
		if lo <= c && c <= hi {
			return true
		}
	}
	// U+0085, U+00A0, U+2028 and kin: white space outside ASCII.
	for _, c := range []rune{0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000} {
		if lo <= c && c <= hi {
			return true
		}
	}
	return false
}
