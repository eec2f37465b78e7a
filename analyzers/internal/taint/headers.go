package taint

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// RespHeaders is what a call sets on an HTTP response's headers that
// decides whether markup written after it can run script: the
// Content-Type's class (at most one of the Type bits) and a
// Content-Security-Policy that runs no script. A function's summary
// carries the headers it sets on every path to its returns, so a helper
// (setServeHeaders(w, opts)) counts like the Header().Set calls inside it.
type RespHeaders uint8

const (
	// TypePlain: a constant non-HTML media type (JSON, text/plain, an
	// image), or one built from such a constant.
	TypePlain RespHeaders = 1 << iota
	// TypeHTML: an HTML, XML or SVG media type.
	TypeHTML
	// TypeComputed: a media type the program computes (from a file name,
	// a sniffer, configuration): it may be HTML.
	TypeComputed
	// NoScript: a Content-Security-Policy under which the page runs no
	// script (sandbox without allow-scripts, script-src 'none', or
	// default-src 'none' without script-src): markup in the body is inert.
	NoScript

	typeBits = TypePlain | TypeHTML | TypeComputed
)

// Safe reports whether HTML written after the headers cannot run script:
// the body is not served as markup, or the policy forbids script.
func (h RespHeaders) Safe() bool { return h&TypePlain != 0 || h&NoScript != 0 }

func (h RespHeaders) String() string {
	var parts []string
	switch h & typeBits {
	case TypePlain:
		parts = append(parts, "type=plain")
	case TypeHTML:
		parts = append(parts, "type=html")
	case TypeComputed:
		parts = append(parts, "type=computed")
	}
	if h&NoScript != 0 {
		parts = append(parts, "noscript")
	}
	return strings.Join(parts, ",")
}

// ContentTypeClass classifies a Content-Type value: TypePlain, TypeHTML or
// TypeComputed. A type built from a constant media type
// ("application/x-git-%s-advertisement", "text/plain; charset=" + cs) is
// classified by its constant part.
func ContentTypeClass(v ssa.Value) RespHeaders { return contentTypeClass(v, 0) }

func contentTypeClass(v ssa.Value, depth int) RespHeaders {
	if depth > 4 {
		return TypeComputed
	}
	v = typesutil.Unconvert(v)
	switch x := v.(type) {
	case *ssa.Phi:
		// A choice between types: their class if they agree.
		var out RespHeaders
		for i, e := range x.Edges {
			c := contentTypeClass(e, depth+1)
			if i > 0 && out != 0 && c != out {
				return TypeComputed
			}
			out = c
		}
		if out == 0 {
			return TypeComputed
		}
		return out
	case *ssa.Call:
		if obj := calleeObj(&x.Call); obj != nil && obj.FullName() == "fmt.Sprintf" && len(x.Call.Args) > 0 {
			v = x.Call.Args[0]
		}
	case *ssa.BinOp:
		v = x.X
	}
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return TypeComputed
	}
	s := strings.ToLower(constant.StringVal(c.Value))
	if i := strings.Index(s, "/"); i < 0 || i+1 == len(s) || s[i+1] == '%' {
		return TypeComputed // the subtype is not constant: "text/" + sub
	}
	if strings.Contains(s, "html") || strings.Contains(s, "svg") || strings.Contains(s, "xml") {
		return TypeHTML // XML types render markup (and SVG runs script)
	}
	return TypePlain
}

// cspNoScript reports whether a Content-Security-Policy value lets the
// page run no script at all.
func cspNoScript(policy string) bool {
	var scriptSrc, defaultSrc []string
	haveScript, haveDefault := false, false
	for _, d := range strings.Split(policy, ";") {
		f := strings.Fields(strings.ToLower(d))
		if len(f) == 0 {
			continue
		}
		switch f[0] {
		case "sandbox":
			if !contains(f[1:], "allow-scripts") {
				return true
			}
		case "script-src":
			if !haveScript {
				haveScript, scriptSrc = true, f[1:]
			}
		case "default-src":
			if !haveDefault {
				haveDefault, defaultSrc = true, f[1:]
			}
		}
	}
	none := func(srcs []string) bool { return len(srcs) == 1 && srcs[0] == "'none'" }
	if haveScript {
		return none(scriptSrc)
	}
	return haveDefault && none(defaultSrc)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// setsHeader recognises Header().Set/Add(k, v) for the Content-Type and
// the Content-Security-Policy, and returns what it sets.
func setsHeader(cc *ssa.CallCommon) (RespHeaders, bool) {
	fn := cc.StaticCallee()
	if fn == nil || len(cc.Args) != 3 {
		return 0, false
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return 0, false
	}
	if n := obj.FullName(); n != "(net/http.Header).Set" && n != "(net/http.Header).Add" {
		return 0, false
	}
	k, ok := cc.Args[1].(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return 0, false
	}
	switch key := constant.StringVal(k.Value); {
	case strings.EqualFold(key, "Content-Type"):
		return ContentTypeClass(cc.Args[2]), true
	case strings.EqualFold(key, "Content-Security-Policy"):
		v, ok := typesutil.Unconvert(cc.Args[2]).(*ssa.Const)
		if ok && v.Value != nil && v.Value.Kind() == constant.String && cspNoScript(constant.StringVal(v.Value)) {
			return NoScript, true
		}
		return 0, true // a policy that may allow script replaces one that did not
	}
	return 0, false
}

func calleeObj(cc *ssa.CallCommon) *types.Func {
	if cc.IsInvoke() {
		return cc.Method
	}
	if fn := cc.StaticCallee(); fn != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		obj, _ := fn.Object().(*types.Func)
		return obj
	}
	return nil
}

