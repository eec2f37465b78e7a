package logleak

import (
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// exposure checks a whole value written to a log: an HTTP request or its
// headers, or a struct whose rendering shows a sensitive field. The
// renderer decides what is shown: fmt prints every field (unexported
// too) unless the value has a String, Error or Format method; JSON shows
// exported fields, honours `json:"-"` and MarshalJSON; slog resolves
// LogValuer first, then its handler's rendering; zap uses
// MarshalLogObject. Only slog honours LogValue and only zap
// MarshalLogObject: log.Printf, Sugar's Infof or fmt.Sprintf print the
// fields of a type that has them. When the renderer is not known (a slog
// handler or logrus formatter configured elsewhere) the value is reported
// if either fmt or JSON shows the field.
func (a *pkg) exposure(v ssa.Value, r models.Render, sink string) *origin {
	t := underType(v)
	if isRequestType(t) && !programMap(v) {
		return &origin{kind: models.Credential, what: models.WhatRequestDump, desc: "whole " + types.TypeString(t, types.RelativeTo(a.pass.Pkg)), dump: true, pos: v.Pos()}
	}
	if fa := requestForm(v); fa != nil {
		d := a.describe(fa.Pos())
		if d == "" {
			d = fieldName(fa)
		}
		return &origin{kind: models.Credential, what: models.WhatRequestDump, desc: "whole form " + d, dump: true, pos: fa.Pos()}
	}
	if r == models.RenderSlog {
		// The handler of this package's loggers, when it makes only one
		// kind.
		switch a.slog {
		case models.RenderJSON:
			r = models.RenderSlogJSON
		case models.RenderFmt:
			r = models.RenderSlogText
		}
	}
	// top: the methods the logger calls on the value itself before it
	// looks at fields; the first one the type has decides.
	var top []string
	modes := []models.Render{r}
	switch r {
	case models.RenderSlog:
		top = []string{"LogValue"}
		modes = []models.Render{models.RenderEither}
	case models.RenderSlogJSON:
		// json_handler.go: an error without MarshalJSON is its Error
		// text; MarshalJSON and MarshalText are json's own (hides).
		top = []string{"LogValue", "MarshalJSON", "Error"}
		modes = []models.Render{models.RenderJSON}
	case models.RenderSlogText:
		// text_handler.go: MarshalText, else fmt.Sprintf("%+v").
		top = []string{"LogValue", "MarshalText"}
		modes = []models.Render{models.RenderFmt}
	case models.RenderZap:
		top = []string{"MarshalLogObject", "Error", "String"}
		modes = []models.Render{models.RenderJSON}
	}
	for _, m := range top {
		if hasMethod(t, m) {
			if a.methodReadsSensitive(t, m) {
				break
			}
			return nil
		}
	}
	if len(modes) == 1 && modes[0] == models.RenderEither {
		modes = []models.Render{models.RenderFmt, models.RenderJSON}
	}
	for _, m := range modes {
		if path, k, what := a.exposed(t, m, true, true, 0); path != "" {
			via := "fmt"
			if m == models.RenderJSON {
				via = "JSON"
			}
			return &origin{kind: k, what: what, field: true, json: m == models.RenderJSON, pos: v.Pos(),
				desc: types.TypeString(typesutil.Deref(t), types.RelativeTo(a.pass.Pkg)) + " rendered by " + via + " shows field " + path}
		}
	}
	return nil
}

// viaLogValue names, in the origin of what a slog logger writes of v, the
// LogValue method it writes instead of v (what the engine rendered, see
// taint.Result.Rendered), and points at it: the field is read there, the
// leak is where the value is logged.
func (a *pkg) viaLogValue(o *origin, v ssa.Value, r models.Render) *origin {
	switch r {
	case models.RenderSlog, models.RenderSlogJSON, models.RenderSlogText:
	default:
		return o
	}
	t := underType(v)
	m := methodOf(t, "LogValue")
	if m == nil || !a.res.Analysed(m.Pkg()) {
		return o
	}
	name := types.TypeString(typesutil.Deref(t), types.RelativeTo(a.pass.Pkg)) + ".LogValue"
	c := *o
	c.desc += " (shown by " + name + ")"
	c.hops = append(slices.Clone(o.hops), hop{pos: m.Pos(), desc: name + ", which slog logs instead of the value, shows " + o.sourceText()})
	return &c
}

// methodOf returns the method name in t's method set, or nil.
func methodOf(t types.Type, name string) *types.Func {
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if f, ok := ms.At(i).Obj().(*types.Func); ok && f.Name() == name {
			return f
		}
	}
	return nil
}

// formatters are fmt's formatting functions: the text they return shows
// what fmt shows of their arguments.
var formatters = map[string]bool{
	"fmt.Sprintf": true, "fmt.Sprint": true, "fmt.Sprintln": true, "fmt.Errorf": true,
	"fmt.Appendf": true, "fmt.Append": true, "fmt.Appendln": true,
}

