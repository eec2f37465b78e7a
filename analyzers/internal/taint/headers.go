package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"net/textproto"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
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
	// Attachment: a Content-Disposition of attachment: the browser saves
	// the body as a file and renders none of it.
	Attachment

	typeBits = TypePlain | TypeHTML | TypeComputed
)

// headerSlots are the headers a response's safety depends on, each
// decided by the last call that sets it: the Content-Type (its class),
// the Content-Security-Policy, the Content-Disposition.
var headerSlots = [...]RespHeaders{typeBits, NoScript, Attachment}

// slotsOf returns the slots of the headers h says something of.
func slotsOf(h RespHeaders) RespHeaders {
	var out RespHeaders
	for _, sl := range headerSlots {
		if h&sl != 0 {
			out |= sl
		}
	}
	return out
}

// Safe reports whether HTML written after the headers cannot run script:
// the body is not served as markup, the policy forbids script, or the
// body is downloaded.
func (h RespHeaders) Safe() bool { return h&(TypePlain|NoScript|Attachment) != 0 }

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
	if h&Attachment != 0 {
		parts = append(parts, "attachment")
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
		if obj := typesutil.Callee(&x.Call); obj != nil && obj.FullName() == "fmt.Sprintf" && len(x.Call.Args) > 0 {
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

// setsHeader recognises Header().Set/Add(k, v) of a header in
// headerSlots, and returns what it sets and the slot it decides.
func setsHeader(cc *ssa.CallCommon) (h, slot RespHeaders) {
	fn := cc.StaticCallee()
	if fn == nil || len(cc.Args) != 3 {
		return 0, 0
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil {
		return 0, 0
	}
	if n := obj.FullName(); n != "(net/http.Header).Set" && n != "(net/http.Header).Add" {
		return 0, 0
	}
	key, ok := typesutil.ConstString(cc.Args[1])
	if !ok {
		return 0, 0
	}
	return headerValue(key, cc.Args[2])
}

// headerValue classifies the value v of the header key: what it sets of
// the response's safety, and the slot it decides (0: another header).
func headerValue(key string, v ssa.Value) (h, slot RespHeaders) {
	switch {
	case strings.EqualFold(key, "Content-Type"):
		if v == nil {
			return TypeComputed, typeBits // a type not known here: it may be HTML
		}
		return ContentTypeClass(v), typeBits
	case strings.EqualFold(key, "Content-Security-Policy"):
		if p, ok := typesutil.ConstString(v); v != nil && ok && cspNoScript(p) {
			return NoScript, NoScript
		}
		return 0, NoScript // a policy that may allow script replaces one that did not
	case strings.EqualFold(key, "Content-Disposition"):
		if d, ok := typesutil.ConstString(stringOperandOf(v)); v != nil && ok && attachment(d) {
			return Attachment, Attachment
		}
		return 0, Attachment
	}
	return 0, 0
}

// stringOperandOf returns the constant text a header value begins with
// where it is built (`attachment; filename="` + name + `"`, or
// fmt.Sprintf's format), else v.
func stringOperandOf(v ssa.Value) ssa.Value {
	for range 4 {
		switch x := typesutil.Unconvert(v).(type) {
		case *ssa.BinOp:
			v = x.X
			continue
		case *ssa.Call:
			if obj := typesutil.Callee(&x.Call); obj != nil && obj.FullName() == "fmt.Sprintf" && len(x.Call.Args) > 0 {
				v = x.Call.Args[0]
				continue
			}
		}
		break
	}
	return v
}

// attachment reports whether a Content-Disposition value (or its
// constant start) makes the response a download.
func attachment(d string) bool {
	d = strings.ToLower(strings.TrimSpace(d))
	return d == "attachment" || strings.HasPrefix(d, "attachment;") || strings.HasPrefix(d, "attachment ")
}

// instrHeaders is callHeaders for a call, and for a store into the
// header map under the canonical key (w.Header()["Content-Type"] =
// []string{"text/plain"}), which net/http reads as Set does. slots are
// the headerSlots the instruction decides.
func (p *pkgState) instrHeaders(in ssa.Instruction) (h, slots RespHeaders) {
	switch x := in.(type) {
	case ssa.CallInstruction:
		return p.callHeaders(x.Common())
	case *ssa.MapUpdate:
		if typesutil.NamedPath(x.Map.Type()) != "net/http.Header" || !responseHeader(x.Map) {
			return 0, 0
		}
		key, ok := typesutil.ConstString(x.Key)
		if !ok || key != "Content-Type" && key != "Content-Security-Policy" && key != "Content-Disposition" {
			return 0, 0 // net/http reads the canonical key only
		}
		var first ssa.Value
		if els, ok := typesutil.InPlaceElems(x.Value); ok && len(els) > 0 {
			first = els[0].Val
		}
		h, slot := headerValue(key, first)
		if slot == typeBits && first == nil {
			h = 0 // a type not known here: it may be HTML
		}
		return h, slot
	}
	return 0, 0
}

// responseHeader reports whether m is the header map of a response
// writer (w.Header()), not a map of the program's own.
func responseHeader(m ssa.Value) bool {
	c, ok := m.(*ssa.Call)
	if !ok {
		return false
	}
	cc := c.Common()
	if cc.IsInvoke() {
		return cc.Method.Name() == "Header" && respWriter(cc.Value)
	}
	fn := cc.StaticCallee()
	return fn != nil && fn.Name() == "Header" && len(cc.Args) == 1 && respWriter(cc.Args[0])
}

// callHeaders returns what a call sets on the response: the header it
// sets itself, or what its callee's summary says it sets on every path.
// slots are the headerSlots the call decides.
func (p *pkgState) callHeaders(cc *ssa.CallCommon) (h, slots RespHeaders) {
	cc = typesutil.Unbind(cc)
	if h, slot := setsHeader(cc); slot != 0 {
		return h, slot
	}
	if h, slot := frameworkHeader(cc); slot != 0 {
		return h, slot // a helper's c.Header("Content-Type", ...)
	}
	h = p.calleeHeaders(cc)
	return h, slotsOf(h)
}

// calleeHeaders returns the headers a static callee sets on every path:
// from its summary here, or from its fact (memoised: a fact is decoded
// once per package, not at every call in every round).
func (p *pkgState) calleeHeaders(cc *ssa.CallCommon) RespHeaders {
	fn := staticOrigin(cc)
	if fn == nil {
		return 0
	}
	if fn.Pkg == p.ssa.Pkg {
		if sum := p.sums[fn]; sum != nil {
			return sum.headers
		}
		return 0
	}
	obj, _ := fn.Object().(*types.Func)
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == p.pass.Pkg {
		return 0
	}
	if h, ok := p.factHeaders[obj]; ok {
		return h
	}
	var f funcFact
	var h RespHeaders
	if p.pass.ImportObjectFact(obj, &f) {
		h = RespHeaders(f.Headers)
	}
	p.factHeaders[obj] = h
	return h
}

// headersBefore returns the headers set before instr by calls that
// dominate it (an earlier call of its block, or a call in a block that
// dominates it): for each header, the latest such call decides.
func (p *pkgState) headersBefore(instr ssa.Instruction) RespHeaders {
	var vals [len(headerSlots)]RespHeaders
	depths := [len(headerSlots)]int{-1, -1, -1}
	var commits []ssa.Instruction
	looked := false
	typesutil.EachBefore(instr, func(in ssa.Instruction, b *ssa.BasicBlock, i, d int) {
		h, slots := p.instrHeaders(in)
		if slots == 0 {
			return
		}
		if !looked {
			commits, looked = committing(instr), true
		}
		if afterCommit(commits, b, i) {
			return
		}
		for k, sl := range headerSlots {
			if slots&sl != 0 && d >= depths[k] {
				vals[k], depths[k] = h&sl, d
			}
		}
	})
	var out RespHeaders
	for _, v := range vals {
		out |= v
	}
	return out
}

// committing returns the calls, before instr on every path to it, that
// send a net/http response's headers: its WriteHeader, or a first write
// (Write, fmt.Fprint*, io.WriteString, io.Copy into it). A header set
// after one is not sent.
func committing(instr ssa.Instruction) []ssa.Instruction {
	var out []ssa.Instruction
	at := instr.Block()
	for _, b := range instr.Parent().Blocks {
		if !b.Dominates(at) {
			continue
		}
		for _, in := range b.Instrs {
			if in == instr {
				break
			}
			if call, ok := in.(ssa.CallInstruction); ok && commitsHeaders(call.Common()) {
				out = append(out, in)
			}
		}
	}
	return out
}

// commitsHeaders reports whether a call sends the headers of a net/http
// response: w.WriteHeader, w.Write, a response writer's own such method
// (echo's *Response), or a modelled writer into w (an HTML write row
// whose writer is its first argument: fmt.Fprintf, io.Copy). The
// WriteHeader of a writer that defers the headers to its first write
// (gin's) sends nothing.
func commitsHeaders(cc *ssa.CallCommon) bool { return commitsHeadersN(cc, 0) }

func commitsHeadersN(cc *ssa.CallCommon, depth int) bool {
	if cc.IsInvoke() {
		return writerCommits(cc.Method.Name(), cc.Value.Type()) && typesutil.Boxed(cc.Value, isRespWriter)
	}
	obj := typesutil.Callee(cc)
	if obj == nil || len(cc.Args) == 0 {
		return false
	}
	if recv := obj.Signature().Recv(); recv != nil {
		return writerCommits(obj.Name(), recv.Type()) && isRespWriter(recv.Type())
	}
	for _, sk := range models.SinksFor(obj.FullName()) {
		if sk.Class == models.HTMLWrite && sk.Writer == models.ResponseWriter && sk.WriterAt == 0 {
			return typesutil.Boxed(cc.Args[0], isRespWriter)
		}
	}
	// A helper of the package handed the writer that writes on every
	// path through it (renderHeader(w, title) printing the page's head).
	if g := cc.StaticCallee(); g != nil && g.Blocks != nil && depth < maxHelperDepth {
		for _, a := range cc.Args {
			if typesutil.Boxed(a, isRespWriter) {
				return alwaysCommits(g, depth+1)
			}
		}
	}
	return false
}

// writerCommits: a response writer's method of that name sends the
// headers (not the WriteHeader of a writer that defers them).
func writerCommits(method string, recv types.Type) bool {
	switch method {
	case "Write", "WriteString":
		return true
	case "WriteHeader":
		return !models.DefersHeaders(typesutil.NamedPath(recv))
	}
	return false
}

// commitKey keys alwaysCommits' memo: the answer depends on how many
// helpers deep it may still look, so that it does not depend on which
// caller asked first.
type commitKey struct {
	fn    *ssa.Function
	depth int
}

var commitMemo sync.Map // commitKey → bool

// alwaysCommits reports whether fn sends a response's headers on every
// path through it: a committing call in a block that dominates each of
// its returns.
func alwaysCommits(fn *ssa.Function, depth int) bool {
	k := commitKey{fn, depth}
	if v, ok := commitMemo.Load(k); ok {
		return v.(bool)
	}
	commitMemo.Store(k, false) // recursion proves nothing
	v := typesutil.EveryPathCall(fn, func(c ssa.CallInstruction) bool { return commitsHeadersN(c.Common(), depth) }) != nil
	commitMemo.Store(k, v)
	return v
}

// HeadersSentBefore reports whether in, an instruction before at on every
// path to it, runs after at's net/http response sent its headers (see
// committing): a header it sets is not served.
func HeadersSentBefore(in, at ssa.Instruction) bool {
	b := in.Block()
	for i, x := range b.Instrs {
		if x == in {
			return afterCommit(committing(at), b, i)
		}
	}
	return false
}

// afterCommit reports whether the instruction at index i of block b runs
// after one of commits on every path.
func afterCommit(commits []ssa.Instruction, b *ssa.BasicBlock, i int) bool {
	for _, c := range commits {
		cb := c.Block()
		if cb != b {
			if cb.Dominates(b) {
				return true
			}
			continue
		}
		for _, in := range b.Instrs[:i] {
			if in == c {
				return true
			}
		}
	}
	return false
}

// safeResponse reports whether HTML written by instr cannot run script:
// a non-HTML Content-Type or a script-free policy was set before it. A
// helper that declares its type (a PlainText(w, s) helper) passes no HTML
// sink on to its callers.
func (p *pkgState) safeResponse(instr ssa.Instruction) bool {
	h := p.headersBefore(instr)
	if h.Safe() {
		return true
	}
	if h&typeBits != 0 {
		return false // the handler's own type replaces the middleware's
	}
	if call, ok := instr.(ssa.CallInstruction); ok && p.typeMaySet(call) {
		return false
	}
	return p.wrappedPlain(instr.Parent())
}

// wrappedPlain reports whether the handler fn is only ever served behind
// a middleware of this package that sets a non-HTML Content-Type (or a
// script-free policy) before it calls the handler it wraps:
// mux.Handle("/echo", plainText(http.HandlerFunc(echo))), or behind a
// router's or a helper's middleware list that holds one (mwstack.go). fn
// must be an unexported package-level function, so that every use of it is
// in this package, every use must hand it to such a middleware, and no
// function may call it.
func (p *pkgState) wrappedPlain(fn *ssa.Function) bool {
	if v, ok := p.wrapped[fn]; ok {
		return v
	}
	if p.wrapped == nil {
		p.wrapped = map[*ssa.Function]bool{}
	}
	p.wrapped[fn] = false // also while fn's uses are followed: a cycle proves nothing
	if fn == nil || fn.Parent() != nil || fn.Object() == nil || fn.Object().Exported() || handlerWriter(fn) == nil {
		return false
	}
	uses := p.funcUses()[fn]
	// A call of fn by another handler serves it behind that one's headers.
	ok := len(uses) > 0 && !p.calledDirectly(fn)
	for _, u := range uses {
		if !p.handedTo(fn, u, 0, p.plainWrapper, true) {
			ok = false
			break
		}
	}
	p.wrapped[fn] = ok
	return ok
}

// funcUses indexes the package's instructions that use one of its
// functions as a value (ssa keeps no referrers for those).
func (p *pkgState) funcUses() map[*ssa.Function][]ssa.Instruction {
	if p.fnUses != nil {
		return p.fnUses
	}
	p.fnUses = map[*ssa.Function][]ssa.Instruction{}
	for _, f := range p.funcs() {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok {
					// A method value (s.echo): a bound wrapper that calls
					// the method.
					if m := typesutil.BoundMethod(mc.Fn.(*ssa.Function)); m != nil && m.Pkg == p.ssa.Pkg {
						p.fnUses[m] = append(p.fnUses[m], instr)
						continue
					}
				}
				var ops [8]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					if op == nil {
						continue
					}
					if g, ok := (*op).(*ssa.Function); ok && g.Pkg == p.ssa.Pkg {
						if c, isCall := instr.(ssa.CallInstruction); isCall && c.Common().Value == g && !c.Common().IsInvoke() {
							continue // a direct call, not a use as a value
						}
						p.fnUses[g] = append(p.fnUses[g], instr)
					}
				}
			}
		}
	}
	return p.fnUses
}

