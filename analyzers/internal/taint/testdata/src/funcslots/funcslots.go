package funcslots // want package:"analysed"

// Calls through function-typed fields and package variables resolve to
// what the package stores there.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type dialect struct {
	quote func(string) string
	trim  func(string) string
	konst func(string) string
}

func newDialect(mysql bool) *dialect {
	d := &dialect{trim: strings.TrimSpace, konst: constant}
	if mysql {
		d.quote = func(s string) string { return "`" + s + "`" }
	} else {
		d.quote = func(s string) string { return fmt.Sprintf(`"%s"`, s) }
	}
	return d
}

func constant(string) string { return "t" }

// The closures stored in quote pass their argument on, built: so does the
// call, and nothing of unknown origin is added.
func (d *dialect) Quoted(s string) string { // want Quoted:`taint\(r0=p1/built; fields 0.quote\)`
	return d.quote(s)
}

// A library function stored in the field is applied by its model.
func (d *dialect) Trimmed(s string) string { // want Trimmed:`taint\(r0=p1; fields 0.trim\)`
	return d.trim(s)
}

// Only a function returning a constant is ever stored: no fact.
func (d *dialect) Konst(s string) string {
	return d.konst(s)
}

// A struct value's field resolves the same way.
func ByValue(d dialect, s string) string { // want ByValue:`taint\(r0=p1/built; fields 0.quote\)`
	return d.quote(s)
}

var normalise = func(s string) string { return strings.ToLower(s) }

// An unexported package variable holding a closure.
func Normalised(s string) string { // want Normalised:`taint\(r0=p0\)`
	return normalise(s)
}

var fixed = func(string) string { return "x" }

func Fixed(s string) string { return fixed(s) }

// Look-alikes that stay unresolved: a field set from a parameter, an
// exported field, a field whose address escapes, an exported variable.

type hook struct{ fn func(string) string }

func newHook(fn func(string) string) *hook { return &hook{fn: fn} } // want newHook:`taint\(r0.fn=p0\)`

func (h *hook) Run(s string) string { // want Run:`taint\(r0=unknown\{h.fn\(s\)\}\+p1\+blind\(p1\); fields 0.fn\)`
	return h.fn(s)
}

type Exported struct{ Quote func(string) string }

func (e *Exported) Run(s string) string { // want Run:`taint\(r0=unknown\{e.Quote\(s\)\}\+p1\+blind\(p1\); fields 0.Quote\)`
	e.Quote = strconv.Quote
	return e.Quote(s)
}

type escaping struct{ fn func(string) string }

func set(p *func(string) string) { *p = os.Getenv }

func (e *escaping) Run(s string) string { // want Run:`taint\(r0=unknown\{e.fn\(s\)\}\+p1\+blind\(p1\); fields 0.fn\)`
	e.fn = constant
	set(&e.fn)
	return e.fn(s)
}

var Public = func(s string) string { return "x" }

func UsePublic(s string) string { // want UsePublic:`taint\(r0=unknown\{Public\(s\)\}\+p0\+blind\(p0\)\)`
	return Public(s)
}
