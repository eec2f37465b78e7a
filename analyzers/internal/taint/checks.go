package taint

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// checkedBy returns the value an allow-list check (models.Check) tests,
// when v is a call of one whose outcome is a bool (err false) or a nil
// error (err true; v may be the error result of a call with several), and its pattern, if the engine can read it, is an
// allow-list (models.AllowListPattern); otherwise nil.
func (p *pkgState) checkedBy(v ssa.Value, err bool) ssa.Value {
	if x, ok := v.(*ssa.Extract); ok && err {
		// The error of a call with several results: its last
		// (strconv.Atoi's).
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == c.Call.Signature().Results().Len()-1 {
			v = c
		}
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil
	}
	name, args, hasRecv := staticCall(&call.Call)
	chk := models.CheckFor(name)
	if chk == nil {
		return p.validatedArg(call, err) // a validator of the program's own
	}
	if chk.Err != err {
		return nil
	}
	at := func(i int) ssa.Value { return modelArg(args, hasRecv, i) }
	if chk.Pattern != models.None {
		pat := at(chk.Pattern)
		if pat == nil {
			return nil
		}
		text, known := p.patternOf(pat, 0)
		if chk.Tag && (!known || !models.SafeValidatorTag(text)) {
			return nil // a validator tag counts only when read and safe
		}
		if known && !chk.Tag && !models.AllowListPattern(text) {
			return nil
		}
	}
	a := at(chk.Arg)
	if a == nil {
		return nil
	}
	return typesutil.Unconvert(a)
}

// patternEscaped returns the value a regular-expression check (the bool
// of regexp.MatchString, re.MatchString) tests against an anchored
// pattern that admits more than identifier characters but none that
// matter in some output contexts (models.PatternEscapes), and those
// contexts; nil for other checks.
func (p *pkgState) patternEscaped(v ssa.Value) (ssa.Value, models.Escape) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, 0
	}
	name, args, hasRecv := staticCall(&call.Call)
	chk := models.CheckFor(name)
	if chk == nil || chk.Err || chk.Tag || chk.Pattern == models.None {
		return nil, 0
	}
	at := func(i int) ssa.Value { return modelArg(args, hasRecv, i) }
	pat, a := at(chk.Pattern), at(chk.Arg)
	if pat == nil || a == nil {
		return nil, 0
	}
	text, known := p.patternOf(pat, 0)
	if !known {
		return nil, 0
	}
	esc := models.PatternEscapes(text)
	if esc == 0 {
		return nil, 0
	}
	return typesutil.Unconvert(a), esc
}

// staticCall returns the FullName of a call's static callee (its generic
// origin's), its arguments with the receiver first, and whether the
// callee has a receiver.
func staticCall(cc *ssa.CallCommon) (string, []ssa.Value, bool) {
	cc = typesutil.Unbind(cc)
	fn := staticOrigin(cc)
	if fn == nil {
		return "", nil, false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return "", nil, false
	}
	obj = obj.Origin()
	return obj.FullName(), cc.Args, obj.Signature().Recv() != nil
}

// maxPatternDepth bounds patternOf's walk.
const maxPatternDepth = 8

// patternOf returns the text of the regular expression v holds when it is
// a constant handed to a pattern carrier (regexp.MustCompile, a
// validation.Match rule), directly or through a package variable of this
// package stored once; known is false otherwise.
func (p *pkgState) patternOf(v ssa.Value, depth int) (text string, known bool) {
	if depth > maxPatternDepth {
		return "", false
	}
	depth++
	switch x := typesutil.Unconvert(v).(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return constant.StringVal(x.Value), true
		}
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return p.patternOf(c, depth)
		}
	case *ssa.Call:
		name, args, hasRecv := staticCall(&x.Call)
		if i, ok := models.PatternCarrier(name); ok {
			if a := modelArg(args, hasRecv, i); a != nil {
				return p.patternOf(a, depth)
			}
		}
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL && g.Pkg == p.ssa.Pkg {
			if val := p.storedOnce(g); val != nil {
				return p.patternOf(val, depth)
			}
		}
	}
	return "", false
}

// storedOnce returns the only value this package stores in a package
// variable, or nil.
func (p *pkgState) storedOnce(g *ssa.Global) ssa.Value {
	p.indexGlobals()
	if vs := p.globalStores[g]; len(vs) == 1 {
		return vs[0]
	}
	return nil
}

// indexGlobals indexes the stores into and loads of the package's
// variables (ssa keeps no referrers for a Global).
func (p *pkgState) indexGlobals() {
	if p.globalStores != nil {
		return
	}
	p.globalStores = map[*ssa.Global][]ssa.Value{}
	p.globalLoads = map[*ssa.Global][]*ssa.UnOp{}
	for _, fn := range p.funcs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch x := instr.(type) {
				case *ssa.Store:
					if gl, ok := x.Addr.(*ssa.Global); ok {
						p.globalStores[gl] = append(p.globalStores[gl], x.Val)
					}
				case *ssa.UnOp:
					if gl, ok := x.X.(*ssa.Global); ok && x.Op == token.MUL {
						p.globalLoads[gl] = append(p.globalLoads[gl], x)
					}
				}
			}
		}
	}
}

// staticOrigin returns a call's static callee, as its generic origin (the
// function summaries and facts are keyed by), or nil.
func staticOrigin(cc *ssa.CallCommon) *ssa.Function {
	fn := cc.StaticCallee()
	if fn != nil && fn.Origin() != nil {
		fn = fn.Origin()
	}
	return fn
}

// structChecked returns the pointer a call of a models.StructCheck (a
// gin Bind, a validator's Struct) validates the pointee of, and the row,
// when v is such a call; otherwise nil.
func structChecked(v ssa.Value) (ssa.Value, *models.StructCheck) {
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	cc := typesutil.Unbind(&call.Call)
	obj := typesutil.Callee(cc)
	if obj == nil {
		return nil, nil
	}
	row := models.StructCheckFor(obj.FullName())
	if row == nil {
		return nil, nil
	}
	a := modelArg(cc.Args, !cc.IsInvoke() && obj.Signature().Recv() != nil, row.Arg)
	if mi, ok := a.(*ssa.MakeInterface); ok {
		a = mi.X
	}
	if a == nil || !isPointer(a.Type()) {
		return nil, nil
	}
	return a, row
}

// maxTagDepth bounds safeFields' walk into nested structs.
const maxTagDepth = 3

// safeFields calls yield with the field path (".Dir", ".Page.Sort") of
// each exported text field of struct type t, nested and embedded structs
// included (validator checks them too), whose validator tag under key
// accepts only safe text (models.SafeValidatorTag).
func safeFields(t types.Type, key string, depth int, yield func(path string)) {
	st, ok := typesutil.Deref(t).Underlying().(*types.Struct)
	if !ok || depth > maxTagDepth {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := models.FieldTag(st.Tag(i), key)
		if tag == "-" || !f.Exported() && !f.Embedded() {
			continue // validator skips unexported fields
		}
		ft := typesutil.Deref(f.Type())
		if typesutil.IsString(ft) {
			if models.SafeValidatorTag(tag) {
				yield("." + f.Name())
			}
			continue
		}
		if _, nested := ft.Underlying().(*types.Struct); nested {
			if models.ValidatorSkipsNested(tag) {
				continue // validator does not check the nested struct's fields
			}
			safeFields(ft, key, depth+1, func(p string) { yield("." + f.Name() + p) })
		}
	}
}
