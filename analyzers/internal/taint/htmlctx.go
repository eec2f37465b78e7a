package taint

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// The HTML context of assembled text. An escaper counts only in the
// context it escapes for: text the program builds from constant pieces
// and operands ("<a href=\"" + html.EscapeString(u) + "\">",
// fmt.Sprintf(`<script>var x = "%s"</script>`, v)) places each operand in
// the context the constant text before it leaves, which a small scanner
// in the style of html/template's context transitions computes. Where an
// operand's escaping does not fit its context, the text is not escaped
// for HTML (Taint.Esc loses EscHTML) and Taint.Misfit says where it went:
//
//   - at the start of a URL attribute's value (href, src, action...): HTML
//     escaping leaves "javascript:alert(1)" as it is; the value also needs
//     a fixed scheme (a scheme check, url.QueryEscape, a constant prefix
//     such as "/users/" or "https://" before it, a configured base URL);
//   - in a script element or an event-handler attribute (onclick): the
//     browser decodes character references in the attribute before it
//     runs it, and a script needs no markup; it needs a JavaScript escape
//     (template.JSEscapeString, json.Marshal), which in turn makes the
//     text safe there as HTML;
//   - in an unquoted attribute value opened in the constant text: a space
//     starts a new attribute (onmouseover=...), which HTML escaping keeps.
//
// Where the text before an operand is not constant (a loop, a format that
// is a parameter) the context is not known and an escaper counts as it
// always has.

// Misfit is where assembled HTML placed text escaped for another context.
type Misfit struct {
	Pos  token.Pos     // where the text was assembled
	Ctx  MisfitCtx     // the context the text landed in
	Attr string        // the attribute ("href", "onclick"), or "" in a script element
	Esc  models.Escape // what the text was escaped for
	// Params: the text was a parameter's (Taint.Params bits), escaped
	// here for HTML: it counts for callers that pass request input or
	// stored data (a sink effect with this Misfit, misfitFits).
	Params uint64
}

// MisfitCtx is an HTML context that an operand's escaping did not fit.
type MisfitCtx uint8

// The contexts.
const (
	// CtxURL: the start of a URL attribute's value.
	CtxURL MisfitCtx = iota + 1
	// CtxScript: a script element's body or an event-handler attribute.
	CtxScript
	// CtxUnquoted: an unquoted attribute value.
	CtxUnquoted
	// CtxJSURL: a URL attribute's value after a constant "javascript:":
	// the browser decodes its percent-escapes and runs it as script.
	CtxJSURL
	// CtxJSCode: script outside a quoted string (a bare expression, a
	// template literal), where JavaScript string escaping stops nothing.
	CtxJSCode
	// CtxSrcdoc: an attribute whose decoded value the browser parses as
	// a document (srcdoc): escaped once for HTML, the text is markup there.
	CtxSrcdoc
)

// maxPieces bounds the pieces of a concatenation or a format the scanner
// reads: text assembled from more is judged as it always was.
const maxPieces = 64

// piece is a part of assembled text: constant text, or an operand (v; nil
// when the operand is not known, such as a missing format argument).
type piece struct {
	text    string
	isConst bool
	v       ssa.Value
}

// htmlState is a state of the scanner.
type htmlState uint8

const (
	stText        htmlState = iota
	stTagName               // <a
	stTag                   // <a ...: before an attribute's name
	stAttrName              // <a hr
	stAfterName             // <a href
	stBeforeValue           // <a href=
	stValue                 // <a href="/u
	stScript                // <script>...
	stStyle                 // <style>...
	stEndTag                // </a
	stComment               // <!-- ...
)

// htmlCtx is the scanner's context at a point of assembled text.
type htmlCtx struct {
	st    htmlState
	tag   string // the element's name, lower case
	attr  string // the attribute's name, lower case
	delim byte   // the attribute value's quote; 0 unquoted
	// sure: the tag was opened by a '<' of the constant text (not assumed
	// from text that begins like an attribute: `href="` + u).
	sure bool
	// prefix: the value's constant text before the point, while no
	// operand came before in it (operand).
	prefix  string
	operand bool
}

// startCtx is the context at the start of assembled text: text, or the
// inside of a tag when the first piece begins like an attribute
// (`href="`, ` title='`), as the content of a template.HTMLAttr does.
func startCtx(ps []piece) htmlCtx {
	if len(ps) > 0 && ps[0].isConst && attrLike(ps[0].text) {
		return htmlCtx{st: stTag}
	}
	return htmlCtx{st: stText}
}