// handedTo reports whether the use u of the handler value v (fn itself,
// or a conversion of it to http.HandlerFunc or an interface) passes it to
// a middleware of this package that wraps it so (wraps, of the middleware
// and its parameter: plainWrapper, which sets a safe Content-Type before
// calling it). typed: the use may also be a router's or a helper's
// middleware list, or another package's middleware, that sets such a
// type.
func (p *pkgState) handedTo(v ssa.Value, u ssa.Instruction, depth int, wraps func(m *ssa.Function, i int) bool, typed bool) bool {
	if depth > 3 {
		return false
	}
	switch x := u.(type) {
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.MakeClosure:
		conv := x.(ssa.Value)
		refs := *conv.Referrers()
		if len(refs) == 0 {
			return false
		}
		for _, r := range refs {
			if !p.handedTo(conv, r, depth+1, wraps, typed) {
				return false
			}
		}
		return true
	case ssa.CallInstruction:
		if typed && p.servedBehindPlain(v, x) {
			return true // a router's or a helper's middleware list (mwstack.go)
		}
		cc := x.Common()
		callee := cc.StaticCallee()
		if cc.IsInvoke() || callee == nil || cc.Value == v {
			return false
		}
		if callee.Pkg != p.ssa.Pkg {
			// Another package's middleware: its fact.
			return typed && len(cc.Args) == 1 && cc.Args[0] == v && p.importedMiddlewareClass(callee) == mwPlain
		}
		for i, a := range cc.Args {
			if a == v && (i >= len(callee.Params) || !wraps(callee, i)) {
				return false
			}
		}
		return slices.Contains(cc.Args, v)
	}
	return false
}

