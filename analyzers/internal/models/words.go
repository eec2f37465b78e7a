package models

import (
	"strings"
	"unicode"
)

// Words splits a name (an identifier, struct field, map, form, header or
// log key) into lowercase words: camelCase, snake_case, kebab-case, dotted
// and spaced names, and digits apart from letters ("APIKey" → api, key;
// "NHSNumber" → nhs, number; "new_password2" → new, password, 2). It is the
// one splitter of the name vocabularies (passwords for pwhash, credentials
// and personal data for logleak).
func Words(name string) []string {
	var words []string
	rs := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, strings.ToLower(string(rs[start:end])))
		}
		start = -1
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := rs[i-1]
		switch {
		case unicode.IsDigit(r) != unicode.IsDigit(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
			flush(i) // "APIKey": the K starts a word
			start = i
		}
	}
	flush(len(rs))
	return words
}