// attrLike reports whether s begins with an attribute name and '='.
func attrLike(s string) bool {
	s = strings.TrimLeft(s, " \t\n\r\f")
	i := 0
	for i < len(s) && (isAlnum(s[i]) || i > 0 && (s[i] == '-' || s[i] == ':' || s[i] == '_')) {
		i++
	}
	return i > 0 && strings.HasPrefix(strings.TrimLeft(s[i:], " \t\n\r\f"), "=")
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// text advances c over constant text.
func (c *htmlCtx) text(s string) {
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch c.st {
		case stText:
			switch {
			case strings.HasPrefix(s[i:], "<!--"):
				c.st, i = stComment, i+3
			case strings.HasPrefix(s[i:], "</"):
				c.st, i = stEndTag, i+1
			case ch == '<' && (i+1 == len(s) || isAlnum(s[i+1])):
				c.st, c.tag, c.sure = stTagName, "", true
			}
		case stTagName:
			switch {
			case isSpace(ch) || ch == '/':
				c.st = stTag
			case ch == '>':
				c.body()
			default:
				c.tag += strings.ToLower(string(ch))
			}
		case stTag, stAfterName:
			switch {
			case ch == '=' && c.st == stAfterName:
				c.st = stBeforeValue
			case isSpace(ch) || ch == '/':
				if ch == '/' {
					c.st = stTag
				}
			case ch == '>':
				c.body()
			default:
				c.st, c.attr = stAttrName, strings.ToLower(string(ch))
			}
		case stAttrName:
			switch {
			case ch == '=':
				c.st = stBeforeValue
			case isSpace(ch):
				c.st = stAfterName
			case ch == '/':
				c.st = stTag
			case ch == '>':
				c.body()
			default:
				c.attr += strings.ToLower(string(ch))
			}
		case stBeforeValue:
			switch {
			case isSpace(ch):
			case ch == '"' || ch == '\'':
				c.st, c.delim, c.prefix, c.operand = stValue, ch, "", false
			case ch == '>':
				c.body()
			default:
				c.st, c.delim, c.prefix, c.operand = stValue, 0, string(ch), false
			}
		case stValue:
			switch {
			case c.delim != 0 && ch == c.delim, c.delim == 0 && isSpace(ch):
				c.st = stTag
			case c.delim == 0 && ch == '>':
				c.body()
			case !c.operand:
				c.prefix += string(ch)
			}
		case stScript, stStyle:
			if hasPrefixFold(s[i:], "</"+c.tag) {
				c.st, i = stEndTag, i+1
			}
		case stEndTag:
			if ch == '>' {
				c.st = stText
			}
		case stComment:
			if strings.HasPrefix(s[i:], "-->") {
				c.st, i = stText, i+2
			}
		}
	}
}

// body enters the content of the element whose start tag just closed.
func (c *htmlCtx) body() {
	switch c.tag {
	case "script":
		c.st = stScript
	case "style":
		c.st = stStyle
	default:
		c.st = stText
	}
}

