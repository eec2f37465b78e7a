// Package typesutil holds small go/types and go/analysis helpers shared by
// sanitas's analyzers: public-API twins of what x/tools keeps internal.
package typesutil

import (
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Boxed reports whether v, or a value v was re-boxed from (MakeInterface,
// ChangeInterface, ChangeType: the same value seen through another type),
// has a type for which is holds.
func Boxed(v ssa.Value, is func(types.Type) bool) bool {
	for v != nil {
		if is(v.Type()) {
			return true
		}
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return false
		}
	}
	return false
}

// Unconvert strips the SSA instructions that change only a value's
// representation, not the value: interface boxing and re-boxing, named-type
// changes and conversions (MakeInterface, ChangeInterface, ChangeType,
// Convert).
func Unconvert(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		default:
			return v
		}
	}
}

// Mirror returns the comparison that holds of y and x when op holds of x
// and y (x < y is y > x); other operators are their own mirror.
func Mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// CallArgs returns a call's arguments, with an interface call's receiver
// first (as a static method call has it).
func CallArgs(cc *ssa.CallCommon) []ssa.Value {
	if cc.IsInvoke() {
		return append([]ssa.Value{cc.Value}, cc.Args...)
	}
	return cc.Args
}

// Callee returns the function or method a call names: the interface method
// of a dynamic call, or the static callee's object, in both cases its
// generic origin (the object model tables and facts are keyed by); nil for
// calls of function values and closures. A call of a method value names
// its method, but passes no receiver: Unbind first where arguments count.
func Callee(cc *ssa.CallCommon) *types.Func {
	if cc.IsInvoke() {
		return cc.Method.Origin()
	}
	if fn := cc.StaticCallee(); fn != nil {
		if fn.Origin() != nil {
			fn = fn.Origin()
		}
		if obj, ok := fn.Object().(*types.Func); ok {
			return obj.Origin()
		}
	}
	return nil
}

// Unbind returns the call that a call of a method value stands for, with
// the receiver explicit: exec(ctx, q) after exec := db.ExecContext is
// db.ExecContext(ctx, q), a static call of the method with the receiver as
// its first argument, or for an interface method an invoke on it. A method
// value is a closure of SSA's bound method wrapper, which has no receiver
// (its one free variable holds it), so the call's arguments are the
// method's parameters alone, one fewer than a static method call passes.
// The receiver is the closure's binding; when the call names the wrapper
// without the closure (a function read from a field the package stores the
// method value in), it is the wrapper's free variable, which stands for an
// unknown receiver. Any other call is returned unchanged.
func Unbind(cc *ssa.CallCommon) *ssa.CallCommon {
	if cc.IsInvoke() {
		return cc
	}
	// A function converted to a named function type and called
	// (writeFunc(func(w io.Writer) {...})(w)): a call of the function.
	if ct, ok := cc.Value.(*ssa.ChangeType); ok {
		switch x := Unconvert(ct).(type) {
		case *ssa.Function, *ssa.MakeClosure:
			c := *cc
			c.Value = x
			cc = &c
		}
	}
	var fn *ssa.Function
	var recv ssa.Value
	switch v := Captured(cc.Value).(type) {
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
		if len(v.Bindings) == 1 {
			recv = v.Bindings[0]
		}
	case *ssa.Function:
		fn = v
	}
	if fn != nil && recv == nil && len(fn.FreeVars) == 0 {
		return unthunk(cc, fn)
	}
	if fn == nil || fn.Synthetic == "" || fn.Signature.Recv() != nil || len(fn.FreeVars) != 1 || len(fn.Blocks) == 0 {
		return cc
	}
	if obj, ok := fn.Object().(*types.Func); !ok || obj.Signature().Recv() == nil {
		return cc
	}
	if recv == nil {
		recv = fn.FreeVars[0]
	}
	// The wrapper's body is one tail call of the method on its free
	// variable (ssa's buildBound).
	for _, instr := range fn.Blocks[0].Instrs {
		tail, ok := instr.(*ssa.Call)
		if !ok {
			continue
		}
		t := tail.Call
		if t.IsInvoke() {
			if t.Value != fn.FreeVars[0] {
				return cc
			}
			return &ssa.CallCommon{Value: recv, Method: t.Method, Args: cc.Args}
		}
		if len(t.Args) == 0 || t.Args[0] != fn.FreeVars[0] {
			return cc
		}
		return &ssa.CallCommon{Value: t.Value, Args: append([]ssa.Value{recv}, cc.Args...)}
	}
	return cc
}

