package taint

import (
	"go/token"
	"go/types"
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

// escVerdict is what escapesAll found: whether every action escapes,
// and else the first action that does not, when one does not (the
// template's text as written, "{{.URL | html}}"), with where its escape
// landed when it escapes for another context.
type escVerdict struct {
	ok     bool
	action string
	misfit *Misfit
	// places: where the template's actions that print data unescaped
	// land, when they are all it failed on (the data decides: text
	// escaped for where each lands is safe there); nil otherwise.
	places []htmlCtx
}

// selfEscaping reports whether the call name (a template's Execute or
// ExecuteTemplate, argAt its arguments) runs a resolved text/template
// that escapes every action itself (see above); when it does not, the
// verdict names the action that prints data unescaped or misplaced.
func (p *pkgState) selfEscaping(name string, argAt func(int) ssa.Value) escVerdict {
	ti := p.template(argAt(models.Recv))
	if ti == nil || ti.html {
		return escVerdict{}
	}
	root, data := ti.name, argAt(1)
	if strings.HasSuffix(name, ".ExecuteTemplate") {
		n, ok := typesutil.ConstString(argAt(1))
		if !ok {
			n = "" // any of its templates
		}
		root, data = n, argAt(2)
	}
	return ti.escapesAll(root, dataType(data))
}

// dataType is the type of a template's data as the template sees it:
// the dynamic type of a value converted to any where it is passed; nil
// when not known.
func dataType(v ssa.Value) types.Type {
	if v == nil {
		return nil
	}
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X.Type()
	}
	if types.IsInterface(v.Type()) {
		return nil
	}
	return v.Type()
}

// escKey is a memo key of escapesAll.
type escKey struct {
	root string
	data types.Type
}

// escapesAll reports whether executing ti's template root (every one of
// its templates, when root is "") with data of type data (nil: not
// known) prints data only escaped for where it lands, or numbers.
// Memoised.
func (ti *tmplInfo) escapesAll(root string, data types.Type) escVerdict {
	k := escKey{root, data}
	if r, ok := ti.escapes[k]; ok {
		return r
	}
	r := ti.escapesAllN(root, data)
	if ti.escapes == nil {
		ti.escapes = map[escKey]escVerdict{}
	}
	ti.escapes[k] = r
	return r
}

func (ti *tmplInfo) escapesAllN(root string, data types.Type) escVerdict {
	if ti.html || ti.opaqueFuncs {
		return escVerdict{}
	}
	if _, ok := ti.funcs[opaqueNames]; ok {
		return escVerdict{} // another package's FuncMap: its names are not known
	}
	for name := range tmplEscapers {
		if _, ok := ti.funcs[name]; ok {
			return escVerdict{} // redefined by Funcs
		}
	}
	var roots []string
	var places []htmlCtx // of every template walked
	action := ""
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
			return escVerdict{}
		}
		w := escWalk{ti: ti, root: data, places: &places}
		c := htmlCtx{st: stText}
		if !w.node(t.Root, &c, data, 0) {
			return escVerdict{action: w.failed, misfit: w.misfit}
		}
		if action == "" {
			action = w.failed
		}
	}
	if len(places) > 0 {
		return escVerdict{action: action, places: places}
	}
	return escVerdict{ok: len(roots) > 0}
}

// escWalk walks a template's tree in the order it prints, keeping the
// HTML context its text leaves.
type escWalk struct {
	ti   *tmplInfo
	root types.Type // $, the data of the template being walked
	// lastText is the constant text that came last before the point
	// (actions in between print escaped text): a script's value must
	// follow a quote.
	lastText string
	// failed is the action that did not escape (its text), and misfit
	// where its escape landed when it escapes for another context.
	failed string
	misfit *Misfit
	// places collects where actions that print data unescaped land: the
	// walk goes on past them (escVerdict.places).
	places *[]htmlCtx
}

// fail records the action that does not escape, and reports false.
func (w *escWalk) fail(p *parse.PipeNode, m *Misfit) bool {
	w.failed, w.misfit = "{{"+p.String()+"}}", m
	return false
}

func (w *escWalk) node(n parse.Node, c *htmlCtx, dot types.Type, depth int) bool {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return true
		}
		for _, x := range n.Nodes {
			if !w.node(x, c, dot, depth) {
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
		return w.action(n.Pipe, c, dot)
	case *parse.IfNode:
		return w.branch(&n.BranchNode, c, dot, dot, depth, false)
	case *parse.WithNode:
		return w.branch(&n.BranchNode, c, dot, w.pipeType(n.Pipe, dot), depth, false)
	case *parse.RangeNode:
		var elem types.Type
		if t := w.pipeType(n.Pipe, dot); t != nil {
			elem = containerElem(typesutil.Deref(t))
		}
		return w.branch(&n.BranchNode, c, dot, elem, depth, true)
	case *parse.TemplateNode:
		t := w.ti.trees[n.Name]
		if t == nil || t.Root == nil || depth >= maxTmplDepth {
			return false
		}
		var data types.Type
		if n.Pipe != nil {
			data = w.pipeType(n.Pipe, dot)
		}
		saved := w.root
		w.root = data
		ok := w.node(t.Root, c, data, depth+1)
		w.root = saved
		return ok
	case *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
		return true
	}
	return false
}