// skip advances c over an operand. Its text is taken to keep the context
// (an escaped value holds no quote or '<'): it ends no attribute.
func (c *htmlCtx) skip() {
	switch c.st {
	case stTagName:
		c.tag += "?"
	case stAttrName:
		c.attr += "?"
	case stBeforeValue:
		c.st, c.delim, c.prefix = stValue, 0, ""
		c.operand = true
	case stValue:
		c.operand = true
	}
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// judge reports whether text carrying t fits the context as HTML, and,
// when it does not but t was escaped for some context, where it landed.
func (c *htmlCtx) judge(t Taint, pos token.Pos) (bool, *Misfit) {
	e := t.Esc
	misfit := func(ctx MisfitCtx) (bool, *Misfit) {
		if !attacker(t) {
			// The program's own text (an avatar link it built, a
			// configured base URL): its escape counts as it always has.
			// A parameter's text is judged at the callers: each passes
			// its own (Misfit.Params).
			fits := e&models.EscHTML != 0
			if fits && t.Params != 0 {
				return true, &Misfit{Pos: pos, Ctx: ctx, Attr: c.attr, Esc: e &^ models.EscScheme, Params: t.Params}
			}
			return fits, nil
		}
		if e == 0 {
			return false, nil // not escaped at all: the sink says so
		}
		return false, &Misfit{Pos: pos, Ctx: ctx, Attr: c.attr, Esc: e &^ models.EscScheme}
	}
	switch c.st {
	case stScript:
		if e&models.EscJS != 0 {
			return true, nil
		}
		c.attr = "" // an element's body
		return misfit(CtxScript)
	case stBeforeValue, stValue:
		unquoted := c.st == stBeforeValue || c.delim == 0
		switch models.AttrKindOf(c.attr) {
		case models.AttrScript:
			if e&models.EscJS != 0 {
				return true, nil
			}
			return misfit(CtxScript)
		case models.AttrHTML:
			return misfit(CtxSrcdoc) // no escape the engine tracks holds there
		case models.AttrURL:
			if models.MediaURL(c.tag, c.attr) {
				break // an image's source runs no script: as any attribute
			}
			if !c.operand && hasPrefixFold(strings.TrimLeft(c.prefix, " \t\n\r\f"), "javascript:") {
				// Script that the browser percent-decodes first: a
				// JavaScript escape of the query-escaped text holds.
				if e&models.EscJS != 0 && e&models.EscURL != 0 {
					return true, nil
				}
				return misfit(CtxJSURL)
			}
			if !c.operand && !schemeFixed(strings.TrimLeft(c.prefix, " \t\n\r\f")) {
				if unquoted && e&models.EscURL != 0 || !unquoted && e&models.EscHTML != 0 && e&(models.EscURL|models.EscScheme) != 0 {
					return true, nil
				}
				return misfit(CtxURL)
			}
		}
		if unquoted && c.sure {
			// Query escaping, base64 and hex leave no space or quote.
			if e&models.EscURL != 0 {
				return true, nil
			}
			return misfit(CtxUnquoted)
		}
	}
	return e&models.EscHTML != 0, nil
}

// schemeFixed reports whether constant text at the start of a URL fixes
// its scheme: a safe scheme ("https://", "mailto:"), or a '/', '?' or '#'
// before any ':' (a relative URL); not text that leaves the scheme open
// ("", "java").
func schemeFixed(str string) bool {
	i := strings.IndexAny(str, ":/?#")
	if i < 0 {
		return false
	}
	if str[i] != ':' {
		return true
	}
	switch strings.ToLower(str[:i]) {
	case "http", "https", "mailto", "ftp", "tel":
		return true
	}
	return false
}

// concatPieces appends the pieces of a string concatenation v to ps; false
// when there are more than maxPieces (depth: the concatenations above v
// in the chain, each of which has a piece of its own).
func concatPieces(v ssa.Value, ps []piece, depth int) ([]piece, bool) {
	if b, ok := v.(*ssa.BinOp); ok && b.Op == token.ADD && typesutil.IsString(b.Type()) {
		if depth >= maxPieces {
			return nil, false
		}
		ps, ok := concatPieces(b.X, ps, depth+1)
		if !ok {
			return nil, false
		}
		return concatPieces(b.Y, ps, depth+1)
	}
	if len(ps) >= maxPieces {
		return nil, false
	}
	if str, ok := typesutil.ConstString(v); ok {
		return append(ps, piece{text: str, isConst: true}), true
	}
	return append(ps, piece{v: v}), true
}

// placed sets t's EscHTML by whether every operand fit its context, and
// records the first misfit. raw: an operand of the user's was not
// escaped at all; that is the finding to name, not a misplaced escape.
// unfit: the parameters of operands that did not fit or whose escape
// was misplaced; the others stay escaped (Taint.EscP) when t is not.
func placed(t Taint, fits bool, m *Misfit, raw bool, unfit uint64, unfitKinds bool) Taint {
	switch {
	case raw:
		t.Misfit = nil
	case m != nil && t.Misfit == nil:
		t.Misfit = m
	}
	if fits {
		t.Esc |= models.EscHTML
	} else {
		t.EscP = escParams(t) &^ unfit
		t.EscK = escKinds(t) && !unfitKinds
		t.Esc &^= models.EscHTML
	}
	return t
}

// attacker reports whether t carries text a user chose: request input or
// stored data.
func attacker(t Taint) bool {
	return t.Has(models.Untrusted) || t.Source != nil && t.Source.Label == models.LabelStored
}

// misfitParams records, for the callers, the parameters that an HTML
// sink (name, at pos; instr: the call, nil for a conversion) receives
// escaped for HTML, t, but placed where that escape does not hold
// (t.Misfit.Params).
func (s *fnState) misfitParams(t Taint, class models.Class, name string, pos token.Pos, instr ssa.CallInstruction) {
	m := t.Misfit
	if m == nil || m.Params == 0 || pos == token.NoPos || !escaped(t, models.EscHTML) {
		return
	}
	if instr != nil && s.servedSafe(instr, class, name) {
		return
	}
	s.sum.addSink(sinkEffect{Class: class, Sink: name, SinkPos: pos, Params: m.Params, Built: true, Construct: t.Construct, Ctx: models.EscHTML, Misfit: m})
}

// sinkFits reports whether a caller's argument pt for a parameter of
// sink effect e is safe there: escaped for the sink's context or, for
// a parameter the callee escaped and misplaced (e.Misfit), text that is
// not request input or stored data or that is escaped for where it
// landed. (A parameter of the caller passed on, outer(u) calling
// inner(u), is its own callers' to decide: see applySinks.)
func sinkFits(e *sinkEffect, pt Taint) bool {
	m := e.Misfit
	if m == nil {
		return escaped(pt, e.Ctx)
	}
	if !attacker(pt) {
		return true
	}
	switch m.Ctx {
	case CtxURL:
		return pt.Esc&(models.EscURL|models.EscScheme) != 0
	case CtxScript:
		return pt.Esc&models.EscJS != 0
	case CtxUnquoted:
		return pt.Esc&models.EscURL != 0
	case CtxJSURL:
		return pt.Esc&models.EscJS != 0 && pt.Esc&models.EscURL != 0
	}
	return false
}

// placeConcat judges the right operand of a string concatenation x + y
// (t: the taint of the result, joined) in the context the text of x
// leaves.
func placeConcat(v *ssa.BinOp, x, y, t Taint) Taint {
	if t.Empty() || y.Empty() {
		return t
	}
	ps, ok := concatPieces(v.X, nil, 0)
	if !ok {
		return t
	}
	c := startCtx(ps)
	for _, p := range ps {
		if p.isConst {
			c.text(p.text)
		} else {
			c.skip()
		}
	}
	fits, m := c.judge(y, v.Pos())
	raw := unescaped(x) || !fits && m == nil && attacker(y)
	var unfit uint64
	unfitKinds := false
	if !fits || m != nil {
		unfit, unfitKinds = y.Params, y.Kinds != 0
	}
	return placed(t, fits && (x.Empty() || x.Esc&models.EscHTML != 0), m, raw, unfit, unfitKinds)
}

// placeFormat judges the operands of a call of a models.Formatter with a
// constant format, each in the context the format's text before it
// leaves. t is the taint of the call's text (the result, what it writes,
// or its operands); argAt returns an argument by the models' index.
func (s *fnState) placeFormat(name string, argAt func(int) ssa.Value, t Taint, pos token.Pos) Taint {
	if t.Empty() {
		return t
	}
	ps, ok := formatCallPieces(name, argAt)
	if !ok {
		return t
	}
	return s.judgePieces(ps, startCtx(ps), t, pos)
}

// formatCallPieces returns the pieces of the text a call of a
// models.Formatter with a constant format assembles; false when it is no
// such call or its operands are not known.
func formatCallPieces(name string, argAt func(int) ssa.Value) ([]piece, bool) {
	fm := models.FormatterFor(name)
	if fm == nil {
		return nil, false
	}
	format, ok := typesutil.ConstString(argAt(fm.Format))
	if !ok {
		return nil, false
	}
	var ops []ssa.Value
	if va := argAt(fm.Format + 1); va != nil {
		els, ok := typesutil.InPlaceElems(va)
		if !ok {
			return nil, false
		}
		ops = make([]ssa.Value, len(els))
		for _, e := range els {
			if e.Index < 0 || e.Index >= len(els) {
				return nil, false
			}
			ops[e.Index] = e.Val
		}
	}
	var ps []piece
	if fm.Appends {
		ps = append(ps, piece{v: argAt(0)})
	}
	return formatPieces(format, ops, ps)
}

// judgePieces judges each operand of assembled text in the context the
// text before it leaves, from c; t is the taint of the whole text.
func (s *fnState) judgePieces(ps []piece, c htmlCtx, t Taint, pos token.Pos) Taint {
	pl := newPlacement()
	for _, p := range ps {
		if p.isConst {
			c.text(p.text)
			continue
		}
		if p.v != nil {
			if pt := s.deep(p.v); !pt.Empty() {
				pl.judge(&c, pt, pos)
			}
		}
		c.skip()
	}
	return pl.placed(t)
}

// placeInTag judges text converted to a template.HTMLAttr, which
// html/template inserts inside a tag: its operands in the attribute
// values its constant text opens ("title=%s" leaves an unquoted value).
func (s *fnState) placeInTag(v ssa.Value, t Taint) Taint {
	if t.Empty() {
		return t
	}
	if mc, ok := v.(*ssa.MultiConvert); ok {
		v = mc.X // a conversion of a type parameter's value
	}
	var ps []piece
	var ok bool
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Call:
		obj := typesutil.Callee(&x.Call)
		if obj == nil {
			return t
		}
		ps, ok = formatCallPieces(obj.FullName(), func(i int) ssa.Value { return modelArg(x.Call.Args, false, i) })
	case *ssa.BinOp:
		ps, ok = concatPieces(x, nil, 0)
	}
	if !ok {
		return t
	}
	return s.judgePieces(ps, htmlCtx{st: stTag, sure: true}, t, v.Pos())
}

