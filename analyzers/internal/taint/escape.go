package taint

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"sync"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Output contexts (models.Escape): an escaping sanitiser marks its result
// escaped for some contexts without clearing its kinds (Taint.Esc); a sink
// with a context (models.Sink.Ctx, models.TypeSink.Ctx) ignores data
// escaped for it. Joining text keeps only the contexts every part was
// escaped for. Values of a trusted type (template.HTML) count as escaped
// for its context: they were checked where they were converted.

// joinEsc merges u's contexts into t's (t before the join was empty: u's
// contexts; otherwise the contexts both were escaped for) and reports
// whether t's changed.
func joinEsc(t *Taint, wasEmpty bool, u Taint) bool {
	e := u.Esc
	if !wasEmpty {
		e &= t.Esc
	}
	if e == t.Esc {
		return false
	}
	t.Esc = e
	return true
}

// escParams returns the bits of t.Params whose text t carries only
// escaped for HTML. None when an escape was misplaced somewhere in t: the
// misfit names one parameter only, so all are judged together.
func escParams(t Taint) uint64 {
	if t.Misfit != nil {
		return 0
	}
	if t.Esc&models.EscHTML != 0 {
		return t.Params
	}
	return t.EscP & t.Params
}

// escKinds reports whether the text of t's sources reaches t only
// escaped for HTML (see escParams).
func escKinds(t Taint) bool {
	return t.Misfit == nil && (t.Esc&models.EscHTML != 0 || t.EscK)
}

// unescapedFor returns t without the parameters, and the sources, whose
// text it carries escaped for a sink of context ctx: an HTML sink reached
// by text that escaped some parts and not others (a translation's
// arguments and not its key; escaped input beside a title the callers
// pass) counts for the others only.
func unescapedFor(t Taint, ctx models.Escape) Taint {
	if ctx != models.EscHTML {
		return t
	}
	if e := escParams(t); e != 0 {
		t.Params &^= e
		t.Blind &^= e
		t.EscP = 0
	}
	if t.Kinds != 0 && escKinds(t) {
		t.clean(t.Kinds)
		t.EscK = false
	}
	return t
}

// escaped reports whether t is safe in a sink of context ctx (0: no
// escaping makes data safe there).
func escaped(t Taint, ctx models.Escape) bool {
	e := t.Esc
	if e&models.EscScheme != 0 {
		e |= models.EscURL
	}
	return ctx != 0 && e&ctx == ctx
}

// fixesScheme reports whether a configured string (see configured) that
// text is appended to fixes the URL scheme of the result: a constant with
// a safe scheme ("https://", "mailto:") or that makes the URL relative (a
// '/', '?' or '#' before any ':'), or a value the program computed or was
// configured with (a base URL, a choice between constants); not a
// constant that leaves the scheme open ("", "java"), nor a choice
// including one.
func fixesScheme(v ssa.Value) bool {
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value == nil || x.Value.Kind() != constant.String {
			return false
		}
		return schemeFixed(constant.StringVal(x.Value))
	case *ssa.Phi:
		for _, e := range x.Edges {
			if _, isConst := e.(*ssa.Const); isConst && !fixesScheme(e) {
				return false
			}
		}
	}
	return true
}

// configured reports whether text carrying t is the program's own or its
// configuration, which decides a URL's scheme as the program meant it: a
// value with no taint, or one of unknown origin that is neither request
// input nor stored data (an environment variable, a package variable, a
// field of a struct the function is given: s.cfg.PublicBase). A whole
// parameter is not: each caller passes its own text, request input
// included.
func configured(t Taint) bool {
	if t.Empty() {
		return true
	}
	const wholeParams = 1<<32 - 1
	return t.Kinds&models.Untrusted == 0 && t.Params&wholeParams == 0 &&
		(t.Source == nil || t.Source.Label != models.LabelStored)
}

// trusted marks a value of a trusted type (models.TypeSink) escaped for
// the type's context.
func trusted(t Taint, typ types.Type) Taint {
	if ts := typeSink(typ); ts != nil && !t.Empty() {
		t.Esc |= ts.Ctx
	}
	return t
}

// typeSink returns the row of a named trusted type, or nil.
func typeSink(typ types.Type) *models.TypeSink {
	n, ok := types.Unalias(typ).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil
	}
	return models.TypeSinkFor(n.Obj().Pkg().Path() + "." + n.Obj().Name())
}