// plainWrapper reports whether the middleware m returns a handler that,
// on every path to each call of the handler m was given as parameter i,
// has set a non-HTML Content-Type or a script-free policy: a closure
// capturing the parameter (next.ServeHTTP(w, r), next(w, r)) whose calls
// of it headersBefore finds safe.
func (p *pkgState) plainWrapper(m *ssa.Function, i int) bool {
	key := wrapperParam{m, i}
	if v, ok := p.plainWrappers[key]; ok {
		return v
	}
	if p.plainWrappers == nil {
		p.plainWrappers = map[wrapperParam]bool{}
	}
	v := p.setsTypeBeforeCalling(m, i)
	p.plainWrappers[key] = v
	return v
}

// wrapperParam is a middleware's handler parameter.
type wrapperParam struct {
	m *ssa.Function
	i int
}

func (p *pkgState) setsTypeBeforeCalling(m *ssa.Function, i int) bool {
	return wrapperCallsAfter(m, i, func(call ssa.CallInstruction) bool { return p.headersBefore(call).Safe() })
}

// wrapperCallsAfter reports whether the middleware m returns a handler
// whose every call of the handler m was given as parameter i (a closure
// capturing it: next.ServeHTTP(w, r), next(w, r)) meets meets, and there
// is one.
func wrapperCallsAfter(m *ssa.Function, i int, meets func(ssa.CallInstruction) bool) bool {
	param := m.Params[i]
	found := false
	for _, b := range m.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for _, r := range ret.Results {
			mc, ok := typesutil.Unconvert(r).(*ssa.MakeClosure)
			if !ok {
				return false
			}
			c := mc.Fn.(*ssa.Function)
			for k, bound := range mc.Bindings {
				if k >= len(c.FreeVars) {
					break
				}
				// The parameter itself, or the variable holding it
				// (a captured parameter lives in one).
				byRef := false
				if a, ok := bound.(*ssa.Alloc); ok && typesutil.StoredOnce(a) == param {
					byRef = true
				} else if bound != param {
					continue
				}
				fv := c.FreeVars[k]
				handlers := []ssa.Value{fv}
				if byRef {
					handlers = nil
					for _, ref := range *fv.Referrers() {
						ld, ok := ref.(*ssa.UnOp)
						if !ok || ld.Op != token.MUL {
							return false // the variable is written or passed on
						}
						handlers = append(handlers, ld)
					}
				}
				for _, h := range handlers {
					for _, ref := range *h.Referrers() {
						var call ssa.CallInstruction
						switch x := ref.(type) {
						case ssa.CallInstruction:
							call = x
						case *ssa.ChangeType:
							if refs := *x.Referrers(); len(refs) == 1 {
								call, _ = refs[0].(ssa.CallInstruction)
							}
						}
						if call == nil || typesutil.Unconvert(call.Common().Value) != h || !meets(call) {
							return false
						}
						found = true
					}
				}
			}
		}
	}
	return found
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
	var vals [len(headerSlots)]RespHeaders
	var seen, mixed, dom [len(headerSlots)]bool
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			h, slots := p.instrHeaders(in)
			for k, sl := range headerSlots {
				if slots&sl == 0 {
					continue
				}
				if seen[k] && h&sl != vals[k] {
					mixed[k] = true
				}
				vals[k], seen[k] = h&sl, true
				dom[k] = dom[k] || domAll(b)
			}
		}
	}
	var out RespHeaders
	for k := range headerSlots {
		if seen[k] && !mixed[k] && dom[k] {
			out |= vals[k]
		}
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
	h, _ := r.p.callHeaders(call.Common())
	return h
}

// sniffedPlain reports whether net/http's content sniffing serves the
// body a handler writes at instr as something other than HTML: no
// Content-Type was set, instr is the first write to the handler's fresh
// response on its path, and the text it writes begins with constant bytes
// that http.DetectContentType, applied here to that prefix, classifies as
// neither HTML nor XML ("Error: " + msg is served as text/plain). sink is
// the modelled function the call is checked as (its callee, or the row an
// interface of the program reaches).
func (p *pkgState) sniffedPlain(instr ssa.CallInstruction, sink string) bool {
	h := p.handlerResponse(instr.Parent())
	cc := instr.Common()
	args := typesutil.CallArgs(cc)
	var helperW *ssa.Parameter // a helper's writer parameter (errwrites.go)
	var wi int
	if h != nil {
		wi = h.argIndex(args)
	} else {
		wi = slices.IndexFunc(args, func(a ssa.Value) bool { return respWriterParam(instr.Parent(), a) != nil })
		if wi >= 0 {
			helperW = respWriterParam(instr.Parent(), args[wi])
		}
	}
	if wi < 0 || wi+1 >= len(args) {
		return false
	}
	if h != nil && !h.firstWrite(p, instr, nil) {
		return p.plainStart(instr, h) // a later write into a body begun plain
	}
	if h != nil && (p.headersBefore(instr)&typeBits != 0 || p.typeMaySet(instr)) {
		return false
	}
	if !p.dataSniffedPlain(cc, args, wi, sink) {
		return false
	}
	return h != nil || p.helperSniffedPlain(instr, helperW)
}