// placeIn judges t, printed as it is in each of the contexts ctxs (a
// text/template's actions that print the data, escVerdict.places), as
// placeFormat judges an operand: escaped for HTML only where that escape
// holds in every one of them.
func placeIn(t Taint, ctxs []htmlCtx, pos token.Pos) Taint {
	if t.Empty() {
		return t
	}
	pl := newPlacement()
	for _, c := range ctxs {
		pl.judge(&c, t, pos)
	}
	return pl.placed(t)
}

// placement gathers the judgements of the operands (or places) of one
// assembled text for placed: whether all fit, the first misfit (an
// operand's own before a parameter's), whether raw input lands where it
// does not fit, and the parameters and kinds that do not fit.
type placement struct {
	fits, raw, unfitKinds bool
	unfit                 uint64
	m                     *Misfit
}

func newPlacement() *placement { return &placement{fits: true} }

// judge judges the operand pt in the context c.
func (pl *placement) judge(c *htmlCtx, pt Taint, pos token.Pos) {
	f, mf := c.judge(pt, pos)
	pl.fits = pl.fits && f
	pl.raw = pl.raw || !f && mf == nil && attacker(pt)
	if !f || mf != nil {
		pl.unfit |= pt.Params
		pl.unfitKinds = pl.unfitKinds || pt.Kinds != 0
	}
	if pl.m == nil || mf != nil && pl.m.Params != 0 && mf.Params == 0 {
		pl.m = mf // an operand's own misfit before a parameter's
	}
}

