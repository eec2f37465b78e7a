package models

import (
	"reflect"
	"regexp/syntax"
	"strings"
)

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
	// Tag: the Pattern argument is a go-playground/validator tag
	// ("required,alphanum"), not a regular expression; the check counts
	// only when the engine reads it and SafeValidatorTag accepts it.
	Tag bool
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
	// go-playground/validator v10.30: Var(field, tag) checks one value.
	{Func: "(*github.com/go-playground/validator/v10.Validate).Var", Arg: 0, Pattern: 1, Err: true, Tag: true},
	{Func: "(*github.com/go-playground/validator/v10.Validate).VarCtx", Arg: 1, Pattern: 2, Err: true, Tag: true},
}

// StructCheck is a call that binds or validates the struct its argument
// Arg points to against go-playground/validator tags under the key Tag:
// where its error result is nil, each string field whose tag
// SafeValidatorTag accepts passed an allow-list check (the engine cleans
// the field's loads where the error check dominates them). A call whose
// error nobody checks cleans nothing.
type StructCheck struct {
	Func string
	Arg  int
	Tag  string
}

// structChecks: gin v1.12 validates what it binds with validator under
// the "binding" key (binding/default_validator.go sets the tag name);
// validator's Struct uses "validate", and so, by convention, do the
// validators registered with echo (Echo.Validator, which c.Validate
// calls). Not BindPlain/ShouldBindPlain, which bind a body to a string
// without validating it.
var structChecks = []StructCheck{
	{Func: "(*github.com/go-playground/validator/v10.Validate).Struct", Arg: 0, Tag: "validate"},
	{Func: "(*github.com/go-playground/validator/v10.Validate).StructCtx", Arg: 1, Tag: "validate"},
	{Func: "(github.com/labstack/echo/v4.Context).Validate", Arg: 0, Tag: "validate"},
	{Func: "(*github.com/gin-gonic/gin.Context).Bind", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindJSON", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindXML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindQuery", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindYAML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindTOML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindHeader", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindUri", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).BindWith", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).MustBindWith", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBind", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindJSON", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindXML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindQuery", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindYAML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindTOML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindHeader", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindUri", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindWith", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWith", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithJSON", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithXML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithYAML", Arg: 0, Tag: "binding"},
	{Func: "(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithTOML", Arg: 0, Tag: "binding"},
}

var structCheckByFunc = map[string]*StructCheck{}

// StructCheckFor returns the struct-validation row of a function, or nil.
func StructCheckFor(fullName string) *StructCheck { return structCheckByFunc[fullName] }

// safeValidators are the go-playground/validator v10 validations whose
// accepted text cannot carry SQL or markup syntax: no quote, backslash,
// ';', parenthesis, comment opener, '<' or white space that could end a
// value or start a clause (see notInIdentifier). oneof= and eq= allow
// only constants of the program. alpha, alphanum: ASCII letters and
// digits; numeric, number, boolean (strconv.ParseBool), hexadecimal,
// e164, the uuid and ulid forms and the hash digests are digits, hex
// digits, signs, '.', '-', '+'; datetime= admits only text that
// time.Parse reads with the program's layout (digits, month and zone
// names, the layout's own punctuation); ip, ipv4 and ipv6 what
// net.ParseIP reads. Not alphaunicode/alphanumunicode (letters of other
// scripts include apostrophe-like modifier letters), hexcolor ('#'
// starts a comment in MySQL), email (a quoted local part), url, uri,
// ascii, printascii, lowercase, contains=, startswith=; and never the
// limits alone (required, max=, len=), which accept any text.
var safeValidators = map[string]bool{
	"oneof": true, "eq": true,
	"alpha": true, "alphanum": true, "numeric": true, "number": true, "boolean": true,
	"hexadecimal": true, "e164": true, "datetime": true,
	"uuid": true, "uuid3": true, "uuid4": true, "uuid5": true,
	"uuid_rfc4122": true, "uuid3_rfc4122": true, "uuid4_rfc4122": true, "uuid5_rfc4122": true, "ulid": true,
	"md4": true, "md5": true, "sha256": true, "sha384": true, "sha512": true,
	"ip": true, "ipv4": true, "ipv6": true,
}