// plainStart reports whether a write of the handler's response that runs
// before instr on every path to it (in a block that dominates instr's) is
// the first write, with no Content-Type set before it, and begins with
// text sniffed as text/plain: the body begins plain, so net/http served
// it as text/plain whatever instr adds (fmt.Fprintf(w, "Import report
// (%d rows)\n", n) and then the rows).
func (p *pkgState) plainStart(instr ssa.CallInstruction, h *handlerResp) bool {
	for b := instr.Block(); b != nil; b = b.Idom() {
		for _, in := range b.Instrs {
			if in == instr {
				break
			}
			c, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := c.Common()
			args := typesutil.CallArgs(cc)
			wi := h.argIndex(args)
			if wi < 0 || wi+1 >= len(args) {
				continue
			}
			obj := typesutil.Callee(cc)
			if obj == nil || writeData("", obj) == writesNone {
				continue
			}
			if h.firstWrite(p, c, nil) && p.headersBefore(c)&typeBits == 0 && !p.typeMaySet(c) && p.dataSniffedPlain(cc, args, wi, obj.FullName()) {
				return true
			}
		}
	}
	return false
}

// dataSniffedPlain reports whether the text a write puts into the writer
// args[wi] begins with constant non-markup bytes.
func (p *pkgState) dataSniffedPlain(cc *ssa.CallCommon, args []ssa.Value, wi int, sink string) bool {
	data := args[wi+1]
	obj := typesutil.Callee(cc)
	switch writeData(sink, obj) {
	case writesFirstElem:
		data = firstElem(data)
	case writesArg:
		if obj != nil && obj.FullName() == "fmt.Fprintf" && wi+2 < len(args) {
			// The format's text up to its first verb comes first.
			return formatPlain(data, elems(args[wi+2]))
		}
	default:
		if obj != nil {
			return false
		}
	}
	return data != nil && p.sniffsPlain(data, 0)
}

// csvHeaderFirst reports whether instr, a write of a record by a CSV
// writer (sink), comes after the same writer wrote a record whose first
// field is constant text that content sniffing serves as text/plain (a
// header row, "name,email"): the writer buffers, so the response's first
// bytes are that row's on every path to instr.
func csvHeaderFirst(instr ssa.CallInstruction, sink string) bool {
	if sink != "(*encoding/csv.Writer).Write" && sink != "(*encoding/csv.Writer).WriteAll" {
		return false
	}
	cc := instr.Common()
	if len(cc.Args) == 0 {
		return false
	}
	cw := cc.Args[0]
	for _, r := range *cw.Referrers() {
		c, ok := r.(ssa.CallInstruction)
		if !ok || c == instr || len(c.Common().Args) < 2 || c.Common().Args[0] != cw {
			continue
		}
		if fn := c.Common().StaticCallee(); fn == nil || fn.String() != "(*encoding/csv.Writer).Write" {
			continue
		}
		if !dominates(c, instr) {
			continue
		}
		if first := firstElem(c.Common().Args[1]); first != nil {
			if s, ok := typesutil.ConstString(first); ok && plainPrefix(s) {
				return true
			}
		}
	}
	return false
}

// handlerWriter returns the response writer parameter of an HTTP handler
// (func(http.ResponseWriter, *http.Request), a ServeHTTP method): the
// server hands it over with nothing written. Nil for other functions.
func handlerWriter(fn *ssa.Function) *ssa.Parameter {
	if fn == nil || fn.Signature.Results().Len() != 0 {
		return nil
	}
	return writerOfHandler(fn)
}

// adaptedHandlerWriter returns the response writer parameter of a handler
// that returns an error for an adapter to report
// (func(http.ResponseWriter, *http.Request) error, served through
// errorHandler(h)); nil for other functions. The callers check that no
// function of the package calls it after writing (handlerResponse).
func adaptedHandlerWriter(fn *ssa.Function) *ssa.Parameter {
	res := fn.Signature.Results()
	if res.Len() != 1 || !types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type()) {
		return nil
	}
	return writerOfHandler(fn)
}

// writerOfHandler returns the writer parameter of a function that takes
// an http.ResponseWriter and an *http.Request, with the writer neither
// stored nor captured; nil otherwise.
func writerOfHandler(fn *ssa.Function) *ssa.Parameter {
	ps := fn.Params
	if fn.Signature.Recv() != nil && len(ps) > 0 {
		ps = ps[1:]
	}
	if len(ps) != 2 || !typesutil.IsNamed(ps[0].Type(), "net/http", "ResponseWriter") {
		return nil
	}
	if !typesutil.IsRequestPtr(ps[1].Type()) {
		return nil
	}
	// A writer stored or captured may be written where this walk does not
	// look.
	for _, r := range *ps[0].Referrers() {
		switch r.(type) {
		case *ssa.Store, *ssa.MakeClosure:
			return nil
		}
	}
	return ps[0]
}

// firstWrite reports whether no call that may write to w can run before
// instr: each call passing w (other than w.Header(), w.WriteHeader and
// skip, a call known to have written nothing when instr runs) lies in a
// block that cannot reach instr's block, or after instr in it.
func firstWrite(p *pkgState, instr ssa.Instruction, w ssa.Value, skip ssa.CallInstruction) bool {
	reach := typesutil.Reaching(instr.Block())
	if a := spillOf(w); a != nil {
		// A parameter a closure captures lives in a variable: each load
		// of it is the writer, and each call of a closure that captures
		// it may write.
		for _, r := range *a.Referrers() {
			switch x := r.(type) {
			case *ssa.UnOp:
				if !firstWrite(p, instr, x, skip) {
					return false
				}
			case *ssa.MakeClosure:
				for _, cr := range *x.Referrers() {
					call, ok := cr.(ssa.CallInstruction)
					if !ok || call.Common().Value != x {
						if _, dbg := cr.(*ssa.DebugRef); dbg {
							continue
						}
						return false // the closure kept or passed on: it may run anywhere
					}
					if call != instr && call != skip && mayRunBefore(call, instr, reach) {
						return false
					}
				}
			}
		}
		return true
	}
	for _, r := range *w.Referrers() {
		call, ok := r.(ssa.CallInstruction)
		if !ok {
			if conv, isConv := r.(ssa.Value); isConv && typesutil.Unconvert(conv) == w {
				// w passed as an io.Writer: each use of the interface.
				for _, r2 := range *conv.Referrers() {
					if c2, ok := r2.(ssa.CallInstruction); ok && c2 != instr && c2 != skip && mayRunBefore(c2, instr, reach) && !errSkipWrite(p, c2, instr, w) {
						return false
					}
				}
			}
			continue
		}
		if call == instr || call == skip {
			continue
		}
		if cc := call.Common(); cc.IsInvoke() && cc.Value == w && (cc.Method.Name() == "Header" || cc.Method.Name() == "WriteHeader") {
			continue
		}
		if mayRunBefore(call, instr, reach) && !errSkipWrite(p, call, instr, w) {
			return false
		}
	}
	return true
}