// marshallers are encoding/json's: the bytes they return show what JSON
// shows of their argument.
var marshallers = map[string]bool{"encoding/json.Marshal": true, "encoding/json.MarshalIndent": true}

// formatted finds a whole value formatted into logged text within the
// function (slog.Info("read: " + fmt.Sprintf("%+v", *p))): fmt renders
// it, whatever the logger, so a struct shows what fmt shows of it. The
// text is followed through concatenation, conversions and phis; the
// engine's taint covers the values' contents, this their types.
func (a *pkg) formatted(v ssa.Value) *origin {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value) *origin
	walk = func(v ssa.Value) *origin {
		if v == nil || seen[v] || len(seen) > 64 {
			return nil
		}
		seen[v] = true
		switch x := v.(type) {
		case *ssa.MakeInterface:
			return walk(x.X)
		case *ssa.Convert:
			return walk(x.X)
		case *ssa.ChangeType:
			return walk(x.X)
		case *ssa.BinOp:
			if x.Op != token.ADD {
				return nil
			}
			if o := walk(x.X); o != nil {
				return o
			}
			return walk(x.Y)
		case *ssa.Phi:
			for _, e := range x.Edges {
				if o := walk(e); o != nil {
					return o
				}
			}
		case *ssa.Extract:
			// json.Marshal(v): the bytes show what JSON shows of v.
			c, ok := x.Tuple.(*ssa.Call)
			if !ok || x.Index != 0 {
				return nil
			}
			obj := typesutil.Callee(c.Common())
			if obj == nil || !marshallers[obj.FullName()] || len(c.Call.Args) == 0 {
				return nil
			}
			if o := a.exposure(c.Call.Args[0], models.RenderJSON, obj.FullName()); o != nil {
				if o.field {
					o.desc = strings.Replace(o.desc, "rendered by JSON", "marshalled by "+shortName(obj.FullName()), 1)
				}
				return o
			}
		case *ssa.Call:
			obj := typesutil.Callee(x.Common())
			if obj == nil || !formatters[obj.FullName()] || len(x.Call.Args) == 0 {
				return nil
			}
			for _, e := range indexedElems(x.Call.Args[len(x.Call.Args)-1]) {
				if e == nil {
					continue
				}
				if o := a.exposure(e, models.RenderFmt, obj.FullName()); o != nil {
					if o.field {
						o.desc = strings.Replace(o.desc, "rendered by fmt", "formatted by "+shortName(obj.FullName()), 1)
					}
					return o
				}
				if o := walk(e); o != nil {
					return o
				}
			}
		}
		return nil
	}
	return walk(v)
}

// programMap reports whether v is a map the function makes itself
// (make(http.Header), a literal), not a request's or response's: what it
// holds is what the program put in, which the values' own flows judge.
func programMap(v ssa.Value) bool {
	_, ok := typesutil.Unconvert(v).(*ssa.MakeMap)
	return ok
}

func isRequestType(t types.Type) bool {
	switch typesutil.NamedPath(t) {
	case "net/http.Request", "net/http.Header", "mime/multipart.Form":
		return true
	}
	return false
}

// requestForm returns the field read when v is a request's parsed form:
// r.Form, r.PostForm or r.MultipartForm.Value, every field the client
// sent (passwords, NHS numbers). A url.Values built by the program (a
// query it sends) is not one: the type alone does not say.
func requestForm(v ssa.Value) *ssa.FieldAddr {
	u, ok := typesutil.Unconvert(v).(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return nil
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok {
		return nil
	}
	switch typesutil.NamedPath(fa.X.Type()) + "." + fieldName(fa) {
	case "net/http.Request.Form", "net/http.Request.PostForm", "mime/multipart.Form.Value":
		return fa
	}
	return nil
}

func fieldName(fa *ssa.FieldAddr) string {
	if st, ok := typesutil.Deref(fa.X.Type()).Underlying().(*types.Struct); ok && fa.Field < st.NumFields() {
		return st.Field(fa.Field).Name()
	}
	return ""
}

func hasMethod(t types.Type, name string) bool {
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if ms.At(i).Obj().Name() == name {
			return true
		}
	}
	return false
}

// methodReadsSensitive reports whether the method name of t shows what
// it should hide: its summary says its text carries the receiver whole
// (a Secret whose String returns string(s)) or sensitive data, or, where
// there is no summary or the settings add names, it is in this package
// and reads a sensitive field.
func (a *pkg) methodReadsSensitive(t types.Type, name string) bool {
	ms := types.NewMethodSet(t)
	var m *types.Func
	for i := 0; i < ms.Len(); i++ {
		if f, ok := ms.At(i).Obj().(*types.Func); ok && f.Name() == name {
			m = f
		}
	}
	if m == nil {
		return false
	}
	if whole, kinds, ok := a.res.MethodShows(m); ok {
		if whole || kinds != 0 {
			return true
		}
		if !a.c.extra() {
			// The summary knows the vocabulary: a field read for
			// something else (a log call inside LogValue, a test of
			// emptiness) is not shown.
			return false
		}
	}
	if m.Pkg() != a.pass.Pkg {
		return false
	}
	fn := a.res.SSA.Pkg.Prog.FuncValue(m)
	if fn == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.FieldAddr:
				if a.fieldOrigin(x.X.Type(), x.Field, x.Pos()) != nil {
					return true
				}
			case *ssa.Field:
				if a.fieldOrigin(x.X.Type(), x.Field, x.Pos()) != nil {
					return true
				}
			}
		}
	}
	return false
}