// SafeValidatorTag reports whether a go-playground/validator tag
// ("omitempty,oneof=asc desc") accepts only text that cannot carry SQL or
// markup syntax: one of its comma-separated validations, before any
// dive, is safe (safeValidators), every alternative of it ('|') too. The
// empty string omitempty lets through is safe. A validation with a
// parameter needs one (oneof with no values is no check).
func SafeValidatorTag(tag string) bool {
	for _, item := range strings.Split(tag, ",") {
		if item == "dive" || item == "keys" {
			return false // what follows applies to the elements
		}
		safe := item != ""
		for _, alt := range strings.Split(item, "|") {
			name, param, hasParam := strings.Cut(alt, "=")
			if !safeValidators[name] || (name == "oneof" || name == "eq" || name == "datetime") && (!hasParam || strings.TrimSpace(param) == "") {
				safe = false
				break
			}
		}
		if safe {
			return true
		}
	}
	return false
}

// ValidatorSkipsNested reports whether a nested struct field's validator
// tag tells go-playground/validator not to check the nested struct's own
// fields (structonly, nostructlevel).
func ValidatorSkipsNested(tag string) bool {
	for _, item := range strings.Split(tag, ",") {
		if item == "structonly" || item == "nostructlevel" {
			return true
		}
	}
	return false
}

// FieldTag returns the value of key in a struct field's tag.
func FieldTag(tag, key string) string { return reflect.StructTag(tag).Get(key) }

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
	for i := range structChecks {
		structCheckByFunc[structChecks[i].Func] = &structChecks[i]
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

// CharCheck is a call that reports whether its text (Arg) holds any of
// the constant characters Chars: where it says false, none is there
// (strings.ContainsAny(s, "<>\"'")).
type CharCheck struct {
	Func       string
	Arg, Chars int
}

var charChecks = map[string]CharCheck{
	"strings.ContainsAny": {Func: "strings.ContainsAny", Arg: 0, Chars: 1},
	"bytes.ContainsAny":   {Func: "bytes.ContainsAny", Arg: 0, Chars: 1},
}

// CharCheckFor returns the row of a function, or nil.
func CharCheckFor(fullName string) *CharCheck {
	if c, ok := charChecks[fullName]; ok {
		return &c
	}
	return nil
}

// MarkupChars reports whether text holding none of chars can open no tag
// and end no quoted attribute: chars holds < > " and '.
func MarkupChars(chars string) bool {
	return strings.ContainsRune(chars, '<') && strings.ContainsRune(chars, '>') && strings.ContainsRune(chars, '"') && strings.ContainsRune(chars, '\'')
}

// PatternEscapes returns the output contexts an anchored regular
// expression's matches are safe in though it admits more than identifier
// characters (AllowListPattern): HTML when it admits none of < > & " '
// (`^[\w .,-]+$`, a display name), CSS when it also admits none of
// \ ; { } ( ) : / * @ ! and no white space (`^#[0-9a-f]{6}$`, a colour).
// Zero for an unanchored pattern or one admitting any character.
func PatternEscapes(pattern string) Escape {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil || !begins(re) || !ends(re) {
		return 0
	}
	admits := func(chars string) bool { return admitsAny(re, chars) }
	var e Escape
	if !admits("<>&\"'") {
		e |= EscHTML
		if !admits("\\;{}():/*@!") && !admits(" \t\n\r\f\v") {
			e |= EscCSS
		}
	}
	return e
}

// admitsAny reports whether re may match one of chars (or, with '.',
// anything).
func admitsAny(re *syntax.Regexp, chars string) bool {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			if strings.ContainsRune(chars, r) {
				return true
			}
		}
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for _, c := range chars {
				if re.Rune[i] <= c && c <= re.Rune[i+1] {
					return true
				}
			}
		}
	}
	for _, s := range re.Sub {
		if admitsAny(s, chars) {
			return true
		}
	}
	return false
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