// typeMaySet reports whether a call that may run before instr may set
// the Content-Type: a Header().Set of it (on some path only, which
// headersBefore does not see), a helper that sets it, or a call handed
// the header map. A call after the headers were sent on every path to it
// (w.WriteHeader(code); w.Header().Set(...)) sets nothing served.
func (p *pkgState) typeMaySet(instr ssa.Instruction) bool {
	if p.servedTyped(instr.Parent()) {
		return true // a middleware in front of the handler may set it
	}
	reach := typesutil.Reaching(instr.Block())
	var commits []ssa.Instruction
	looked := false
	for _, b := range instr.Parent().Blocks {
		if !reach[b] && b != instr.Block() {
			continue
		}
		for i, in := range b.Instrs {
			if in == instr && !reach[b] {
				break
			}
			call, ok := in.(ssa.CallInstruction)
			if !ok || call == instr {
				continue
			}
			if !looked {
				commits, looked = committing(instr), true
			}
			if afterCommit(commits, b, i) {
				continue // the headers were sent: a type set now is not served
			}
			cc := call.Common()
			if _, slot := setsHeader(cc); slot != 0 {
				if slot == typeBits {
					return true
				}
				continue // the policy or the disposition: not the type
			}
			if p.calleeHeaders(cc)&typeBits != 0 {
				return true
			}
			if obj := typesutil.Callee(cc); obj != nil && obj.Signature().Recv() != nil && typesutil.IsNamed(obj.Signature().Recv().Type(), "net/http", "Header") {
				if obj.Name() == "Get" || obj.Name() == "Values" || isOtherKey(cc) {
					continue
				}
				return true
			}
			for _, a := range cc.Args {
				if typesutil.IsNamed(a.Type(), "net/http", "Header") {
					return true
				}
			}
		}
	}
	return false
}

// isOtherKey: a Header method call whose key is a constant other than
// the Content-Type.
func isOtherKey(cc *ssa.CallCommon) bool {
	if len(cc.Args) < 2 {
		return false
	}
	k, ok := cc.Args[1].(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.String && !strings.EqualFold(constant.StringVal(k.Value), "Content-Type")
}

// spillOf returns the variable a parameter is spilled to, when it is
// stored once into it (a closure captures it) and used for nothing else.
func spillOf(w ssa.Value) *ssa.Alloc {
	prm, ok := w.(*ssa.Parameter)
	if !ok || prm.Referrers() == nil {
		return nil
	}
	var a *ssa.Alloc
	for _, r := range *prm.Referrers() {
		st, ok := r.(*ssa.Store)
		if !ok || st.Val != prm {
			if _, dbg := r.(*ssa.DebugRef); dbg {
				continue
			}
			return nil
		}
		if a, ok = st.Addr.(*ssa.Alloc); !ok {
			return nil
		}
	}
	if a == nil || typesutil.StoredOnce(a) != prm {
		return nil
	}
	return a
}

func mayRunBefore(call ssa.CallInstruction, instr ssa.Instruction, reach map[*ssa.BasicBlock]bool) bool {
	b := call.Block()
	if reach[b] {
		return true
	}
	if b != instr.Block() {
		return false
	}
	for _, in := range b.Instrs {
		if in == instr {
			return false
		}
		if in == call {
			return true
		}
	}
	return false
}

// sniffsPlain reports whether the text v begins with constant bytes that
// content sniffing classifies as neither HTML nor XML whatever follows.
func (p *pkgState) sniffsPlain(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	v = typesutil.Unconvert(v)
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil || x.Value.Kind() != constant.String {
			return false
		}
		s := constant.StringVal(x.Value)
		if i := strings.IndexByte(s, '%'); i >= 0 {
			s = s[:i] // a format's verb: what follows is not constant
		}
		return plainPrefix(s)
	case *ssa.BinOp:
		return x.Op == token.ADD && p.sniffsPlain(x.X, depth+1)
	case *ssa.Extract:
		return isError(x.Type()) && (p.plainError(x, depth+1) || stdError(x))
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !p.sniffsPlain(e, depth+1) {
				return false
			}
		}
		return len(x.Edges) > 0
	case *ssa.Call:
		if obj := typesutil.Callee(&x.Call); obj != nil && obj.FullName() == "fmt.Sprintf" && len(x.Call.Args) > 0 {
			return formatCallPlain(&x.Call)
		}
		if isError(x.Type()) && (p.plainError(x, depth+1) || stdError(x)) {
			return true // an error fmt prints by its text: fmt.Fprintln(w, err)
		}
		if cc := &x.Call; cc.IsInvoke() && cc.Method.Name() == "Error" && len(cc.Args) == 0 && p.plainError(cc.Value, depth+1) {
			return true
		}
		return stdErrorText(x)
	}
	return false
}

// plainError reports whether the text of the error v begins plain: an
// error made here (fmt.Errorf("Error decoding state for %s", s),
// errors.New), or the error a function returns when every non-nil error
// it returns is such an error (c, err := s.Connz(opts), whose errors are
// fmt.Errorf("invalid sorting option: %s", o) and the like): see
// plainErrors.
func (p *pkgState) plainError(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	v = typesutil.Unconvert(v)
	idx := 0
	if x, ok := v.(*ssa.Extract); ok {
		v, idx = x.Tuple, x.Index
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL && idx == 0 {
		// A result variable (a function with a defer returns through
		// one): every value stored in it.
		a, ok := u.X.(*ssa.Alloc)
		return ok && everyStore(a, func(x ssa.Value) bool { return isNilConst(x) || p.plainError(x, depth+1) })
	}
	mk, ok := v.(*ssa.Call)
	if !ok {
		if phi, ok := v.(*ssa.Phi); ok && idx == 0 {
			for _, e := range phi.Edges {
				if !isNilConst(e) && !p.plainError(e, depth+1) {
					return false
				}
			}
			return len(phi.Edges) > 0
		}
		return false
	}
	if obj := typesutil.Callee(&mk.Call); obj != nil && len(mk.Call.Args) > 0 {
		switch obj.FullName() {
		case "fmt.Errorf":
			return formatCallPlain(&mk.Call)
		case "errors.New":
			return p.sniffsPlain(mk.Call.Args[0], depth+1)
		}
	}
	if mk.Call.IsInvoke() {
		return false
	}
	g := staticOrigin(&mk.Call)
	if g == nil {
		// A hook another package declares (slotFact).
		f := p.slotFactOf(mk.Call.Value)
		return f != nil && f.PlainErr && idx == mk.Call.Signature().Results().Len()-1
	}
	return p.plainErrors(g, idx)
}

// plainErrors reports whether every non-nil error g returns as result idx
// begins plain (plainError): from its body in this package, from its
// fact (funcFact.PlainErr, of the last result) for another's. Memoised; a
// cycle counts as not.
func (p *pkgState) plainErrors(g *ssa.Function, idx int) bool {
	if g.Pkg != p.ssa.Pkg || g.Blocks == nil {
		res := g.Signature.Results()
		obj, _ := g.Object().(*types.Func)
		var f funcFact
		return idx == res.Len()-1 && obj != nil && obj.Pkg() != nil && obj.Pkg() != p.pass.Pkg &&
			p.pass.ImportObjectFact(obj, &f) && f.PlainErr
	}
	k := plainErrKey{g, idx}
	if v, ok := p.plainErrs[k]; ok {
		return v
	}
	if p.plainErrs == nil {
		p.plainErrs = map[plainErrKey]bool{}
	}
	p.plainErrs[k] = false
	v := forReturned(g, idx, func(r ssa.Value) bool {
		return isNilConst(r) || p.plainError(r, 1)
	})
	p.plainErrs[k] = v
	return v
}

// plainErrKey keys plainErrors' memo.
type plainErrKey struct {
	fn  *ssa.Function
	idx int
}

// exportsPlainErrors: the fact's PlainErr of fn, a function whose last
// result is an error.
func (p *pkgState) exportsPlainErrors(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	return res.Len() > 0 && isError(res.At(res.Len()-1).Type()) && p.plainErrors(fn, res.Len()-1)
}

// formatCallPlain is formatPlain for a call of a format function
// (fmt.Sprintf, fmt.Errorf): its format and its arguments.
func formatCallPlain(cc *ssa.CallCommon) bool {
	var args []ssa.Value
	if len(cc.Args) > 1 {
		args = elems(cc.Args[1])
	}
	return formatPlain(cc.Args[0], args)
}

// formatPlain reports whether what a format prints begins with bytes
// content sniffing serves as plain text: its constant text up to the
// first verb, where a verb that prints a number or a bool of the
// argument it takes ("%d - %v" of a status code) stands for the digits
// it prints.
func formatPlain(format ssa.Value, args []ssa.Value) bool {
	s, ok := typesutil.ConstString(typesutil.Unconvert(format))
	if !ok {
		return false
	}
	var b strings.Builder
	argi := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0123456789.", s[j]) >= 0 {
			j++
		}
		if j >= len(s) {
			break
		}
		if s[j] == '%' {
			b.WriteByte('%')
			i = j
			continue
		}
		if argi >= len(args) || !printsNumber(s[j], args[argi]) {
			break
		}
		b.WriteByte('0')
		argi++
		i = j
	}
	return plainPrefix(b.String())
}