// branch walks an if, with or range (in: the dot of its body; the else
// list has dot): each way through must leave the same context, and a
// loop's body the one it began in.
func (w *escWalk) branch(b *parse.BranchNode, c *htmlCtx, dot, in types.Type, depth int, loop bool) bool {
	start, last := *c, w.lastText
	then := start
	if !w.node(b.List, &then, in, depth) {
		return false
	}
	thenLast := w.lastText
	if loop && !sameCtx(then, start) {
		return false
	}
	els := start
	w.lastText = last
	if b.ElseList != nil && !w.node(b.ElseList, &els, dot, depth) {
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

// pipeType is the type of a pipeline's value when it names data (., .F.G,
// $, $.F), or nil.
func (w *escWalk) pipeType(p *parse.PipeNode, dot types.Type) types.Type {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return nil
	}
	return w.argType(p.Cmds[0].Args[0], dot)
}

// argType is the type of an operand that names data, or nil.
func (w *escWalk) argType(a parse.Node, dot types.Type) types.Type {
	switch a := a.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return fieldType(dot, a.Ident)
	case *parse.VariableNode:
		if len(a.Ident) > 0 && a.Ident[0] == "$" {
			return fieldType(w.root, a.Ident[1:])
		}
	}
	return nil
}

// fieldType is the type of the value a template's field chain names
// (.Patient.Age: a field, or a method's first result) under a value of
// type t, or nil.
func fieldType(t types.Type, names []string) types.Type {
	for _, name := range names {
		if t == nil {
			return nil
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		switch o := obj.(type) {
		case *types.Var:
			t = o.Type()
		case *types.Func:
			res := o.Signature().Results()
			if res.Len() == 0 {
				return nil
			}
			t = res.At(0).Type()
		default:
			return nil
		}
	}
	return t
}

// numberType reports whether a value of type t prints as a number or a
// boolean: no markup. Not a type with a String or Error method, which
// text/template prints instead.
func numberType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&(types.IsNumeric|types.IsBoolean) == 0 {
		return false
	}
	for _, m := range []string{"String", "Error"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			return false
		}
	}
	return true
}

// numericPipe reports whether a pipeline prints only numbers: data of a
// numeric type ({{.Page}}, {{$.Age}}), len, or print and printf of
// numbers with a format free of markup ({{printf "%d" .Age}}).
func (w *escWalk) numericPipe(p *parse.PipeNode, dot types.Type) bool {
	prev := false // the value piped from the command before
	for i, cmd := range p.Cmds {
		num := false
		if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok {
			switch id.Ident {
			case "len":
				num = true
			case "print", "printf", "println":
				num = i == 0 || prev
				for _, a := range cmd.Args[1:] {
					if s, ok := a.(*parse.StringNode); ok && id.Ident == "printf" && a == cmd.Args[1] {
						num = num && !strings.ContainsAny(s.Text, "<>&'\"")
						continue
					}
					num = num && w.numericArg(a, dot)
				}
			}
			if _, redefined := w.ti.funcs[id.Ident]; redefined {
				num = false
			}
		} else if len(cmd.Args) == 1 && i == 0 {
			num = w.numericArg(cmd.Args[0], dot)
		}
		prev = num
	}
	return prev
}

// numericArg reports whether an operand is a number: a constant, or data
// of a numeric type.
func (w *escWalk) numericArg(a parse.Node, dot types.Type) bool {
	switch a.(type) {
	case *parse.NumberNode, *parse.BoolNode:
		return true
	}
	return numberType(w.argType(a, dot))
}

// printsData reports whether a pipeline prints data as it is: one
// operand naming it (., .F.G, $, $.F, $x), no function that may change
// its text, so that the data's own escaping is what lands.
func printsData(p *parse.PipeNode) bool {
	if len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch p.Cmds[0].Args[0].(type) {
	case *parse.DotNode, *parse.FieldNode, *parse.VariableNode:
		return true
	}
	return false
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
func (w *escWalk) action(p *parse.PipeNode, c *htmlCtx, dot types.Type) bool {
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
			if a, ok := p.Cmds[0].Args[0].(*parse.StringNode); ok {
				c.text(a.Text)
				w.lastText = a.Text
				return true
			}
		}
		if w.numericPipe(p, dot) && (c.st == stText || c.st == stValue && c.delim != 0) {
			c.skip() // a number: no markup, no quote, no space
			return true
		}
		if w.places != nil && printsData(p) && (c.st == stText || c.st == stScript || c.st == stBeforeValue || c.st == stValue) {
			// The data's own escaping decides where this lands.
			if w.failed == "" {
				w.failed = "{{" + p.String() + "}}"
			}
			*w.places = append(*w.places, *c)
			c.skip()
			return true
		}
		return w.fail(p, nil)
	}
	script := c.st == stScript
	switch c.st {
	case stText, stScript:
	case stBeforeValue, stValue:
		script = models.AttrKindOf(c.attr) == models.AttrScript
	default:
		return w.fail(p, nil) // in a tag, a style element or a comment
	}
	if script {
		// JavaScript escaping holds inside a quoted string only (not a
		// template literal: js leaves ${ as it is).
		t := strings.TrimRight(w.lastText, " \t\n\r\f")
		if !strings.HasSuffix(t, `"`) && !strings.HasSuffix(t, `'`) {
			attr := c.attr
			if c.st == stScript {
				attr = ""
			}
			return w.fail(p, &Misfit{Ctx: CtxJSCode, Attr: attr, Esc: esc})
		}
	}
	fits, m := c.judge(Taint{Kinds: models.Untrusted, Esc: esc}, token.NoPos)
	if !fits {
		return w.fail(p, m)
	}
	c.skip()
	return true
}