// unthunk returns the call of the method that a call of fn, SSA's thunk
// of a method expression (line := Chart.Line; line(c, v)), stands for:
// its body is one call that passes its parameters on in order, the first
// as the receiver. Any other call is returned unchanged.
func unthunk(cc *ssa.CallCommon, fn *ssa.Function) *ssa.CallCommon {
	if fn.Synthetic == "" || fn.Signature.Recv() != nil || len(fn.Blocks) != 1 || len(fn.Params) == 0 || len(cc.Args) != len(fn.Params) {
		return cc
	}
	if obj, ok := fn.Object().(*types.Func); !ok || obj.Signature().Recv() == nil {
		return cc
	}
	for _, instr := range fn.Blocks[0].Instrs {
		tail, ok := instr.(*ssa.Call)
		if !ok {
			continue
		}
		t := tail.Call
		args := t.Args
		if t.IsInvoke() {
			if t.Value != fn.Params[0] {
				return cc
			}
			args = append([]ssa.Value{t.Value}, args...)
		}
		if len(args) != len(fn.Params) {
			return cc
		}
		for i, a := range args {
			if a != fn.Params[i] {
				return cc
			}
		}
		if t.IsInvoke() {
			return &ssa.CallCommon{Value: cc.Args[0], Method: t.Method, Args: cc.Args[1:]}
		}
		return &ssa.CallCommon{Value: t.Value, Args: cc.Args}
	}
	return cc
}

// Captured returns the value a closure's free variable was bound to when
// v reads one: the binding of the one closure the enclosing function makes
// of it, or the one value stored in a variable captured by reference
// (warn := logger.Warn; go func() { warn(...) }()), through closures
// nested in closures. Any other value, or a free variable bound in more
// than one place, is returned unchanged.
func Captured(v ssa.Value) ssa.Value {
	for range 8 {
		next := v
		switch x := v.(type) {
		case *ssa.FreeVar:
			next = freeVarBinding(x)
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v
			}
			if alloc, ok := Captured(x.X).(*ssa.Alloc); ok && alloc != x.X {
				next = StoredOnce(alloc)
			}
		}
		if next == nil || next == v {
			return v
		}
		v = next
	}
	return v
}

// freeVarBinding returns the value the closures of fv's function bind to
// fv, when they all bind the same one; nil otherwise.
func freeVarBinding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	if fn == nil || fn.Parent() == nil {
		return nil
	}
	idx := slices.Index(fn.FreeVars, fv)
	refs := fn.Referrers()
	if idx < 0 || refs == nil {
		return nil
	}
	var b ssa.Value
	for _, r := range *refs {
		mc, ok := r.(*ssa.MakeClosure)
		if !ok || mc.Fn != fn || idx >= len(mc.Bindings) {
			return nil
		}
		if b != nil && b != mc.Bindings[idx] {
			return nil
		}
		b = mc.Bindings[idx]
	}
	return b
}

// StoredOnce returns the one value stored in a local variable that is
// otherwise only read or captured; nil when it is stored more than once.
func StoredOnce(alloc *ssa.Alloc) ssa.Value {
	var val ssa.Value
	for _, ref := range *alloc.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr != alloc || val != nil {
				return nil
			}
			val = r.Val
		case *ssa.UnOp, *ssa.MakeClosure, *ssa.DebugRef:
		default:
			return nil
		}
	}
	return val
}

// Elem is one value stored into the array behind a slice built in place.
type Elem struct {
	Index int // the constant index, or -1
	Val   ssa.Value
}

