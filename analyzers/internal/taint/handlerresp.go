package taint

import (
	"go/token"
	"go/types"
	"slices"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// The response an HTTP handler is handed.
//
// net/http hands a handler func(w, r) its response with nothing written.
// So do the frameworks and the applications that wrap the writer and the
// request in a context: gin's *gin.Context (its Writer field), echo's
// echo.Context (its Response method), a program's own
// Context{Resp, Req} handed to handlers func(ctx *Context). Content
// sniffing (sniffedPlain, templateErrorPlain) decides such a handler's
// response from its first write as much as a func(w, r)'s: a handlerResp
// says how the handler reaches its writer, and which calls may have
// written before a given one.

// handlerResp is a handler's fresh response: root is the writer parameter
// of a func(w, r), or (ctx) the one parameter of a handler that receives a
// context holding the writer and the request.
type handlerResp struct {
	root *ssa.Parameter
	ctx  bool
	// adapted: a func(w, r) error handler, which an adapter serves (see
	// adaptedHandlerWriter).
	adapted bool
	holds   map[reachKey]bool // memoises holdsWriter (reaches)
}

// handlerResponse returns fn's fresh response, or nil when fn is not such
// a handler. A handler on a context returns nothing or only an error (an
// echo handler) and takes the context alone (after a receiver); its type
// holds, through fields or methods without parameters, both a response
// writer and the *http.Request. A context stored or captured may be
// written where the walk does not look: then nil, as for a context
// handler that a function of the package calls.
func (p *pkgState) handlerResponse(fn *ssa.Function) *handlerResp {
	if h, ok := p.handlerResps[fn]; ok {
		return h
	}
	h := newHandlerResp(fn, p.holdsCache())
	if h != nil && (h.ctx || h.adapted) && p.calledDirectly(fn) {
		// A function of a handler's shape that another calls
		// (notFound(c) after a write) gets a response already begun.
		h = nil
	}
	if p.handlerResps == nil {
		p.handlerResps = map[*ssa.Function]*handlerResp{}
	}
	p.handlerResps[fn] = h
	return h
}

func newHandlerResp(fn *ssa.Function, holds map[reachKey]bool) *handlerResp {
	if w := handlerWriter(fn); w != nil {
		return &handlerResp{root: w}
	}
	if fn == nil {
		return nil
	}
	if w := adaptedHandlerWriter(fn); w != nil {
		return &handlerResp{root: w, adapted: true}
	}
	res := fn.Signature.Results()
	if res.Len() > 1 || res.Len() == 1 && !types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type()) {
		return nil
	}
	ps := fn.Params
	if fn.Signature.Recv() != nil && len(ps) > 0 {
		ps = ps[1:]
	}
	if len(ps) != 1 {
		return nil
	}
	h := &handlerResp{root: ps[0], ctx: true, holds: holds}
	t := ps[0].Type()
	if isRespWriter(t) || !h.holdsWriter(t) || !reaches(t, typesutil.IsRequestPtr, 0, map[reachKey]bool{}) {
		return nil
	}
	for _, r := range *ps[0].Referrers() {
		switch r.(type) {
		case *ssa.Store, *ssa.MakeClosure:
			return nil
		}
	}
	return h
}

// holdsCache returns the package's memo of holdsWriter, which every
// handlerResp shares: the answer depends on the type only.
func (p *pkgState) holdsCache() map[reachKey]bool {
	if p.holds == nil {
		p.holds = map[reachKey]bool{}
	}
	return p.holds
}

// holdsWriter reports whether a value of type t is or reaches a response
// writer (see reaches).
func (h *handlerResp) holdsWriter(t types.Type) bool {
	if v, ok := writerHolders.Load(t); ok {
		return v.(bool)
	}
	v := reaches(t, isRespWriter, 0, h.holds)
	writerHolders.Store(t, v)
	return v
}

// writerHolders memoises holdsWriter for every package (passes run
// concurrently, and types are shared between them): the answer depends
// on the type only.
var writerHolders sync.Map

// maxCtxDepth bounds the fields followed from a context to its writer
// (gin's c.Writer, gitea's ctx.Base.Resp): deeper, the walk would cross
// the program's whole data model.
const maxCtxDepth = 2

// reachKey memoises reaches: a type at a depth.
type reachKey struct {
	t     types.Type
	depth int
}