// printsNumber: the verb prints the argument as digits or a bool's word
// (not %c or %U, which print a character).
func printsNumber(verb byte, arg ssa.Value) bool {
	if strings.IndexByte("vdboxXeEfFgGt", verb) < 0 {
		return false
	}
	bt, ok := typesutil.Unconvert(arg).Type().Underlying().(*types.Basic)
	return ok && bt.Info()&(types.IsNumeric|types.IsBoolean) != 0
}

// stdErrorText reports whether c is err.Error() of an error the standard
// library made: the error result of a call into it, which names the
// operation before any text it quotes (strconv's "strconv.ParseInt:
// parsing \"…\"", "parsing time \"…\"", url's "parse \"…\"", os's
// "open …"). Not errors.New or fmt.Errorf, whose text is the program's;
// nor a package that hands back the errors of the readers, writers or
// contexts it is given (io, bufio, context's Cause, errors.Join).
func stdErrorText(c *ssa.Call) bool {
	cc := &c.Call
	if !cc.IsInvoke() || cc.Method.Name() != "Error" || len(cc.Args) != 0 {
		return false
	}
	return stdError(cc.Value)
}

// stdError reports whether the error v was made by the standard library
// (see stdErrorText).
func stdError(v ssa.Value) bool {
	var made *ssa.CallCommon
	switch e := v.(type) {
	case *ssa.Call:
		made = &e.Call
	case *ssa.Extract:
		if t, ok := e.Tuple.(*ssa.Call); ok && e.Index == t.Call.Signature().Results().Len()-1 {
			made = &t.Call
		}
	}
	if made == nil {
		return false
	}
	obj := typesutil.Callee(made)
	if obj == nil || obj.Pkg() == nil || !typesutil.IsStdPath(obj.Pkg().Path()) {
		return false
	}
	switch obj.Pkg().Path() {
	case "errors", "fmt", "io", "bufio", "context":
		return false
	}
	return true
}

// plainPrefix: a body beginning with prefix is not sniffed as markup.
// Every markup signature of the sniffing algorithm (HTML tags, comments,
// "<?xml") begins with '<' after leading white space, so a prefix whose
// first other byte is not '<' decides the class already; DetectContentType
// of the prefix then says which class it is.
func plainPrefix(prefix string) bool {
	s := strings.TrimLeft(prefix, "\t\n\x0c\r ")
	if s == "" || s[0] == '<' {
		return false
	}
	ct := http.DetectContentType([]byte(prefix))
	return !strings.Contains(ct, "html") && !strings.Contains(ct, "xml")
}

// How a writer call writes the data argument after the writer.
const (
	writesNone      = iota // not a modelled writer call
	writesArg              // the argument as it is (Write, io.WriteString, Fprintf's format)
	writesFirstElem        // its first element (fmt.Fprint's variadic list)
)

// writeData classifies a write into a response for sniffedPlain and
// templateErrorPlain by the sink it is checked as, else by its callee: the
// modelled writers of bytes and text.
func writeData(sink string, callee ...*types.Func) int {
	names := []string{sink}
	for _, obj := range callee {
		if obj != nil {
			names = append(names, obj.FullName())
		}
	}
	for _, n := range names {
		switch n {
		case "fmt.Fprint", "fmt.Fprintln":
			return writesFirstElem
		case "fmt.Fprintf", "io.WriteString", "(net/http.ResponseWriter).Write", "(io.Writer).Write", "net/http.Error":
			return writesArg
		}
	}
	// A response writer's own Write or WriteString (gin's
	// c.Writer.WriteString, echo's c.Response().Write).
	for _, obj := range callee {
		if obj == nil {
			continue
		}
		if recv := obj.Signature().Recv(); recv != nil && (obj.Name() == "Write" || obj.Name() == "WriteString") && isRespWriter(recv.Type()) {
			return writesArg
		}
	}
	return writesNone
}

// templateErrorPlain reports whether instr writes, as the start of the
// body, the error of a call in this HTTP handler that executes a named
// template (models.NamedExec) into the handler's writer, where that error
// can carry tainted text only as the template's name: the call's data
// holds no source (what the handler's context or receiver holds, such as a
// page's ctx.Data, is the program's), and the name is quoted only in an
// error returned before the call wrote anything, behind text that content
// sniffing serves as text/plain.
// As in sniffedPlain, the handler's writer is fresh at its entry; nothing
// but the template call may write to it before instr, and no Content-Type
// was or may have been set. sink is as in sniffedPlain.
func (s *fnState) templateErrorPlain(instr ssa.CallInstruction, sink string) bool {
	fn := instr.Parent()
	h := s.p.handlerResponse(fn)
	if h == nil {
		return false
	}
	cc := instr.Common()
	args := typesutil.CallArgs(cc)
	if len(args) != 2 || !h.is(args[0]) {
		return false
	}
	data := args[1]
	switch writeData(sink, typesutil.Callee(cc)) {
	case writesArg:
	case writesFirstElem:
		data = firstElem(data)
	default:
		return false
	}
	exec, row := s.p.namedExecError(data)
	if exec == nil || exec.Parent() != fn {
		return false
	}
	eargs, recv := execArgs(exec.Common())
	ew := rowArg(eargs, recv, row.Writer)
	if ew == nil || !h.is(ew) || h.ctx && s.storesInput(h) {
		return false
	}
	// What an error after output may quote (the data) must hold no
	// source.
	for _, i := range row.Quotes {
		if a := rowArg(eargs, recv, i); a == nil || s.deep(a).Kinds != 0 {
			return false
		}
	}
	if s.p.headersBefore(instr)&typeBits != 0 || s.p.typeMaySet(instr) {
		return false
	}
	return h.firstWrite(s.p, instr, exec)
}