// InPlaceElems returns the values stored into the array behind v when v
// slices a local allocation, which is how SSA passes the variadic argument
// of f(a, b), in the order SSA lists the stores; false when v is no such
// slice.
func InPlaceElems(v ssa.Value) ([]Elem, bool) {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil, false
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil, false
	}
	var out []Elem
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		i := -1
		if c, ok := ia.Index.(*ssa.Const); ok && c.Value != nil && c.Value.Kind() == constant.Int {
			i = int(c.Int64())
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				out = append(out, Elem{Index: i, Val: st.Val})
			}
		}
	}
	return out, true
}

// ElemAt returns the value stored at index i of a slice built in place
// (see InPlaceElems), or nil.
func ElemAt(v ssa.Value, i int) ssa.Value {
	els, _ := InPlaceElems(v)
	for _, e := range els {
		if e.Index == i {
			return e.Val
		}
	}
	return nil
}

// Deref returns the element type of a pointer type, or t itself.
func Deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// IsNamed reports whether t (after one pointer dereference) is the named
// type pkgPath.name.
func IsNamed(t types.Type, pkgPath, name string) bool {
	n, ok := types.Unalias(Deref(t)).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == pkgPath
}

// NamedPath returns "pkgpath.Name" for a named type (after one pointer
// dereference), or "".
func NamedPath(t types.Type) string {
	n, ok := types.Unalias(Deref(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// IsRequestPtr reports whether t is *net/http.Request.
func IsRequestPtr(t types.Type) bool {
	ptr, ok := t.(*types.Pointer)
	return ok && IsNamed(ptr.Elem(), "net/http", "Request")
}

// IsString reports whether t's underlying type is a string, or t is a
// type parameter every type of whose type set is (~string).
func IsString(t types.Type) bool {
	if terms := TermTypes(t); terms != nil {
		for _, term := range terms {
			if !IsString(term) {
				return false
			}
		}
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// TermTypes returns the types a type parameter's constraint restricts it
// to (~string | ~[]byte: string, []byte), through embedded and named
// constraints, or nil when t is not a type parameter or its constraint
// admits types of any structure (any, comparable, methods only).
func TermTypes(t types.Type) []types.Type {
	tp, ok := types.Unalias(t).(*types.TypeParam)
	if !ok {
		return nil
	}
	return constraintTerms(tp.Constraint(), 0)
}

func constraintTerms(c types.Type, depth int) []types.Type {
	iface, ok := c.Underlying().(*types.Interface)
	if !ok || depth > 8 {
		return nil
	}
	// The type set is the intersection of the embedded elements': the
	// terms of the first that restricts it are a superset, enough for
	// "every type is ..." questions.
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			var out []types.Type
			for j := 0; j < e.Len(); j++ {
				tt := e.Term(j).Type()
				if sub := constraintTerms(tt, depth+1); sub != nil {
					out = append(out, sub...)
				} else if _, isIface := tt.Underlying().(*types.Interface); isIface {
					return nil // an interface term without terms: any type
				} else {
					out = append(out, tt)
				}
			}
			return out
		default:
			if _, isIface := e.Underlying().(*types.Interface); isIface {
				if sub := constraintTerms(e, depth+1); sub != nil {
					return sub
				}
				continue
			}
			return []types.Type{e}
		}
	}
	return nil
}

// safeNamed are named types whose values can never carry injected text: time
// values and UUIDs format to a fixed alphabet.
var safeNamed = map[string]bool{
	"time.Time":                      true,
	"time.Duration":                  true,
	"time.Month":                     true,
	"time.Weekday":                   true,
	"github.com/google/uuid.UUID":    true,
	"github.com/gofrs/uuid.UUID":     true,
	"github.com/satori/go.uuid.UUID": true,
}

// IsSafeType reports whether values of type t cannot carry attacker text:
// numbers, booleans, time values and UUIDs (and pointers to them).
func IsSafeType(t types.Type) bool {
	if safeNamed[NamedPath(t)] {
		return true
	}
	if terms := TermTypes(t); terms != nil {
		// A type parameter whose every type is safe ([T constraints.Integer]).
		for _, term := range terms {
			if !IsSafeType(term) {
				return false
			}
		}
		return true
	}
	t = Deref(t)
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return false
	}
	return b.Info()&(types.IsNumeric|types.IsBoolean) != 0 && b.Kind() != types.UnsafePointer
}

// HoldsNoText reports whether no value of type t can hold text: a safe
// type (IsSafeType), or a slice, array, pointer or channel of such, or a
// map whose keys and values are such ([]int64, *[4]int32,
// map[int]bool). A []int64 parameter carries no query text, whoever
// passes it. Byte and rune sequences ([]byte, [N]rune, also spelt
// []uint8, []int32) are text.
func HoldsNoText(t types.Type) bool {
	return holdsNoText(t, 0)
}

// textUnit reports whether a sequence of t is text: bytes or runes.
func textUnit(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && (b.Kind() == types.Uint8 || b.Kind() == types.Int32)
}

func holdsNoText(t types.Type, depth int) bool {
	if IsSafeType(t) {
		return true
	}
	if depth > 4 {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return !textUnit(u.Elem()) && holdsNoText(u.Elem(), depth+1)
	case *types.Array:
		return !textUnit(u.Elem()) && holdsNoText(u.Elem(), depth+1)
	case *types.Pointer:
		return holdsNoText(u.Elem(), depth+1)
	case *types.Chan:
		return holdsNoText(u.Elem(), depth+1)
	case *types.Map:
		return holdsNoText(u.Key(), depth+1) && holdsNoText(u.Elem(), depth+1)
	}
	return false
}

// Module-cache and GOROOT prefixes, computed once per process.
var (
	rootsOnce sync.Once
	goroot    string
	modcache  string
)

func roots() (string, string) {
	rootsOnce.Do(func() {
		goroot = filepath.Clean(build.Default.GOROOT)
		if g := os.Getenv("GOROOT"); g != "" {
			goroot = filepath.Clean(g)
		}
		modcache = os.Getenv("GOMODCACHE")
		if modcache == "" {
			gp := os.Getenv("GOPATH")
			if gp == "" {
				gp = build.Default.GOPATH
			}
			if gp != "" {
				modcache = filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod")
			}
		}
		if modcache != "" {
			modcache = filepath.Clean(modcache)
		}
	})
	return goroot, modcache
}

func under(path, dir string) bool {
	return dir != "" && (path == dir || strings.HasPrefix(path, dir+string(filepath.Separator)))
}

// InScope reports whether sanitas computes summaries (facts) for the
// package of pass: the user's code, not the standard library and not
// third-party modules, which the model tables describe. The standalone
// driver only ever has facts for root packages and go vet runs analyzers on
// every dependency; skipping the same packages in both gives the same
// findings. Packages of analysistest's GOPATH-mode testdata are in scope.
func InScope(pass *analysis.Pass) bool {
	if pass.Module != nil && pass.Module.Version != "" {
		return false // a module from the module cache or a proxy
	}
	if pass.Pkg == nil || len(pass.Files) == 0 {
		return false
	}
	gr, mc := roots()
	file := pass.Fset.File(pass.Files[0].Pos())
	if file == nil {
		return true
	}
	name := filepath.Clean(file.Name())
	return !under(name, gr) && !under(name, mc)
}

// IsStdPath reports whether an import path is a standard library
// package: a directory of GOROOT/src (not a dot-free path alone, which a
// module named "myapp" or GOPATH-mode packages also have). Memoised.
func IsStdPath(path string) bool {
	if v, ok := stdPaths.Load(path); ok {
		return v.(bool)
	}
	first, _, _ := strings.Cut(path, "/")
	std := false
	if gr, _ := roots(); !strings.Contains(first, ".") && gr != "" && gr != "." {
		fi, err := os.Stat(filepath.Join(gr, "src", filepath.FromSlash(path)))
		std = err == nil && fi.IsDir()
	}
	stdPaths.Store(path, std)
	return std
}

var stdPaths sync.Map // import path → bool

// Position renders pos as "file:line:col" with the file's base name, for
// positions carried across packages in facts.
func Position(fset *token.FileSet, pos token.Pos) string {
	if !pos.IsValid() {
		return ""
	}
	p := fset.Position(pos)
	return filepath.Base(p.Filename) + ":" + itoa(p.Line) + ":" + itoa(p.Column)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// FuncString is fn.String() with a command's import path named main, as
// Go names its functions (see MainName).
func FuncString(fn *ssa.Function) string {
	if fn.Pkg == nil {
		return fn.String()
	}
	return MainName(fn.String(), fn.Pkg.Pkg)
}

// MainName renames the import path of pkg in a full name to main when pkg
// is a command: main.writeError, not the last element of the command's
// path.
func MainName(full string, pkg *types.Package) string {
	if pkg == nil || pkg.Name() != "main" {
		return full
	}
	return strings.Replace(full, pkg.Path()+".", "main.", 1)
}

// ShortFuncName turns a types.Func.FullName such as
// "(*database/sql.DB).QueryContext" into "(*sql.DB).QueryContext": each
// package path is cut to its package name (a major-version suffix such as
// "/v5" is dropped: "(*pgx.Conn).Query"). An ssa function literal is
// named as Go's runtime names it in stack traces: "pkg.render$1$2" is
// "pkg.render.func1.2"; a method value's or expression's wrapper
// ("$bound", "$thunk") is the method.
func ShortFuncName(full string) string {
	return funcLitName(shortPaths(full))
}

// funcLitName renames ssa's function-literal suffixes (see ShortFuncName).
func funcLitName(s string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	s = strings.NewReplacer("$bound", "", "$thunk", "").Replace(s)
	var b strings.Builder
	lit := false // within one name, after its first literal
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '$' && i+1 < len(s) && '0' <= s[i+1] && s[i+1] <= '9' {
			if lit {
				b.WriteByte('.')
			} else {
				b.WriteString(".func")
				lit = true
			}
			continue
		}
		if c < '0' || c > '9' {
			lit = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

func shortPaths(full string) string {
	var b strings.Builder
	isPathChar := func(c byte) bool {
		return c == '.' || c == '/' || c == '_' || c == '-' || c == '~' ||
			'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	for i := 0; i < len(full); {
		if !isPathChar(full[i]) {
			b.WriteByte(full[i])
			i++
			continue
		}
		j := i
		for j < len(full) && isPathChar(full[j]) {
			j++
		}
		run := full[i:j]
		if k := strings.LastIndexByte(run, '.'); k > 0 {
			path, name := run[:k], run[k:]
			elems := strings.Split(path, "/")
			last := elems[len(elems)-1]
			if isMajor(last) && len(elems) > 1 {
				last = elems[len(elems)-2]
			}
			run = last + name
		}
		b.WriteString(run)
		i = j
	}
	return b.String()
}

func isMajor(s string) bool {
	if len(s) < 2 || s[0] != 'v' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Reaching returns the blocks from which one of targets can be reached
// by at least one edge: the targets themselves only when a loop leads
// back to them.
func Reaching(targets ...*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	return walkBlocks(targets, false, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Preds })
}

// Reachable returns the blocks reachable from sources, the sources
// included: Reaching's forward twin.
func Reachable(sources ...*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	return walkBlocks(sources, true, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })
}

// walkBlocks returns the blocks reached from seeds along next, the seeds
// themselves when withSeeds or when an edge leads back to them.
func walkBlocks(seeds []*ssa.BasicBlock, withSeeds bool, next func(*ssa.BasicBlock) []*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := map[*ssa.BasicBlock]bool{}
	work := append([]*ssa.BasicBlock(nil), seeds...)
	if withSeeds {
		for _, b := range seeds {
			seen[b] = true
		}
	}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, n := range next(b) {
			if !seen[n] {
				seen[n] = true
				work = append(work, n)
			}
		}
	}
	return seen
}

// ConstInt returns the value of an integer constant, and whether v is one
// that fits an int64.
func ConstInt(v ssa.Value) (int64, bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c.Value)
}

// ConstString returns the text of a string constant, seen through an
// interface conversion, and whether v is one.
func ConstString(v ssa.Value) (string, bool) {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// ConstBool returns the value of a boolean constant, false if v is not one.
func ConstBool(v ssa.Value) (value, ok bool) {
	c, isConst := v.(*ssa.Const)
	if !isConst || c.Value == nil || c.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(c.Value), true
}

// BoundMethod returns the method a bound method wrapper calls (the
// function of a method value's closure, p.Name$bound), or nil when f is
// no such wrapper.
func BoundMethod(f *ssa.Function) *ssa.Function {
	if f == nil || !strings.HasSuffix(f.Name(), "$bound") {
		return nil
	}
	for _, b := range f.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(ssa.CallInstruction); ok {
				if callee := c.Common().StaticCallee(); callee != nil {
					return callee
				}
			}
		}
	}
	if obj, ok := f.Object().(*types.Func); ok {
		return f.Prog.FuncValue(obj)
	}
	return nil
}

// GoSyntaxArgs reports which operands a call's constant format prints
// with %#v, by their index after the format (fmt then prints a value's
// fields, or its GoString, not its Error or String text). all: the format
// uses explicit argument indexes ([n]), so any operand may be.
func GoSyntaxArgs(cc *ssa.CallCommon) (idx map[int]bool, all bool) {
	for _, a := range cc.Args {
		f, ok := ConstString(a)
		if !ok || !strings.Contains(f, "%#") {
			continue
		}
		arg := 0
		for i := 0; i < len(f); i++ {
			if f[i] != '%' {
				continue
			}
			i++
			sharp := false
		flags:
			for ; i < len(f); i++ {
				switch c := f[i]; {
				case c == '#':
					sharp = true
				case c == '+' || c == '-' || c == ' ' || c == '0' || c >= '1' && c <= '9' || c == '.':
				case c == '*':
					arg++ // a width or precision operand
				case c == '[':
					return nil, true
				default:
					break flags
				}
			}
			if i >= len(f) || f[i] == '%' {
				continue
			}
			if sharp && f[i] == 'v' {
				if idx == nil {
					idx = map[int]bool{}
				}
				idx[arg] = true
			}
			arg++
		}
		return idx, false
	}
	return nil, false
}

// PkgQualified returns a function's or method's name qualified by its
// package's name ("redact.Email"): what a reader of the call sees, and the
// words a name vocabulary reads (a function of a package named redact
// redacts). Other objects, and functions without a package, give their
// name.
func PkgQualified(obj types.Object) string {
	if obj == nil {
		return ""
	}
	if _, ok := obj.(*types.Func); ok && obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

// FuncQualified is PkgQualified for an SSA function: a closure or a
// synthetic wrapper gives its own name.
func FuncQualified(fn *ssa.Function) string {
	if obj, ok := fn.Object().(*types.Func); ok && obj != nil {
		return PkgQualified(obj)
	}
	return fn.Name()
}

// EveryPathCall returns the first call, in a block of fn that dominates
// each of its returns (so on every path through fn), for which pick
// reports true; nil when there is none or fn never returns.
func EveryPathCall(fn *ssa.Function, pick func(ssa.CallInstruction) bool) ssa.CallInstruction {
	var rets []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			rets = append(rets, b)
		}
	}
	if len(rets) == 0 {
		return nil
	}
	for _, b := range fn.Blocks {
		all := true
		for _, r := range rets {
			if !b.Dominates(r) {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok && pick(c) {
				return c
			}
		}
	}
	return nil
}

// EachBefore calls f with each instruction that runs before at on every
// path to it: those of the blocks that dominate at's, and those of at's
// own block before it, with the index of each in its block and the depth
// of its block in the dominator tree (a later dominator is deeper).
func EachBefore(at ssa.Instruction, f func(in ssa.Instruction, b *ssa.BasicBlock, i, depth int)) {
	ab := at.Block()
	if ab == nil {
		return
	}
	for _, b := range at.Parent().Blocks {
		if !b.Dominates(ab) {
			continue
		}
		d := 0
		for x := b.Idom(); x != nil; x = x.Idom() {
			d++
		}
		for i, in := range b.Instrs {
			if in == at {
				break
			}
			f(in, b, i, d)
		}
	}
}

// EachCall calls f with each call instruction of fns that names a
// function or method (Callee), with its common part as the method's call
// when it calls a method value (Unbind) and that callee.
func EachCall(fns []*ssa.Function, f func(call ssa.CallInstruction, cc *ssa.CallCommon, obj *types.Func)) {
	for _, fn := range fns {
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				call, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				cc := Unbind(call.Common())
				if obj := Callee(cc); obj != nil {
					f(call, cc, obj)
				}
			}
		}
	}
}