// reaches reports whether t, or a field of the struct t is or points to
// (followed maxCtxDepth deep), satisfies pred, or t has a method without
// parameters whose one result does. memo is for one pred.
func reaches(t types.Type, pred func(types.Type) bool, depth int, memo map[reachKey]bool) bool {
	k := reachKey{t, depth}
	if v, ok := memo[k]; ok {
		return v
	}
	v := reachesOnce(t, pred, depth, memo)
	memo[k] = v
	return v
}

func reachesOnce(t types.Type, pred func(types.Type) bool, depth int, memo map[reachKey]bool) bool {
	if pred(t) {
		return true
	}
	if depth >= maxCtxDepth {
		return false
	}
	if st, ok := typesutil.Deref(t).Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if reaches(st.Field(i).Type(), pred, depth+1, memo) {
				return true
			}
		}
	}
	accessor := func(sig *types.Signature) bool {
		return sig.Params().Len() == 0 && sig.Results().Len() == 1 && pred(sig.Results().At(0).Type())
	}
	found := false
	if eachMethod(t, func(m *types.Func) bool {
		found = accessor(m.Signature())
		return !found
	}) {
		return found
	}
	mt := t
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		mt = types.NewPointer(t) // the methods of an addressable value
	}
	ms := types.NewMethodSet(mt)
	for i := range ms.Len() {
		if sig, ok := ms.At(i).Type().(*types.Signature); ok && accessor(sig) {
			return true
		}
	}
	return false
}

// is reports whether v is the handler's response writer.
func (h *handlerResp) is(v ssa.Value) bool {
	if !h.ctx {
		return typesutil.Unconvert(v) == h.root
	}
	return typesutil.Boxed(v, isRespWriter) && h.derives(v)
}

// argIndex returns the index of the first of args that is the handler's
// response writer, or -1.
func (h *handlerResp) argIndex(args []ssa.Value) int {
	return slices.IndexFunc(args, h.is)
}

// derives reports whether v is read from the handler's context: the
// context itself, a field of it, or the result of one of its methods
// without arguments (c.Response()), followed down.
func (h *handlerResp) derives(v ssa.Value) bool {
	for range 12 {
		v = typesutil.Unconvert(v)
		if v == h.root {
			return true
		}
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.Call:
			recv, ok := accessorRecv(&x.Call)
			if !ok {
				return false
			}
			v = recv
		default:
			return false
		}
	}
	return false
}

// accessorRecv returns the receiver of a call of a method that takes no
// arguments and returns one value (c.Response(), c.Writer.Size()).
func accessorRecv(cc *ssa.CallCommon) (ssa.Value, bool) {
	if cc.IsInvoke() {
		return cc.Value, len(cc.Args) == 0 && cc.Signature().Results().Len() == 1
	}
	fn := cc.StaticCallee()
	if fn == nil || fn.Signature.Recv() == nil || len(cc.Args) != 1 || fn.Signature.Results().Len() != 1 {
		return nil, false
	}
	return cc.Args[0], true
}

// firstWrite reports whether no call that may write to the response can
// run before instr (skip aside: a call known to have written nothing when
// instr runs). For a context: a call handed the context or what it holds
// of the writer may write, unless it only reads (a modelled source such as
// c.Param, an accessor such as c.Response()) or only touches the headers
// (Header, WriteHeader: net/http sniffs at the first body write); the
// writer stored or captured before instr may have been written anywhere.
func (h *handlerResp) firstWrite(p *pkgState, instr ssa.Instruction, skip ssa.CallInstruction) bool {
	if !h.ctx {
		return firstWrite(p, instr, h.root, skip)
	}
	reach := typesutil.Reaching(instr.Block())
	for _, b := range instr.Parent().Blocks {
		if !reach[b] && b != instr.Block() {
			continue
		}
		for _, in := range b.Instrs {
			if in == instr {
				if !reach[b] {
					break
				}
				continue
			}
			if in != skip && h.writesAt(p, in) {
				return false
			}
		}
	}
	return true
}

// writesAt reports whether the instruction in may write the response:
// a call that may (mayWrite), or a store or capture of the writer, which
// may then be written anywhere.
func (h *handlerResp) writesAt(p *pkgState, in ssa.Instruction) bool {
	switch x := in.(type) {
	case *ssa.Store:
		return h.given(x.Val)
	case *ssa.MakeClosure:
		return slices.ContainsFunc(x.Bindings, h.given)
	case ssa.CallInstruction:
		return h.mayWrite(p, x.Common())
	}
	return false
}

