package main

import (
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Col converts a 1-based byte column on line (as go/token reports it)
// to the 1-based column in UTF-16 code units that SARIF's
// "utf16CodeUnits" column kind wants: a character outside the Basic
// Multilingual Plane (most emoji) counts 2, any other character 1.
//
// line is the line's text without its newline. A column past the end of the
// line (an end column just after the last character) counts the missing
// bytes as one unit each. A column inside a multi-byte character is treated
// as the start of that character. Each byte of invalid UTF-8 counts as one
// unit, as editors show it as one U+FFFD. Columns < 1 (unknown) are returned
// unchanged.
func utf16Col(line []byte, byteCol int) int {
	if byteCol < 1 {
		return byteCol
	}
	off := byteCol - 1 // bytes before the column
	col := 1
	i := 0
	for i < off && i < len(line) {
		r, size := utf8.DecodeRune(line[i:])
		if i+size > off {
			break // off is inside this character
		}
		col += utf16.RuneLen(r)
		i += size
	}
	if off > len(line) {
		col += off - len(line)
	}
	return col
}