// placed is placed(t, ...) of what was judged.
func (pl *placement) placed(t Taint) Taint {
	return placed(t, pl.fits, pl.m, pl.raw, pl.unfit, pl.unfitKinds)
}

// unescaped reports whether t is the user's text with no escape at all
// and no misplaced one.
func unescaped(t Taint) bool {
	return attacker(t) && t.Esc == 0 && t.Misfit == nil
}

// formatPieces appends the pieces of a fmt format with operands ops to
// ps; false when it has explicit argument indexes ([n]) or too many verbs.
func formatPieces(f string, ops []ssa.Value, ps []piece) ([]piece, bool) {
	arg := 0
	start := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		lit := f[start:i]
		i++
	flags:
		for ; i < len(f); i++ {
			switch ch := f[i]; {
			case ch == '+' || ch == '-' || ch == ' ' || ch == '#' || ch == '0' || ch >= '1' && ch <= '9' || ch == '.':
			case ch == '*':
				arg++ // a width or precision operand
			case ch == '[':
				return nil, false
			default:
				break flags
			}
		}
		if i >= len(f) {
			start = len(f)
			ps = append(ps, piece{text: lit, isConst: true})
			break
		}
		if f[i] == '%' {
			ps = append(ps, piece{text: lit + "%", isConst: true})
			start = i + 1
			continue
		}
		if len(ps) >= maxPieces {
			return nil, false
		}
		ps = append(ps, piece{text: lit, isConst: true})
		var v ssa.Value
		if arg < len(ops) {
			v = ops[arg]
		}
		ps = append(ps, piece{v: v})
		arg++
		start = i + 1
	}
	if start < len(f) {
		ps = append(ps, piece{text: f[start:], isConst: true})
	}
	return ps, true
}