// given: v is the context or a part of it that reaches the writer (in an
// interface too: the writer passed as an io.Writer).
func (h *handlerResp) given(v ssa.Value) bool {
	return h.derives(v) && typesutil.Boxed(v, h.holdsWriter) // the cheap test first
}

// mayWrite reports whether a call may write the handler's response body.
func (h *handlerResp) mayWrite(p *pkgState, cc *ssa.CallCommon) bool {
	args := typesutil.CallArgs(cc)
	var handed uint64
	for i, a := range args {
		if i < 64 && h.given(a) {
			handed |= 1 << i
		}
	}
	if handed == 0 {
		return false
	}
	if _, ok := accessorRecv(cc); ok {
		return false
	}
	obj := typesutil.Callee(cc)
	if obj == nil {
		return true
	}
	if models.SourceFor(obj.FullName()) != nil {
		return false
	}
	if recv := obj.Signature().Recv(); recv != nil && len(args) > 0 && typesutil.Boxed(args[0], isRespWriter) {
		switch obj.Name() {
		case "Header", "WriteHeader":
			return false
		}
	}
	if cc.IsInvoke() || obj.Pkg() != nil && models.ModelledPackage(obj.Pkg().Path()) {
		return true // a framework's own method (c.JSON) speaks through its rows
	}
	return handed&^p.quietParams(staticOrigin(cc)) != 0
}

// quietParams returns the parameters (bit i: fn.Params[i], the receiver
// first) that reach a response writer and through which fn writes
// nothing: it neither writes them, nor hands them to a call that may
// write (see mayWrite), nor stores or captures them. From the function's
// body in this package (memoised; a cycle counts as writing), from its
// fact (funcFact.Quiet) for another package's.
func (p *pkgState) quietParams(fn *ssa.Function) uint64 {
	if fn == nil {
		return 0
	}
	if q, ok := p.quiet[fn]; ok {
		return q
	}
	if p.quiet == nil {
		p.quiet = map[*ssa.Function]uint64{}
	}
	p.quiet[fn] = 0
	var q uint64
	if fn.Pkg != p.ssa.Pkg {
		if obj, _ := fn.Object().(*types.Func); obj != nil && obj.Pkg() != nil && obj.Pkg() != p.pass.Pkg {
			var f funcFact
			if p.pass.ImportObjectFact(obj, &f) {
				q = f.Quiet
			}
		}
	} else if len(fn.Blocks) > 0 {
		for i, prm := range fn.Params {
			if i >= 64 {
				break
			}
			h := &handlerResp{root: prm, ctx: true, holds: p.holdsCache()}
			if h.holdsWriter(prm.Type()) && !h.writesAnywhere(p) {
				q |= 1 << i
			}
		}
	}
	p.quiet[fn] = q
	return q
}

// writesAnywhere reports whether some instruction of the function may
// write through h's root (firstWrite over the whole body).
func (h *handlerResp) writesAnywhere(p *pkgState) bool {
	for _, b := range h.root.Parent().Blocks {
		for _, in := range b.Instrs {
			if h.writesAt(p, in) {
				return true
			}
		}
	}
	return false
}

// Helpers that write a response they are given (writeError(w, code, msg)).
//
// Whether content sniffing serves a helper's write as text/plain depends
// on its caller: on the caller's response being fresh, and on the text
// the caller passes. A helper's HTML write whose text begins with one of
// its parameters, written into its response-writer parameter before
// anything else and with no Content-Type set, records that parameter as
// leading the body (Flow.Leads); a caller that is a handler calling it as
// its first write, with text that begins with constant non-markup bytes,
// is served text/plain for that parameter.