// exposed returns the path of the first sensitive field that rendering t
// in mode shows, with its kind. methods: fmt calls the value's String or
// Error method, as it does for the value itself and for what it reaches
// through exported fields; it prints the raw contents of unexported ones
// (printValue calls handleMethods only on a value it can Interface).
func (a *pkg) exposed(t types.Type, mode models.Render, top, methods bool, depth int) (string, models.Kind, string) {
	if depth > 4 || typesutil.IsSafeType(t) {
		return "", 0, ""
	}
	if mode != models.RenderFmt {
		methods = true
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		if mode == models.RenderFmt && !top {
			return "", 0, "" // fmt prints nested pointers as addresses
		}
		if a.hides(t, mode) {
			return "", 0, ""
		}
		return a.exposed(p.Elem(), mode, false, methods, depth)
	}
	if methods && a.hides(t, mode) {
		return "", 0, ""
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		// The most severe field: a credential before personal data
		// (Registration{Email, Password} names Password).
		var path, what string
		var kind models.Kind
		take := func(p string, k models.Kind, w string) {
			if p != "" && (path == "" || kindRank(k) > kindRank(kind)) {
				path, kind, what = p, k, w
			}
		}
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			tag := u.Tag(i)
			if v, ok := reflect.StructTag(tag).Lookup("sanitas"); ok && strings.HasPrefix(v, "public") {
				continue
			}
			if mode == models.RenderJSON {
				if !f.Exported() && !f.Embedded() {
					continue
				}
				if reflect.StructTag(tag).Get("json") == "-" {
					continue
				}
			}
			// fmt calls the methods of an exported field's value (a
			// Secret whose String prints "[redacted]"), never of an
			// unexported one's.
			fm := methods && f.Exported()
			if textual(f.Type()) || strings.Contains(tag, "sanitas:\"sensitive") {
				if fm && a.hidesElems(f.Type(), mode) {
					continue
				}
				if k, what := a.c.classifyField(t, i, tag); k != 0 {
					take(f.Name(), k, what)
				} else if o := a.typeOrigin(f.Type(), 0); o != nil {
					take(f.Name(), o.kind, o.what)
				}
				continue
			}
			if p, k, what := a.exposed(f.Type(), mode, false, fm, depth+1); p != "" {
				take(f.Name()+"."+p, k, what)
			}
		}
		return path, kind, what
	case *types.Slice:
		if p, k, what := a.exposed(u.Elem(), mode, false, methods, depth+1); p != "" {
			return "[]." + p, k, what
		}
	case *types.Array:
		if p, k, what := a.exposed(u.Elem(), mode, false, methods, depth+1); p != "" {
			return "[]." + p, k, what
		}
	case *types.Map:
		if p, k, what := a.exposed(u.Elem(), mode, false, methods, depth+1); p != "" {
			return "[]." + p, k, what
		}
	}
	return "", 0, ""
}

// kindRank orders sensitive kinds for naming a struct's field: a
// credential before personal data.
func kindRank(k models.Kind) int {
	switch {
	case k&(models.Credential|models.Password) != 0:
		return 2
	case k&models.PII != 0:
		return 1
	}
	return 0
}

// hidesElems reports whether the renderer prints a textual value through
// a method that hides it (fmt's String or Error, json's MarshalText or
// MarshalJSON), or, for a slice, array or map of them, through its
// elements' (both call them on each element).
func (a *pkg) hidesElems(t types.Type, mode models.Render) bool {
	if a.hides(t, mode) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return a.hidesElems(u.Elem(), mode)
	case *types.Array:
		return a.hidesElems(u.Elem(), mode)
	case *types.Map:
		return a.hidesElems(u.Elem(), mode)
	}
	return false
}

// hides reports whether the renderer uses a method of t instead of its
// fields, and that method reads no sensitive field.
func (a *pkg) hides(t types.Type, mode models.Render) bool {
	// The methods each renderer calls instead of reading fields. A
	// logger's own interface (slog's LogValue, zap's MarshalLogObject)
	// is honoured by that logger only, at the top (exposure): fmt and
	// json ignore it. gitea's LogString is fmt-like: its logger (a
	// configured sink, rendered by fmt) calls it for %v.
	var names []string
	switch mode {
	case models.RenderFmt:
		names = []string{"LogString", "Format", "Error", "String", "GoString"}
	case models.RenderJSON:
		names = []string{"MarshalJSON", "MarshalText"}
	}
	for _, n := range names {
		if hasMethod(t, n) {
			return !a.methodReadsSensitive(t, n)
		}
	}
	return false
}