// storesInput reports whether the function stores a value holding a
// source into memory its context reaches (ctx.Data["q"] = input): a later
// read of that memory through another load does not show it.
func (s *fnState) storesInput(h *handlerResp) bool {
	for _, b := range h.root.Parent().Blocks {
		for _, in := range b.Instrs {
			var addr, val ssa.Value
			switch x := in.(type) {
			case *ssa.Store:
				addr, val = x.Addr, x.Val
			case *ssa.MapUpdate:
				addr, val = x.Map, x.Value
			default:
				continue
			}
			if h.derives(addr) && s.deep(val).Kinds != 0 {
				return true
			}
		}
	}
	return false
}

// namedExecError returns the call whose error data is, when data is
// err.Error() (converted, or followed by constant text), or err itself
// (fmt.Fprint(w, err) prints its text), and err the error result of a
// call that executes a named template (namedExecOf).
func (p *pkgState) namedExecError(data ssa.Value) (*ssa.Call, *models.NamedExec) {
	for range 4 {
		data = typesutil.Unconvert(data)
		bin, ok := data.(*ssa.BinOp)
		if !ok || bin.Op != token.ADD {
			break
		}
		if _, isConst := bin.Y.(*ssa.Const); !isConst {
			return nil, nil
		}
		data = bin.X
	}
	if call, ok := data.(*ssa.Call); ok && call.Call.IsInvoke() && call.Call.Method.Name() == "Error" && len(call.Call.Args) == 0 {
		data = call.Call.Value
	}
	var exec *ssa.Call
	switch v := data.(type) {
	case *ssa.Call: // the error is the only result
		if isError(v.Type()) {
			exec = v
		}
	case *ssa.Extract:
		if c, ok := v.Tuple.(*ssa.Call); ok && v.Index == c.Call.Signature().Results().Len()-1 && isError(v.Type()) {
			exec = c
		}
	}
	if exec == nil {
		return nil, nil
	}
	row := p.namedExecOf(exec)
	if row == nil {
		return nil, nil
	}
	return exec, row
}

// bodyless reports whether instr writes into a net/http handler's fresh
// response after the handler sent, as the response's first commit on
// every path to instr, a status that has no body (204 No Content, 304 Not
// Modified): net/http refuses every later write (http.ErrBodyNotAllowed),
// so nothing instr writes reaches the browser.
func (p *pkgState) bodyless(instr ssa.CallInstruction) bool {
	h := p.handlerResponse(instr.Parent())
	if h == nil || h.ctx || h.argIndex(typesutil.CallArgs(instr.Common())) < 0 {
		return false
	}
	for b := instr.Block(); b != nil; b = b.Idom() {
		for _, in := range b.Instrs {
			if in == instr {
				break
			}
			c, ok := in.(ssa.CallInstruction)
			if !ok || !bodylessStatus(c, h.root) {
				continue
			}
			if h.firstWrite(p, c, nil) && !statusMaySend(c, h.root) {
				return true
			}
		}
	}
	return false
}

// bodylessStatus reports whether c is w.WriteHeader(204) or (304).
func bodylessStatus(c ssa.CallInstruction, w ssa.Value) bool {
	cc := c.Common()
	if !cc.IsInvoke() || cc.Method.Name() != "WriteHeader" || typesutil.Unconvert(cc.Value) != w || len(cc.Args) != 1 {
		return false
	}
	code, ok := typesutil.ConstInt(cc.Args[0])
	return ok && (code == http.StatusNoContent || code == http.StatusNotModified)
}

// statusMaySend reports whether another w.WriteHeader may run before c
// (firstWrite does not count those): the status it sends would be the
// response's.
func statusMaySend(c ssa.CallInstruction, w ssa.Value) bool {
	reach := typesutil.Reaching(c.Block())
	for _, r := range *w.Referrers() {
		o, ok := r.(ssa.CallInstruction)
		if !ok || o == c {
			continue
		}
		if cc := o.Common(); cc.IsInvoke() && cc.Method.Name() == "WriteHeader" && mayRunBefore(o, c, reach) {
			return true
		}
	}
	return false
}

// MarkupExt reports whether a file extension (".html" or "html") is
// served as a type that runs script: HTML, SVG or XML.
func MarkupExt(ext string) bool {
	switch strings.ToLower(strings.TrimPrefix(ext, ".")) {
	case "html", "htm", "shtml", "xhtml", "xht", "svg", "xml", "xsl":
		return true
	}
	return false
}

// FrameworkHeader returns what a framework's call sets on its response
// of the headers in headerSlots, and the slot it decides (0 for other
// calls): models.TypeSetter rows, gin's c.Header(k, v), fiber's c.Set(k,
// v) and c.Type(ext).
func FrameworkHeader(call ssa.CallInstruction) (h, slot RespHeaders) {
	return frameworkHeader(call.Common())
}

func frameworkHeader(cc *ssa.CallCommon) (h, slot RespHeaders) {
	obj := typesutil.Callee(cc)
	if obj == nil || !models.TypeSetterName(obj.Name()) {
		return 0, 0 // most calls: without building a full name
	}
	row := models.TypeSetterFor(obj.FullName())
	if row == nil {
		return 0, 0
	}
	args := typesutil.CallArgs(cc)
	hasRecv := obj.Signature().Recv() != nil
	v := modelArg(args, hasRecv, row.Val)
	if v == nil {
		return 0, 0
	}
	if !row.Ext && row.Key == models.None {
		return headerValue("Content-Type", v) // the setter of the type itself
	}
	if !row.Ext {
		key, ok := typesutil.ConstString(modelArg(args, hasRecv, row.Key))
		if !ok {
			return 0, 0
		}
		return headerValue(key, v)
	}
	switch e, isConst := typesutil.ConstString(v); {
	case !isConst:
		return TypeComputed, typeBits
	case MarkupExt(e):
		return TypeHTML, typeBits
	}
	return TypePlain, typeBits
}

// FrameworkType returns the Content-Type class a framework's call sets on
// its response (FrameworkHeader); ok is false for other calls.
func FrameworkType(call ssa.CallInstruction) (h RespHeaders, ok bool) {
	h, slot := FrameworkHeader(call)
	if slot != typeBits {
		return 0, false
	}
	return h, true
}

// frameworkHTMLBefore reports whether the last framework call that sets
// the response's type before instr, on every path to it, sets one that may
// be HTML (fiber's c.Type("html")): a helper's write after it is served
// as such whatever its caller set before.
func frameworkHTMLBefore(instr ssa.Instruction) bool {
	var h RespHeaders
	best := -1
	typesutil.EachBefore(instr, func(in ssa.Instruction, _ *ssa.BasicBlock, _, d int) {
		if call, ok := in.(ssa.CallInstruction); ok {
			if t, ok := FrameworkType(call); ok && d >= best {
				h, best = t, d
			}
		}
	})
	return h&(TypeHTML|TypeComputed) != 0
}