// leadParams returns the parameters whose text begins the body the write
// instr (checked as sink) puts into this function's response-writer
// parameter, and that parameter's index.
func (s *fnState) leadParams(instr ssa.CallInstruction, sink string) (uint64, int, bool) {
	cc := instr.Common()
	args := typesutil.CallArgs(cc)
	wi := -1
	var wh *handlerResp
	for i, a := range args {
		if wh = s.respParam(a); wh != nil {
			wi = i
			break
		}
	}
	if wi < 0 || wi+1 >= len(args) {
		return 0, 0, false
	}
	data := args[wi+1]
	obj := typesutil.Callee(cc)
	plain := false
	switch writeData(sink, obj) {
	case writesFirstElem:
		data = firstElem(data)
	case writesArg:
		if obj != nil && obj.FullName() == "fmt.Fprintf" && wi+2 < len(args) {
			plain = formatPlain(data, elems(args[wi+2]))
		}
	default:
		return 0, 0, false
	}
	if data == nil {
		return 0, 0, false
	}
	plain = plain || s.p.sniffsPlain(data, 0)
	var bit uint64
	lead := leadingValue(data)
	if k := s.paramIndex(lead); k >= 0 && k < 32 {
		bit = 1 << k
	} else if u, ok := lead.(*ssa.UnOp); ok && u.Op == token.MUL {
		// The first of a variadic list, message[0]: the bit of the
		// list's elements.
		if ia, ok := u.X.(*ssa.IndexAddr); ok && isZero(ia.Index) {
			if k := s.paramIndex(ia.X); k >= 0 && k < 32 {
				bit = s.fieldBit(k, "[]")
			}
		}
	}
	if bit == 0 && !plain || s.p.headersBefore(instr)&typeBits != 0 || s.p.typeMaySet(instr) || !wh.firstWrite(s.p, instr, nil) {
		return 0, 0, false
	}
	return bit, slices.Index(s.fn.Params, wh.root), plain
}

// respParam returns, when a is this function's response-writer
// parameter or is read from a parameter that holds one (ctx.Resp), that
// parameter's response.
func (s *fnState) respParam(a ssa.Value) *handlerResp {
	if k := s.paramIndex(a); k >= 0 && typesutil.Boxed(a, isRespWriter) {
		return &handlerResp{root: s.fn.Params[k]}
	}
	for _, prm := range s.fn.Params {
		h := &handlerResp{root: prm, ctx: true, holds: s.p.holdsCache()}
		if !isRespWriter(prm.Type()) && h.holdsWriter(prm.Type()) && h.is(a) {
			return h
		}
	}
	return nil
}

func isZero(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.String() == "0"
}

// passLeads is leadParams for a call of a helper whose effect e has
// leading parameters: this function's parameters passed to them, when
// its own response-writer parameter is the helper's and the call is its
// first write, with no Content-Type set before.
func (s *fnState) passLeads(instr ssa.CallInstruction, args []ssa.Value, e *sinkEffect) (uint64, int, bool) {
	if e.LeadW >= len(args) || !typesutil.Boxed(args[e.LeadW], isRespWriter) {
		return 0, 0, false
	}
	wk := s.paramIndex(args[e.LeadW])
	if wk < 0 || s.p.headersBefore(instr)&typeBits != 0 || s.p.typeMaySet(instr) || !firstWrite(s.p, instr, s.fn.Params[wk], nil) {
		return 0, 0, false
	}
	var out uint64
	plain := e.LeadPlain
	for bit := range min(len(args), 32) {
		if e.Leads&(1<<bit) == 0 {
			continue
		}
		if k := s.paramIndex(leadingValue(args[bit])); k >= 0 && k < 32 {
			out |= 1 << k
		} else if s.p.receiverError(s.fn, leadingValue(args[bit])) {
			out |= 1 // a handler adapter's receiver's error: its bit (adapterRoutes)
		}
		// Text of this function's own that begins plain
		// (fmt.Sprintf("Unknown authtype %q", t)): the body does.
		plain = plain || s.p.sniffsPlain(args[bit], 0)
	}
	return out, wk, plain
}

// receiverError reports whether v is the error the receiver of fn, a
// handler adapter's method, returns (see adapterRoutes), which stands for the receiver's
// bit.
func (p *pkgState) receiverError(fn *ssa.Function, v ssa.Value) bool {
	if !isError(v.Type()) || len(fn.Params) == 0 || !p.routedErrorHandler(fn) {
		return false
	}
	if x, ok := v.(*ssa.Extract); ok {
		v = x.Tuple
	}
	c, ok := v.(*ssa.Call)
	return ok && !c.Call.IsInvoke() && c.Call.Value == fn.Params[0]
}

// writesFirst reports whether the call instr of a helper whose effect e
// writes into its parameter LeadW is this handler's first write into its
// fresh response, with no Content-Type set before.
func (s *fnState) writesFirst(instr ssa.CallInstruction, args []ssa.Value, e *sinkEffect) bool {
	if e.LeadW >= len(args) {
		return false
	}
	h := s.p.handlerResponse(s.fn)
	if h == nil || !h.is(args[e.LeadW]) && (!h.ctx || !h.given(args[e.LeadW])) {
		return false
	}
	return s.p.headersBefore(instr)&typeBits == 0 && !s.p.typeMaySet(instr) && h.firstWrite(s.p, instr, nil)
}

