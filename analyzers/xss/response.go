package xss

import (
	"go/types"
	"path"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// contentType is what a function set as the response's Content-Type
// before a write.
type contentType int

const (
	ctNone    contentType = iota // nothing set: net/http sniffs the body
	ctHTML                       // text/html or application/xhtml+xml
	ctOther                      // a constant non-HTML type: JSON, text/plain
	ctUnknown                    // a non-constant type
)

// Sinks whose response is text/plain unless the handler set an HTML type:
// gin's c.String, echo's c.String and fiber's SendString and Send write
// their type only when none is set.
var plainUnlessSet = map[string]bool{
	"(*github.com/gin-gonic/gin.Context).String":     true,
	"(github.com/labstack/echo/v4.Context).String":   true,
	"(*github.com/gofiber/fiber/v2.Ctx).SendString":  true,
	"(*github.com/gofiber/fiber/v2.Ctx).Send":        true,
	"(*github.com/gofiber/fiber/v2.Ctx).Write":       true,
	"(*github.com/gofiber/fiber/v2.Ctx).WriteString": true,
	"(*github.com/gofiber/fiber/v2.Ctx).Writef":      true,
}

// Sinks whose content type is an argument (its index). Like the sinks
// that always serve HTML, they write their type only when the handler
// set none (gin's and echo's writeContentType): a type set before wins.
var typeArg = map[string]int{
	"(*github.com/gin-gonic/gin.Context).Data":           1,
	"(*github.com/gin-gonic/gin.Context).DataFromReader": 2,
	"(github.com/labstack/echo/v4.Context).Blob":         1,
	"(github.com/labstack/echo/v4.Context).Stream":       1,
}

// Sinks whose content type is that of a file name's extension (its
// index) unless the handler set one: http.ServeContent, which sniffs the
// content when the name has no extension.
var typeByName = map[string]int{
	"net/http.ServeContent": 2,
}

// nameType classifies the type served for a file name: a constant name's
// extension, HTML for markup (an SVG or XML document runs script too) or
// no extension (the content is sniffed); unknown for a computed name.
func nameType(v ssa.Value) contentType {
	name, ok := typesutil.ConstString(v)
	if !ok {
		return ctUnknown
	}
	ext := path.Ext(name)
	if ext == "" {
		return ctHTML // the content is sniffed
	}
	return extType(ext)
}

// extType classifies the type served for a file extension (".html" or
// "html"): markup, an SVG or XML document (which run script too), or
// another type.
func extType(ext string) contentType {
	if taint.MarkupExt(ext) {
		return ctHTML
	}
	return ctOther
}

// Sinks that always serve HTML.
var alwaysHTML = map[string]bool{
	"(github.com/labstack/echo/v4.Context).HTML":     true,
	"(github.com/labstack/echo/v4.Context).HTMLBlob": true,
}

// mayBeHTML reports whether the response a flow writes into is or may be
// HTML that runs script, from the headers the reporting function set
// before the call, itself or through helpers.
func (r *reporter) mayBeHTML(f *taint.Flow, at ssa.Instruction) bool {
	ct, noScript := ctNone, false
	if at != nil {
		ct, noScript = r.setBefore(at)
	}
	if noScript {
		return false // a Content-Security-Policy that runs no script
	}
	if f.HTMLTyped {
		return true // the helper typed its response HTML before writing
	}
	_, byName := typeByName[f.Sink]
	if _, ok := typeArg[f.Sink]; (ok || byName || alwaysHTML[f.Sink]) && ct != ctNone {
		return ct != ctOther
	}
	if i, ok := typeByName[f.Sink]; ok && len(f.Via) == 0 {
		if call, ok := at.(ssa.CallInstruction); ok {
			if obj := typesutil.Callee(call.Common()); obj != nil {
				if name := argAt(call.Common(), obj, i); name != nil {
					return nameType(name) != ctOther
				}
			}
		}
	}
	if alwaysHTML[f.Sink] {
		return true
	}
	if i, ok := typeArg[f.Sink]; ok && len(f.Via) == 0 {
		// c.Data(code, contentType, data): the type is an argument.
		if call, ok := at.(ssa.CallInstruction); ok {
			if obj := typesutil.Callee(call.Common()); obj != nil {
				if ctv := argAt(call.Common(), obj, i); ctv != nil {
					return classify(ctv) != ctOther
				}
			}
		}
	}
	if plainUnlessSet[f.Sink] || plainWriterArg(at) {
		return ct == ctHTML || ct == ctUnknown
	}
	return ct != ctOther
}

// plainWriterArg reports whether the call at writes into a framework's
// body writer that serves text/plain unless the handler set an HTML type:
// fmt.Fprintf(c, ...) or a helper given c, a *fiber.Ctx.
func plainWriterArg(at ssa.Instruction) bool {
	call, ok := at.(ssa.CallInstruction)
	if !ok {
		return false
	}
	for _, a := range call.Common().Args {
		if taint.PlainBodyWriter(a) {
			return true
		}
	}
	return false
}

// setBefore returns the Content-Type set by the last call that sets one
// and dominates at (an earlier instruction of the same block, or a block
// that dominates at's block), and whether a dominating call set a
// Content-Security-Policy that runs no script or made the response a
// download (Content-Disposition: attachment). Calls of helpers count by
// what the engine's summary says they set on every path.
func (r *reporter) setBefore(at ssa.Instruction) (contentType, bool) {
	ct := ctNone
	noScript := false
	bestDepth, cspDepth := -1, -1
	typesutil.EachBefore(at, func(in ssa.Instruction, _ *ssa.BasicBlock, _, d int) {
		call, ok := in.(ssa.CallInstruction)
		if !ok {
			return
		}
		// Later dominators are deeper in the tree: prefer them, and
		// within a block the later call.
		// A header set after the headers were sent is not served.
		if c, ok := setsContentType(call); ok {
			if d >= bestDepth && !taint.HeadersSentBefore(in, at) {
				bestDepth, ct = d, c
			}
			return
		}
		h := r.res.ResponseHeaders(call)
		if h != 0 && taint.HeadersSentBefore(in, at) {
			return
		}
		if c := fromHeaders(h); c != ctNone && d >= bestDepth {
			bestDepth, ct = d, c
		}
		if fh, slot := taint.FrameworkHeader(call); slot == taint.Attachment && !taint.HeadersSentBefore(in, at) {
			h |= fh // gin's c.Header("Content-Disposition", "attachment")
		}
		if h&(taint.NoScript|taint.Attachment) != 0 && d >= cspDepth {
			cspDepth, noScript = d, true
		}
	})
	return ct, noScript
}

func fromHeaders(h taint.RespHeaders) contentType {
	switch {
	case h&taint.TypePlain != 0:
		return ctOther
	case h&taint.TypeHTML != 0:
		return ctHTML
	case h&taint.TypeComputed != 0:
		return ctUnknown
	}
	return ctNone
}

// setsContentType recognises the framework calls that set a response's
// Content-Type (taint.FrameworkType).
func setsContentType(call ssa.CallInstruction) (contentType, bool) {
	h, ok := taint.FrameworkType(call)
	return fromHeaders(h), ok
}

// classify a Content-Type value.
func classify(v ssa.Value) contentType { return fromHeaders(taint.ContentTypeClass(v)) }

// cleaned reports whether every non-constant part of the data a flow
// carries into its sink comes from a configured sanitiser called in the
// reporting function.
func (r *reporter) cleaned(f *taint.Flow, at ssa.Instruction) bool {
	if len(r.c.sanitisers) == 0 || at == nil {
		return false
	}
	var vals []ssa.Value
	switch in := at.(type) {
	case *ssa.ChangeType:
		vals = []ssa.Value{in.X}
	case *ssa.Convert:
		vals = []ssa.Value{in.X}
	case ssa.CallInstruction:
		for _, a := range in.Common().Args {
			if carriesText(a) {
				vals = append(vals, a)
			}
		}
	}
	if len(vals) == 0 {
		return false
	}
	for _, v := range vals {
		if !r.clean(v, 0) {
			return false
		}
	}
	return true
}

// carriesText: the argument is text (a string, bytes, an empty
// interface or a variadic slice of them), not a writer or a context.
func carriesText(v ssa.Value) bool {
	t := v.Type().Underlying()
	if sl, ok := t.(*types.Slice); ok {
		if b, ok := sl.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return true
		}
		t = sl.Elem().Underlying()
	}
	switch u := t.(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Interface:
		return u.Empty()
	}
	return false
}