// FilledPart returns the first part of a value of type t that a decoder
// filling it may write, and the field that holds it (Named.Field, or ""
// for t itself or an element), for which pick reports true: t, and under
// its pointers, its exported fields (maxDepth deep), elements and map
// values.
func FilledPart(t types.Type, maxDepth int, pick func(types.Type) bool) (types.Type, string, bool) {
	return filledPart(t, "", 0, maxDepth, pick)
}

func filledPart(t types.Type, where string, depth, maxDepth int, pick func(types.Type) bool) (types.Type, string, bool) {
	if depth > maxDepth {
		return nil, "", false
	}
	if pick(t) {
		return t, where, true
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return filledPart(u.Elem(), where, depth, maxDepth, pick)
	case *types.Slice:
		return filledPart(u.Elem(), where, depth+1, maxDepth, pick)
	case *types.Array:
		return filledPart(u.Elem(), where, depth+1, maxDepth, pick)
	case *types.Map:
		return filledPart(u.Elem(), where, depth+1, maxDepth, pick)
	case *types.Struct:
		name := where
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name()
		}
		for i := 0; i < u.NumFields(); i++ {
			if f := u.Field(i); f.Exported() {
				if pt, w, ok := filledPart(f.Type(), name+"."+f.Name(), depth+1, maxDepth, pick); ok {
					return pt, w, true
				}
			}
		}
	}
	return nil, "", false
}