// leadsPlain reports whether the argument for leading parameter bit of a
// helper's effect e begins a body sniffed as text/plain: this function is
// a handler, the helper writes into its response first, and the argument
// begins with constant non-markup text.
func (s *fnState) leadsPlain(instr ssa.CallInstruction, args []ssa.Value, sum *summary, e *sinkEffect, bit int) bool {
	if e.LeadW >= len(args) {
		return false
	}
	var a ssa.Value
	switch k := bit - 32; {
	case bit < len(args) && bit < 32:
		a = args[bit]
	case k >= 0 && k < len(sum.fieldParams) && sum.fieldParams[k].path == "[]" && sum.fieldParams[k].param < len(args):
		a = firstElem(args[sum.fieldParams[k].param]) // the list's first element
	default:
		return false
	}
	return a != nil && s.writesFirst(instr, args, e) && s.p.sniffsPlain(a, 0)
}

// paramIndex returns the index of v (after conversions) among the
// function's parameters, or -1.
func (s *fnState) paramIndex(v ssa.Value) int {
	v = typesutil.Unconvert(v)
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		// A parameter spilled because a closure captures it: a load of
		// its variable.
		if a, ok := u.X.(*ssa.Alloc); ok {
			if prm, ok := typesutil.StoredOnce(a).(*ssa.Parameter); ok && spillOf(prm) == a {
				v = prm
			}
		}
	}
	prm, ok := v.(*ssa.Parameter)
	if !ok {
		return -1
	}
	return slices.Index(s.fn.Params, prm)
}

// leadingValue returns the value a text begins with: the left operand of
// a concatenation, through conversions ([]byte(msg + "\n") begins with
// msg), and an error whose text it is (err.Error() + "<br>" begins with
// err).
func leadingValue(v ssa.Value) ssa.Value {
	for range 8 {
		v = typesutil.Unconvert(v)
		if c, ok := v.(*ssa.Call); ok && c.Call.IsInvoke() && c.Call.Method.Name() == "Error" && isError(c.Call.Value.Type()) {
			return c.Call.Value
		}
		b, ok := v.(*ssa.BinOp)
		if !ok || b.Op != token.ADD {
			break
		}
		v = b.X
	}
	return v
}

// Helpers that type the response before writing (writeText(w, code, msg)
// setting text/plain): the type holds only where the caller has not sent
// the headers already (a handler that wrote a page, then calls it). Such
// a write is safe in the helper, and a sink for the callers that did.

// typedHere records, for a write at instr that safeResponse found safe,
// the parameters whose text it writes (t) as a sink effect that holds
// only at callers that sent the headers before the call: when a
// non-HTML type set in this function made it safe, and the writer is
// this function's response-writer parameter (a handler's own response is
// fresh: the type holds).
func (s *fnState) typedHere(t Taint, instr ssa.CallInstruction, name string, ctx models.Escape) {
	if t.Params == 0 || handlerWriter(s.fn) != nil || s.p.headersBefore(instr)&TypePlain == 0 {
		return
	}
	wp := -1
	for _, a := range typesutil.CallArgs(instr.Common()) {
		if k := s.paramIndex(a); k >= 0 && typesutil.Boxed(a, isRespWriter) {
			wp = k
			break
		}
	}
	if wp < 0 {
		return
	}
	t = s.withoutFV(t)
	if t.Params == 0 {
		return
	}
	s.sum.addSink(sinkEffect{Class: models.HTMLWrite, Sink: name, SinkPos: instr.Pos(), Params: t.Params, Blind: t.Blind, Built: t.Built,
		Construct: t.Construct, Ctx: ctx, Typed: wp + 1})
}

// sentBefore reports whether the call instr runs after the response's
// headers were sent on every path to it (a write or WriteHeader before
// it): a type its callee sets is then not served.
func sentBefore(instr ssa.CallInstruction) bool { return len(committing(instr)) > 0 }

// bodyBegun reports whether a write of the body (not WriteHeader alone)
// ran before instr on every path to it: the page has begun.
func bodyBegun(instr ssa.CallInstruction) bool {
	for _, c := range committing(instr) {
		if cc := c.(ssa.CallInstruction).Common(); !cc.IsInvoke() || cc.Method.Name() != "WriteHeader" {
			return true
		}
	}
	return false
}