// callHeaders returns what a call sets on the response: the header it
// sets itself, or what its callee's summary says it sets on every path.
// isType / isCSP say which of the two headers the call decides.
func (p *pkgState) callHeaders(cc *ssa.CallCommon) (h RespHeaders, isType, isCSP bool) {
	if h, ok := setsHeader(cc); ok {
		if h&typeBits != 0 {
			return h, true, false
		}
		return h, false, true
	}
	if sum := p.staticSummary(cc); sum != nil && sum.headers != 0 {
		return sum.headers, sum.headers&typeBits != 0, sum.headers&NoScript != 0
	}
	return 0, false, false
}

// headersBefore returns the headers set before instr by calls that
// dominate it (an earlier call of its block, or a call in a block that
// dominates it): for each header, the latest such call decides.
func (p *pkgState) headersBefore(instr ssa.Instruction) RespHeaders {
	at := instr.Block()
	if at == nil {
		return 0
	}
	var typ, csp RespHeaders
	typDepth, cspDepth := -1, -1
	for _, b := range instr.Parent().Blocks {
		if !b.Dominates(at) {
			continue
		}
		d := 0
		for x := b.Idom(); x != nil; x = x.Idom() {
			d++
		}
		for _, in := range b.Instrs {
			if in == instr {
				break
			}
			call, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			h, isType, isCSP := p.callHeaders(call.Common())
			if isType && d >= typDepth {
				typ, typDepth = h&typeBits, d
			}
			if isCSP && d >= cspDepth {
				csp, cspDepth = h&NoScript, d
			}
		}
	}
	return typ | csp
}

// safeResponse reports whether HTML written by instr cannot run script:
// a non-HTML Content-Type or a script-free policy was set before it. A
// helper that declares its type (a PlainText(w, s) helper) passes no HTML
// sink on to its callers.
func (p *pkgState) safeResponse(instr ssa.Instruction) bool {
	return p.headersBefore(instr).Safe()
}

// funcHeaders computes what fn sets on the response on every path to its
// returns: for each header, every call in fn that sets it sets the same
// class, and one of them dominates every return.
func (p *pkgState) funcHeaders(fn *ssa.Function) RespHeaders {
	var rets []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if len(b.Instrs) > 0 {
			if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
				rets = append(rets, b)
			}
		}
	}
	if len(rets) == 0 {
		return 0
	}
	domAll := func(b *ssa.BasicBlock) bool {
		for _, r := range rets {
			if !b.Dominates(r) {
				return false
			}
		}
		return true
	}
	var typ, csp RespHeaders
	typSeen, cspSeen, typMixed, cspMixed, typDom, cspDom := false, false, false, false, false, false
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			call, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			h, isType, isCSP := p.callHeaders(call.Common())
			if isType {
				if typSeen && h&typeBits != typ {
					typMixed = true
				}
				typ, typSeen = h&typeBits, true
				typDom = typDom || domAll(b)
			}
			if isCSP {
				if cspSeen && h&NoScript != csp {
					cspMixed = true
				}
				csp, cspSeen = h&NoScript, true
				cspDom = cspDom || domAll(b)
			}
		}
	}
	var out RespHeaders
	if typSeen && !typMixed && typDom {
		out |= typ
	}
	if cspSeen && !cspMixed && cspDom {
		out |= csp
	}
	return out
}

// ResponseHeaders returns what a call in this package sets on the HTTP
// response: a Header().Set of the Content-Type or the
// Content-Security-Policy, or a call of a function that sets them on every
// path.
func (r *Result) ResponseHeaders(call ssa.CallInstruction) RespHeaders {
	if r.p == nil {
		return 0
	}
	h, _, _ := r.p.callHeaders(call.Common())
	return h
}