// convSink checks an explicit conversion v of text carrying t to a trusted
// type (template.HTML(s)): a flow into the type's sink class unless t is
// escaped for its context.
func (s *fnState) convSink(v ssa.Value, t Taint) {
	pos := v.Pos()
	if mc, ok := v.(*ssa.MultiConvert); ok && !pos.IsValid() {
		// ssa gives a conversion of a type parameter's value no position:
		// it is always explicit; report it where its value is used.
		pos = usePos(mc)
	}
	if t.Empty() || pos == token.NoPos {
		return
	}
	ts := typeSink(v.Type())
	if ts != nil && ts.InTag {
		t = s.placeInTag(v, t) // v's operand: placeInTag unconverts
	}
	if ts != nil && ts.Ctx == models.EscHTML && escaped(t, ts.Ctx) {
		s.misfitParams(t, ts.Class, ts.Type, pos, nil)
	}
	if ts == nil || escaped(t, ts.Ctx) {
		return
	}
	if t = unescapedFor(t, ts.Ctx); t.Empty() {
		return
	}
	s.flow(&Flow{Class: ts.Class, Sink: ts.Type, Pos: pos, Ctx: ts.Ctx, Taint: t})
}

// usePos returns the position of the first use of v that has one.
func usePos(v ssa.Value) token.Pos {
	for _, r := range *v.Referrers() {
		if r.Pos().IsValid() {
			return r.Pos()
		}
	}
	return token.NoPos
}

// fieldSink checks a store into a field that a library writes into a
// query as it is (models.FieldSink: clause.Expr{SQL: q}).
func (s *fnState) fieldSink(fa *ssa.FieldAddr, st *ssa.Store) {
	n, ok := types.Unalias(typesutil.Deref(fa.X.Type())).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return
	}
	sv, ok := n.Underlying().(*types.Struct)
	if !ok || fa.Field >= sv.NumFields() {
		return
	}
	typ := n.Obj().Pkg().Path() + "." + n.Obj().Name()
	fs := models.FieldSinkFor(typ, sv.Field(fa.Field).Name())
	if fs == nil {
		return
	}
	t := s.deep(st.Val)
	if t.Empty() {
		return
	}
	pos := st.Pos()
	if !pos.IsValid() {
		pos = fa.Pos()
	}
	s.flow(&Flow{Class: fs.Class, Sink: typ + "." + fs.Field, Pos: pos, Taint: t})
}

// respWriter reports whether v is (or wraps in an interface) an HTTP
// response writer: a value whose method set has Header, Write and
// WriteHeader (http.ResponseWriter, gin.ResponseWriter, *echo.Response).
func respWriter(v ssa.Value) bool {
	if typesutil.Boxed(v, isRespWriter) || typesutil.Boxed(v, bodyWriter) || rendererWriter(v) {
		return true
	}
	// A buffered or CSV writer around the response (bufio.NewWriter(w),
	// csv.NewWriter(w)) writes into it when flushed; a MultiWriter writes
	// into each of its writers.
	if c, ok := typesutil.Unconvert(v).(*ssa.Call); ok && len(c.Call.Args) > 0 {
		if fn := c.Call.StaticCallee(); fn != nil {
			switch fn.String() {
			case "bufio.NewWriter", "bufio.NewWriterSize", "encoding/csv.NewWriter":
				return respWriter(c.Call.Args[0])
			case "io.MultiWriter":
				for _, w := range elems(c.Call.Args[0]) {
					if respWriter(w) {
						return true
					}
				}
			}
		}
	}
	return false
}

// stdWriter reports whether v is os.Stdout or os.Stderr (possibly in an
// interface).
func stdWriter(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		if g, ok := u.X.(*ssa.Global); ok && g.Pkg != nil && g.Pkg.Pkg.Path() == "os" {
			return g.Name() == "Stdout" || g.Name() == "Stderr"
		}
	}
	return false
}

func isRespWriter(t types.Type) bool {
	if v, ok := respWriterTypes.Load(t); ok {
		return v.(bool)
	}
	v := isRespWriterType(t)
	respWriterTypes.Store(t, v)
	return v
}

// mayHaveMethod reports whether t (or *t) may have a method of that name:
// false for a type that is neither a struct nor an interface (no embedded
// methods) and declares none of that name.
func mayHaveMethod(t types.Type, name string) bool {
	found := false
	complete := eachMethod(t, func(m *types.Func) bool {
		found = found || m.Name() == name
		return !found
	})
	return found || !complete
}

// eachMethod calls f with the methods of t and *t, without computing a
// method set, while f returns true: an interface's, or a named type's
// declared methods when it embeds nothing. complete is false when t may
// have other methods (promoted from an embedded field).
func eachMethod(t types.Type, f func(*types.Func) bool) (complete bool) {
	d := typesutil.Deref(t)
	if it, ok := d.Underlying().(*types.Interface); ok {
		for i := range it.NumMethods() {
			if !f(it.Method(i)) {
				break
			}
		}
		return true
	}
	if st, ok := d.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			if st.Field(i).Embedded() {
				return false
			}
		}
	}
	n, ok := types.Unalias(d).(*types.Named)
	if !ok {
		return true
	}
	for i := range n.NumMethods() {
		if !f(n.Method(i)) {
			break
		}
	}
	return true
}

