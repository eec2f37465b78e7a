package models

import "slices"

// Markdown renderers (the xss analyzer). A renderer turns Markdown source
// into HTML, and the question is what of the source's markup the HTML
// keeps: raw HTML blocks and spans (<script>, <img onerror=...>) and link
// destinations (javascript:). A renderer that keeps them carries its
// source's taint into its output, which is then reported where the output
// is trusted as HTML (template.HTML, a write into a response); one that
// drops them makes safe markup of any source, as an HTML sanitiser does.
//
//   - goldmark (github.com/yuin/goldmark v1.8) omits raw HTML ("<!-- raw
//     HTML omitted -->") and drops dangerous link destinations by default;
//     only a renderer given html.WithUnsafe() (through
//     goldmark.WithRendererOptions, or an html.NewRenderer passed with
//     goldmark.WithRenderer) writes them through. Its rows hold only for a
//     goldmark.Markdown built so (If: GoldmarkUnsafe); goldmark.Convert uses
//     the package's default renderer, which is never unsafe.
//   - blackfriday (v1 and v2) writes raw HTML and any link destination
//     through with its default flags; its README says to sanitise the
//     output with bluemonday.
//   - gomarkdown (github.com/gomarkdown/markdown) writes raw HTML through
//     unless its renderer has the html.SkipHTML flag, and any link
//     destination unless it has html.Safelink; html.CommonFlags, the
//     default, has neither.
//
// gomarkdown's renderer is followed to its html.NewRenderer call (see
// MadeSafe): one made with both flags, and no hook that renders nodes or
// judges URLs itself, makes safe markup. blackfriday's flags are not
// followed: its output always carries the source's taint (sanitise it, or
// say so with a suppression or a sanitiser in the configuration).

// BuiltWith is the condition of a row that holds only for a receiver built
// in a certain way: a value returned by one of New, called with an argument
// that is (or is built, through any calls, from) a value one of Options
// returned. The receiver is followed to its constructor through package
// variables and struct fields this package stores it in, and through
// functions of this package that return it; an exported variable or
// function of another analysed package says (as a fact) whether it holds
// or returns such a value. A receiver of any other origin (a parameter)
// does not meet the condition.
type BuiltWith struct {
	Name    string   // names the condition in facts
	New     []string // "github.com/yuin/goldmark.New"
	Options []string // "github.com/yuin/goldmark/renderer/html.WithUnsafe"
}

// BuiltWiths returns the BuiltWith conditions of the rows.
func BuiltWiths() []*BuiltWith {
	var out []*BuiltWith
	add := func(c *BuiltWith) {
		if c != nil && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	for _, tab := range [][]Propagator{propagators, htmlPropagators, markdownPropagators} {
		for i := range tab {
			add(tab[i].If)
		}
	}
	for _, tab := range [][]Sink{sqlSinks, htmlSinks, markdownSinks} {
		for i := range tab {
			add(tab[i].If)
		}
	}
	return out
}

// MadeSafe is the condition under which a row does not hold: argument Arg
// of the call was surely made by one of New from an options struct
// literal whose Field is a constant with each flag in Flags set (constants
// of New's package, looked up by name) and which sets none of Unsafe. The
// argument is followed through conversions, φ-nodes (every edge), the
// package variables and fields this package stores it in (every store) and
// functions of this package that return it (every return); any other
// origin, a flags value that is not constant, or a nil argument (the
// library's default) does not meet it.
type MadeSafe struct {
	Arg    int
	New    []string
	Field  string
	Flags  []string
	Unsafe []string
}

// GomarkdownSafe: a gomarkdown HTML renderer with SkipHTML (raw HTML
// dropped) and Safelink (only http, https, ftp and mailto links and
// images), without a RenderNodeHook or an IsSafeURLOverride that would
// decide otherwise.
func gomarkdownSafe(arg int) *MadeSafe {
	return &MadeSafe{
		Arg:    arg,
		New:    []string{"github.com/gomarkdown/markdown/html.NewRenderer"},
		Field:  "Flags",
		Flags:  []string{"SkipHTML", "Safelink"},
		Unsafe: []string{"RenderNodeHook", "IsSafeURLOverride"},
	}
}

// GoldmarkUnsafe: a goldmark.Markdown whose HTML renderer has the Unsafe
// option, which keeps raw HTML and dangerous links.
var GoldmarkUnsafe = &BuiltWith{
	Name:    "goldmark-unsafe",
	New:     []string{"github.com/yuin/goldmark.New"},
	Options: []string{"github.com/yuin/goldmark/renderer/html.WithUnsafe"},
}

const (
	opGoldmarkUnsafe = "rendered by goldmark with html.WithUnsafe, which keeps raw HTML and javascript: links"
	opBlackfriday    = "rendered by blackfriday, which keeps raw HTML and javascript: links"
	opGomarkdown     = "rendered by gomarkdown, which keeps raw HTML and javascript: links unless its renderer has SkipHTML and Safelink"
)

// markdownPropagators: the renderers' source to their output. Op names the
// step in a finding's related locations; the output is not built text (the
// markup a renderer adds around its source is its own).
var markdownPropagators = []Propagator{
	{Func: "(github.com/yuin/goldmark.Markdown).Convert", From: 0, To: 1, If: GoldmarkUnsafe, Op: opGoldmarkUnsafe},
	// The default renderer: the row never holds (no receiver), and the
	// call writes nothing of its source into w.
	{Func: "github.com/yuin/goldmark.Convert", From: 0, To: 1, If: GoldmarkUnsafe, Op: opGoldmarkUnsafe},

	{Func: "github.com/russross/blackfriday/v2.Run", From: 0, To: Result, Op: opBlackfriday},
	{Func: "github.com/russross/blackfriday.Markdown", From: 0, To: Result, Op: opBlackfriday},
	{Func: "github.com/russross/blackfriday.MarkdownBasic", From: 0, To: Result, Op: opBlackfriday},
	{Func: "github.com/russross/blackfriday.MarkdownCommon", From: 0, To: Result, Op: opBlackfriday},
	{Func: "github.com/russross/blackfriday.MarkdownOptions", From: 0, To: Result, Op: opBlackfriday},

	{Func: "github.com/gomarkdown/markdown.ToHTML", From: 0, To: Result, Op: opGomarkdown, Unless: gomarkdownSafe(2)},
	// Parse then Render: the document carries its source.
	{Func: "github.com/gomarkdown/markdown.Parse", From: 0, To: Result},
	{Func: "(*github.com/gomarkdown/markdown/parser.Parser).Parse", From: 0, To: Result},
	{Func: "github.com/gomarkdown/markdown.Render", From: 0, To: Result, Op: opGomarkdown, Unless: gomarkdownSafe(1)},
}

// markdownSinks: a renderer that writes into the HTTP response itself.
var markdownSinks = []Sink{
	{Func: "(github.com/yuin/goldmark.Markdown).Convert", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: 1, If: GoldmarkUnsafe},
}