// everyStore reports whether a local variable is only stored to and
// loaded, and ok holds for each value stored; its initial value is the
// zero value.
func everyStore(a *ssa.Alloc, ok func(ssa.Value) bool) bool {
	return everyStoreTo(a, ok, 0)
}

// everyStoreTo is everyStore of the variable v: an Alloc, or the free
// variable a closure that captures one sees (depth: closures within).
func everyStoreTo(v ssa.Value, ok func(ssa.Value) bool, depth int) bool {
	for _, r := range *v.Referrers() {
		switch x := r.(type) {
		case *ssa.Store:
			if x.Addr != v || !ok(x.Val) {
				return false
			}
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
		case *ssa.MakeClosure:
			// A closure that captures the variable stores into it too.
			g, isFn := x.Fn.(*ssa.Function)
			if !isFn || depth > 2 {
				return false
			}
			for i, b := range x.Bindings {
				if b == v && (i >= len(g.FreeVars) || !everyStoreTo(g.FreeVars[i], ok, depth+1)) {
					return false
				}
			}
		case *ssa.DebugRef:
		default:
			return false // it escapes: stored elsewhere too
		}
	}
	return true
}

// reqHeaderKey keys reqHeaderSet's memo.
type reqHeaderKey struct {
	fn  *ssa.Function
	key string
}

// reqHeaderSet reports whether the request header key that the handler fn
// reads is the one a middleware of this package set, and not the
// client's: fn is an unexported package-level handler that sets no such
// header itself; every use of it hands it to a middleware that, on every
// path to its call of the handler, set that header of the request it
// passes on to a value not made from the request (mailpit's
// r.Header.Set("mp-nonce", shortuuid.New()) read back by
// r.Header.Get("mp-nonce")); and every function that calls it is such a
// handler, passing its own request.
func (p *pkgState) reqHeaderSet(fn *ssa.Function, key string) bool {
	k := reqHeaderKey{fn, textproto.CanonicalMIMEHeaderKey(key)}
	if v, ok := p.reqHeaders[k]; ok {
		return v
	}
	if p.reqHeaders == nil {
		p.reqHeaders = map[reqHeaderKey]bool{}
	}
	p.reqHeaders[k] = false
	if fn == nil || fn.Parent() != nil || fn.Object() == nil || fn.Object().Exported() || handlerWriter(fn) == nil || setsReqHeader(fn, k.key) {
		return false
	}
	uses, calls := p.funcUses()[fn], p.directCalls(fn)
	setsIt := func(m *ssa.Function, i int) bool {
		return wrapperCallsAfter(m, i, func(call ssa.CallInstruction) bool { return reqHeaderSetBefore(call, k.key) })
	}
	ok := len(uses)+len(calls) > 0
	for _, u := range uses {
		ok = ok && p.handedTo(fn, u, 0, setsIt, false)
	}
	// A handler that calls it with its own request (a dispatcher's
	// default: index(w, r)) and is itself served so, setting nothing of
	// that header.
	for _, c := range calls {
		args := c.Common().Args
		g := c.Parent()
		ok = ok && len(args) == 2 && len(g.Params) > 0 && args[1] == g.Params[len(g.Params)-1] && p.reqHeaderSet(g, key)
	}
	p.reqHeaders[k] = ok
	return ok
}

// setsReqHeader reports whether fn sets the request header key.
func setsReqHeader(fn *ssa.Function, key string) bool {
	sets := false
	typesutil.EachCall([]*ssa.Function{fn}, func(_ ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func) {
		if n := obj.FullName(); n != "(net/http.Header).Set" && n != "(net/http.Header).Add" || len(cc.Args) != 3 || requestHeaderOf(cc.Args[0]) == nil {
			return
		}
		if k, ok := typesutil.ConstString(cc.Args[1]); !ok || textproto.CanonicalMIMEHeaderKey(k) == key {
			sets = true
		}
	})
	return sets
}

// reqHeaderSetBefore reports whether, on every path to call (a
// middleware's call of the handler it wraps), the request call passes was
// given header key (canonical) with r.Header.Set, to a value not made
// from the request.
func reqHeaderSetBefore(call ssa.CallInstruction, key string) bool {
	var req ssa.Value
	for _, a := range call.Common().Args {
		if typesutil.IsRequestPtr(a.Type()) {
			req = a
		}
	}
	if req == nil {
		return false
	}
	found := false
	typesutil.EachBefore(call, func(in ssa.Instruction, _ *ssa.BasicBlock, _, _ int) {
		c, ok := in.(ssa.CallInstruction)
		if !ok {
			return
		}
		cc := c.Common()
		if fn := cc.StaticCallee(); fn == nil || fn.String() != "(net/http.Header).Set" || len(cc.Args) != 3 {
			return
		}
		if k, ok := typesutil.ConstString(cc.Args[1]); !ok || textproto.CanonicalMIMEHeaderKey(k) != key || requestHeaderOf(cc.Args[0]) != req {
			return
		}
		found = !madeFrom(cc.Args[2], req, 0) // the last such Set decides
	})
	return found
}

// requestHeaderOf returns the request whose Header field h was read from
// (r.Header), or nil.
func requestHeaderOf(h ssa.Value) ssa.Value {
	ld, ok := h.(*ssa.UnOp)
	if !ok || ld.Op != token.MUL {
		return nil
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	if !ok || !typesutil.IsRequestPtr(fa.X.Type()) {
		return nil
	}
	if st, ok := typesutil.Deref(fa.X.Type()).Underlying().(*types.Struct); !ok || st.Field(fa.Field).Name() != "Header" {
		return nil
	}
	return fa.X
}

// madeFrom reports whether v may be computed from the request req: req
// among its operands, through any depth of instructions (calls
// included); true where the walk gives up.
func madeFrom(v, req ssa.Value, depth int) bool {
	if v == req {
		return true
	}
	if depth > 8 {
		return true
	}
	switch v.(type) {
	case *ssa.Const, *ssa.Global, *ssa.Function, *ssa.FreeVar:
		return false // program text, or bound before any request
	case *ssa.Alloc:
		return true // what is stored in it is not followed
	case *ssa.Parameter:
		return typesutil.IsRequestPtr(v.Type())
	}
	in, ok := v.(ssa.Instruction)
	if !ok {
		return true
	}
	var ops [8]*ssa.Value
	for _, op := range in.Operands(ops[:0]) {
		if op != nil && *op != nil && madeFrom(*op, req, depth+1) {
			return true
		}
	}
	return false
}

// middlewareHeader reports whether a call of name with args reads a
// header of fn's request that a middleware set (reqHeaderSet):
// r.Header.Get("mp-nonce").
func (p *pkgState) middlewareHeader(fn *ssa.Function, name string, args []ssa.Value) bool {
	if name != "(net/http.Header).Get" && name != "(net/http.Header).Values" || len(args) != 2 {
		return false
	}
	req, ok := requestHeaderOf(args[0]).(*ssa.Parameter)
	if !ok || req.Parent() != fn {
		return false
	}
	key, ok := typesutil.ConstString(args[1])
	return ok && p.reqHeaderSet(fn, key)
}