// respWriterTypes memoises isRespWriter (passes run concurrently).
var respWriterTypes sync.Map

func isRespWriterType(t types.Type) bool {
	if !mayHaveMethod(t, "WriteHeader") {
		return false // most types: without computing a method set
	}
	ms := types.NewMethodSet(t)
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		if _, isIface := t.Underlying().(*types.Interface); !isIface {
			ms = types.NewMethodSet(types.NewPointer(t))
		}
	}
	n := 0
	for _, name := range []string{"Header", "Write", "WriteHeader"} {
		if ms.Lookup(nil, name) != nil {
			n++
		}
	}
	return n == 3
}

// replacerEsc returns the contexts a strings.Replacer v escapes for: HTML
// when it is made by strings.NewReplacer from constant pairs that replace
// each of & < > " ' with text that has none of < > " ' (an entity), and
// keep no other text holding one of them ("<b>" replaced by itself would
// let markup through). Other text may become the program's own markup
// ("\n" to "<br>"). Followed through φ-nodes and the package variables
// and fields this package stores it in (every store must be such a
// replacer).
func (p *pkgState) replacerEsc(v ssa.Value, depth int) models.Escape {
	if v == nil || depth > 4 {
		return 0
	}
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Call:
		obj := typesutil.Callee(&x.Call)
		if obj == nil || obj.FullName() != "strings.NewReplacer" || len(x.Call.Args) != 1 {
			return 0
		}
		els, ok := typesutil.InPlaceElems(x.Call.Args[0])
		if !ok || len(els)%2 != 0 {
			return 0
		}
		pairs := make([]string, len(els))
		for _, e := range els {
			str, ok := typesutil.ConstString(e.Val)
			if !ok || e.Index < 0 || e.Index >= len(pairs) {
				return 0
			}
			pairs[e.Index] = str
		}
		return htmlReplacer(pairs)
	case *ssa.Phi:
		e := models.Escape(0xff)
		for _, ed := range x.Edges {
			e &= p.replacerEsc(ed, depth+1)
		}
		if len(x.Edges) == 0 {
			return 0
		}
		return e
	case *ssa.UnOp:
		if x.Op != token.MUL {
			return 0
		}
		stores := p.slotStores(x.X)
		if len(stores) == 0 {
			return 0
		}
		e := models.Escape(0xff)
		for _, sv := range stores {
			e &= p.replacerEsc(sv, depth+1)
		}
		return e
	}
	return 0
}

// htmlReplacer judges strings.NewReplacer's old, new pairs (see
// replacerEsc).
func htmlReplacer(pairs []string) models.Escape {
	const markup = "&<>\"'"
	replaced := map[byte]bool{}
	for i := 0; i+1 < len(pairs); i += 2 {
		old, repl := pairs[i], pairs[i+1]
		if !strings.ContainsAny(old, markup) {
			continue // the program's markup for other text
		}
		if strings.ContainsAny(repl, "<>\"'") {
			return 0
		}
		if len(old) == 1 {
			replaced[old[0]] = true
		}
	}
	if len(replaced) != len(markup) {
		return 0
	}
	return models.EscHTML
}

// rawJSONWriter returns the writer a json.Encoder enc was made with
// (json.NewEncoder(w) in this function) when SetEscapeHTML is called on it
// with anything but true; nil otherwise.
func rawJSONWriter(enc ssa.Value) ssa.Value {
	c, ok := typesutil.Unconvert(enc).(*ssa.Call)
	if !ok || len(c.Call.Args) != 1 {
		return nil
	}
	if fn := c.Call.StaticCallee(); fn == nil || fn.String() != "encoding/json.NewEncoder" {
		return nil
	}
	for _, r := range *c.Referrers() {
		call, ok := r.(ssa.CallInstruction)
		if !ok || len(call.Common().Args) != 2 || call.Common().Args[0] != c {
			continue
		}
		if fn := call.Common().StaticCallee(); fn != nil && fn.String() == "(*encoding/json.Encoder).SetEscapeHTML" && !isBool(call.Common().Args[1], true) {
			return c.Call.Args[0]
		}
	}
	return nil
}

// calledOn reports whether the method named (a FullName) is called on v,
// a value made in this function (json.NewDecoder(r.Body)), before or
// after: v.DisallowUnknownFields().
func calledOn(v ssa.Value, method string) bool {
	if v == nil {
		return false
	}
	v = typesutil.Unconvert(v)
	for _, r := range *v.Referrers() {
		call, ok := r.(ssa.CallInstruction)
		if !ok || len(call.Common().Args) == 0 || call.Common().Args[0] != v {
			continue
		}
		if fn := call.Common().StaticCallee(); fn != nil && fn.String() == method {
			return true
		}
	}
	return false
}