func (r *reporter) clean(v ssa.Value, d int) bool {
	if d > 8 {
		return false
	}
	switch x := v.(type) {
	case *ssa.Const:
		return true
	case *ssa.BinOp:
		return r.clean(x.X, d+1) && r.clean(x.Y, d+1)
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !r.clean(e, d+1) {
				return false
			}
		}
		return true
	case *ssa.ChangeType:
		return r.clean(x.X, d+1)
	case *ssa.Convert:
		return r.clean(x.X, d+1)
	case *ssa.MakeInterface:
		return r.clean(x.X, d+1)
	case *ssa.Slice:
		// A variadic argument built in place: every element.
		els, ok := typesutil.InPlaceElems(x)
		if !ok {
			return false
		}
		for _, e := range els {
			if !r.clean(e.Val, d+1) {
				return false
			}
		}
		return true
	case *ssa.Call:
		obj := typesutil.Callee(&x.Call)
		if obj == nil {
			return false
		}
		if r.c.sanitisers[obj.FullName()] {
			return true
		}
		switch obj.FullName() {
		case "fmt.Sprintf", "fmt.Sprint", "strings.Join":
			for _, a := range x.Call.Args {
				if !r.clean(a, d+1) {
					return false
				}
			}
			return true
		}
	}
	return false
}
