package taint

import (
	"go/token"
	"strings"
	"text/template/parse"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Templates that escape for themselves.
//
// text/template escapes nothing unless its text says so: an action that
// pipes its value into the builtin html, js or urlquery ({{.Name | html}},
// {{html .Note}}) prints it escaped for one context. A template resolved
// as funcmap.go resolves it (constant text) whose every printing action is
// escaped so, for the HTML context its constant text places the action in
// (the scanner of htmlctx.go), writes no unescaped data: executing it is
// no sink (models.Sink.SelfEscaping), and the text it writes into a
// buffer is escaped for HTML.
//
// Anything else leaves the template unescaped, as text/template is by
// default: an action that prints data or a function's result unescaped;
// an escape that does not fit where it lands (html at the start of an
// href, in an unquoted attribute, in a script; js outside a quoted
// string); an action inside a tag or a style element; branches that
// leave different contexts; a template it calls that is not defined; a
// FuncMap that is not resolved or that redefines an escaper.

// tmplEscapers are text/template's escaping builtins, by what their output
// is safe in. urlquery leaves only [A-Za-z0-9-_.~%+]: no markup either.
var tmplEscapers = map[string]models.Escape{
	"html":     models.EscHTML,
	"js":       models.EscJS,
	"urlquery": models.EscURL | models.EscHTML,
}

// selfEscaping reports whether the call name (a template's Execute or
// ExecuteTemplate, argAt its arguments) runs a resolved text/template
// that escapes every action itself (see above).
func (p *pkgState) selfEscaping(name string, argAt func(int) ssa.Value) bool {
	ti := p.template(argAt(models.Recv))
	if ti == nil || ti.html {
		return false
	}
	root := ti.name
	if strings.HasSuffix(name, ".ExecuteTemplate") {
		n, ok := typesutil.ConstString(argAt(1))
		if !ok {
			n = "" // any of its templates
		}
		root = n
	}
	return ti.escapesAll(root)
}

// escapesAll reports whether executing ti's template root (every one of
// its templates, when root is "") prints data only escaped for where it
// lands. Memoised per root.
func (ti *tmplInfo) escapesAll(root string) bool {
	if r, ok := ti.escapes[root]; ok {
		return r
	}
	r := ti.escapesAllN(root)
	if ti.escapes == nil {
		ti.escapes = map[string]bool{}
	}
	ti.escapes[root] = r
	return r
}

func (ti *tmplInfo) escapesAllN(root string) bool {
	if ti.html || ti.opaqueFuncs {
		return false
	}
	if _, ok := ti.funcs[opaqueNames]; ok {
		return false // another package's FuncMap: its names are not known
	}
	for name := range tmplEscapers {
		if _, ok := ti.funcs[name]; ok {
			return false // redefined by Funcs
		}
	}
	var roots []string
	if root != "" {
		roots = []string{root}
	} else {
		for name := range ti.trees {
			roots = append(roots, name)
		}
	}
	for _, name := range roots {
		t := ti.trees[name]
		if t == nil || t.Root == nil {
			return false
		}
		w := escWalk{ti: ti}
		c := htmlCtx{st: stText}
		if !w.node(t.Root, &c, 0) {
			return false
		}
	}
	return len(roots) > 0
}

// escWalk walks a template's tree in the order it prints, keeping the
// HTML context its text leaves.
type escWalk struct {
	ti *tmplInfo
	// lastText is the constant text that came last before the point
	// (actions in between print escaped text): a script's value must
	// follow a quote.
	lastText string
}

func (w *escWalk) node(n parse.Node, c *htmlCtx, depth int) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, x := range n.Nodes {
			if !w.node(x, c, depth) {
				return false
			}
		}
		return true
	case *parse.TextNode:
		c.text(string(n.Text))
		w.lastText = string(n.Text)
		return true
	case *parse.ActionNode:
		if len(n.Pipe.Decl) > 0 {
			return true // {{$x := .Name}} prints nothing
		}
		return w.action(n.Pipe, c)
	case *parse.IfNode:
		return w.branch(&n.BranchNode, c, depth, false)
	case *parse.WithNode:
		return w.branch(&n.BranchNode, c, depth, false)
	case *parse.RangeNode:
		return w.branch(&n.BranchNode, c, depth, true)
	case *parse.TemplateNode:
		t := w.ti.trees[n.Name]
		if t == nil || t.Root == nil || depth >= maxTmplDepth {
			return false
		}
		return w.node(t.Root, c, depth+1)
	case *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	}
	return false
}

// branch walks an if, with or range: each way through must leave the
// same context, and a loop's body the one it began in.
func (w *escWalk) branch(b *parse.BranchNode, c *htmlCtx, depth int, loop bool) bool {
	in, last := *c, w.lastText
	then := in
	if !w.node(b.List, &then, depth) {
		return false
	}
	thenLast := w.lastText
	if loop && !sameCtx(then, in) {
		return false
	}
	els := in
	w.lastText = last
	if b.ElseList != nil && !w.node(b.ElseList, &els, depth) {
		return false
	}
	if !sameCtx(then, els) {
		return false
	}
	*c = then
	if w.lastText != thenLast {
		w.lastText = "" // unknown: no quote to rely on
	}
	return true
}

// sameCtx reports whether two contexts are the same for what follows:
// in text, which element the text is in does not matter (a script's or a
// style's body is a state of its own).
func sameCtx(a, b htmlCtx) bool {
	if a.st != b.st {
		return false
	}
	return a.st == stText || a.tag == b.tag && a.attr == b.attr && a.delim == b.delim
}

// action judges an action that prints its pipeline's value.
func (w *escWalk) action(p *parse.PipeNode, c *htmlCtx) bool {
	// The escapers the value passes through last: {{.X | html}},
	// {{html .X}}, {{.U | urlquery | html}}.
	var esc models.Escape
	for i := len(p.Cmds) - 1; i >= 0; i-- {
		id, ok := p.Cmds[i].Args[0].(*parse.IdentifierNode)
		if !ok {
			break
		}
		e, ok := tmplEscapers[id.Ident]
		if !ok {
			break
		}
		esc |= e
	}
	if esc == 0 {
		// Constant text ({{"<br>"}}, {{`&nbsp;`}}) is the template's own.
		if len(p.Cmds) == 1 && len(p.Cmds[0].Args) == 1 {
			switch a := p.Cmds[0].Args[0].(type) {
			case *parse.StringNode:
				c.text(a.Text)
				w.lastText = a.Text
				return true
			case *parse.NumberNode, *parse.BoolNode:
				c.skip()
				return true
			}
		}
		return false
	}
	script := c.st == stScript
	switch c.st {
	case stText, stScript:
	case stBeforeValue, stValue:
		script = models.AttrKindOf(c.attr) == models.AttrScript
	default:
		return false // in a tag, a style element or a comment
	}
	if script {
		// JavaScript escaping holds inside a quoted string only (not a
		// template literal: js leaves ${ as it is).
		t := strings.TrimRight(w.lastText, " \t\n\r\f")
		if !strings.HasSuffix(t, `"`) && !strings.HasSuffix(t, `'`) {
			return false
		}
	}
	fits, _ := c.judge(Taint{Kinds: models.Untrusted, Esc: esc}, token.NoPos)
	if !fits {
		return false
	}
	c.skip()
	return true
}