// FrameworkCtx reports whether t is the request context a gin, echo or
// fiber handler takes as its only parameter.
func FrameworkCtx(t types.Type) bool {
	switch NamedPath(t) {
	case "github.com/gin-gonic/gin.Context", "github.com/labstack/echo/v4.Context",
		"github.com/gofiber/fiber/v2.Ctx", "github.com/gofiber/fiber/v3.Ctx":
		return true
	}
	return false
}

// RequestHandler reports whether a function of signature sig serves HTTP
// requests: it takes an http.ResponseWriter and an *http.Request, or a
// framework's request context alone (FrameworkCtx); a method's receiver
// does not count.
func RequestHandler(sig *types.Signature) bool {
	p := sig.Params()
	switch p.Len() {
	case 2:
		return IsNamed(p.At(0).Type(), "net/http", "ResponseWriter") && IsRequestPtr(p.At(1).Type())
	case 1:
		return FrameworkCtx(p.At(0).Type())
	}
	return false
}

// RequestContext reports whether t is a pointer to a struct of an
// application's own framework that holds the *http.Request, directly or
// through embedded fields (gitea's *context.Context embeds *Base, which
// has Req *http.Request; pocketbase's *core.RequestEvent): a value made
// for one request. Handlers of such frameworks take the context alone.
func RequestContext(t types.Type) bool {
	ptr, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "net/http" {
		return false
	}
	return holdsRequest(n.Underlying(), 0)
}

func holdsRequest(t types.Type, depth int) bool {
	st, ok := t.(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if IsRequestPtr(types.Unalias(f.Type())) {
			return true
		}
		if f.Embedded() && depth < 3 && holdsRequest(Deref(f.Type()).Underlying(), depth+1) {
			return true
		}
	}
	return false
}

// RequestScoped reports whether a value of type t is made for one
// request: an http.ResponseWriter, an *http.Request, a framework's
// request context or an application's (RequestContext).
func RequestScoped(t types.Type) bool {
	return IsNamed(t, "net/http", "ResponseWriter") || IsRequestPtr(t) || FrameworkCtx(t) || RequestContext(t)
}
