package pwhash

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// KDF parameter checks: bcrypt cost, argon2id time and memory, scrypt N,
// r, p, PBKDF2 iterations and PRF, constant salts, argon2i.
//
// An argument's value is known when it is a constant, a conversion of one,
// an expression of known values, a phi of known values ("may be"), a
// package variable only ever assigned known values, or a field of a local
// struct only ever assigned known values. A parameter of the enclosing
// function is checked at its callers: the function exports a kdfFact
// saying which parameter feeds which KDF argument, so HashPassword(pw, 4)
// is reported at the call. Anything else (configuration, environment,
// flags) is unknown and never reported.

// spec describes a KDF's arguments (indexes as in the models convention).
type spec struct {
	algo  string
	salt  int // -1 for none
	roles []role
}

type role struct {
	name string
	arg  int
	// field: the parameter is this field of the struct the argument
	// points to (alexedwards/argon2id's &Params{Memory: ...}).
	field string
}

var specs = map[string]spec{
	"golang.org/x/crypto/bcrypt.GenerateFromPassword": {algo: "bcrypt", salt: -1, roles: []role{{name: "cost", arg: 1}}},
	"golang.org/x/crypto/argon2.IDKey":                {algo: "argon2id", salt: 1, roles: []role{{name: "time", arg: 2}, {name: "memory", arg: 3}}},
	"golang.org/x/crypto/argon2.Key":                  {algo: "argon2i", salt: 1, roles: []role{{name: "time", arg: 2}, {name: "memory", arg: 3}}},
	"golang.org/x/crypto/scrypt.Key":                  {algo: "scrypt", salt: 1, roles: []role{{name: "N", arg: 2}, {name: "r", arg: 3}, {name: "p", arg: 4}}},
	"golang.org/x/crypto/pbkdf2.Key":                  {algo: "pbkdf2", salt: 1, roles: []role{{name: "iter", arg: 2}, {name: "prf", arg: 4}}},
	// Go 1.24+: Key[Hash hash.Hash](h func() Hash, password string, salt []byte, iter, keyLength int)
	"crypto/pbkdf2.Key": {algo: "pbkdf2", salt: 2, roles: []role{{name: "prf", arg: 0}, {name: "iter", arg: 3}}},
	// github.com/alexedwards/argon2id v1.0: CreateHash(password, *Params)
	// with Memory in KiB; it makes a random salt.
	"github.com/alexedwards/argon2id.CreateHash": {algo: "argon2id", salt: -1,
		roles: []role{{name: "time", arg: 1, field: "Iterations"}, {name: "memory", arg: 1, field: "Memory"}}},
}

// value is what the analysis knows of an argument.
type value struct {
	consts []int64 // possible values of an integer
	fn     string  // a function value's FullName (PBKDF2's PRF)
	static bool    // constant bytes (a salt)
	param  int     // >= 0: the enclosing function's parameter (SSA numbering)
	// field > 0: not the parameter but field field-1 of the struct it
	// points to (o.Cost); nilConsts are the values when the caller passes
	// nil and the function points it at defaults instead
	// (if o == nil { o = &defaultOptions }).
	field     int
	nilConsts []int64
	// maybe: other values are possible (a default an environment
	// variable overrides); note says where the constants come from.
	maybe bool
	note  string
}

func unknown() value          { return value{param: -1} }
func (v value) known() bool   { return len(v.consts) > 0 || v.fn != "" || v.static }
func (v value) isParam() bool { return v.param >= 0 }

// kdfFact records the KDF calls a function makes whose arguments depend on
// its parameters.
type kdfFact struct {
	Uses []KDFUse
}

// KDFUse is one KDF call reached from a function.
type KDFUse struct {
	Algo  string
	Fast  bool     // a fast hash of a password (fastSalt), its salt alone
	Where string   // the KDF call, file:line:col
	Via   []string // wrappers between the function and the KDF call
	Args  []KDFArg // the roles, then "salt"
}

// KDFArg is what one KDF argument is: known values or a parameter.
type KDFArg struct {
	Role   string
	Param  int // -1 unless it is the function's parameter
	Consts []int64
	Fn     string
	Static bool
	// Field, NilConsts: value's field and nilConsts.
	Field     int
	NilConsts []int64
	// Maybe, Note: value's maybe and note (a configuration field's
	// default).
	Maybe bool
	Note  string
}

func (*kdfFact) AFact() {}

func (f *kdfFact) String() string {
	var parts []string
	for _, u := range f.Uses {
		var as []string
		for _, a := range u.Args {
			switch {
			case a.Param >= 0 && a.Field > 0:
				x := fmt.Sprintf("%s=param%d.field%d", a.Role, a.Param, a.Field-1)
				if len(a.NilConsts) > 0 {
					x += fmt.Sprintf("(nil:%v)", a.NilConsts)
				}
				as = append(as, x)
			case a.Param >= 0:
				as = append(as, fmt.Sprintf("%s=param%d", a.Role, a.Param))
			case a.Static:
				as = append(as, a.Role+"=const")
			case a.Fn != "":
				as = append(as, a.Role+"="+typesutil.ShortFuncName(a.Fn))
			case len(a.Consts) > 0:
				as = append(as, fmt.Sprintf("%s=%v", a.Role, a.Consts))
			}
		}
		algo := u.Algo
		if u.Fast {
			algo = "fast " + algo
		}
		parts = append(parts, algo+"("+strings.Join(as, " ")+")")
	}
	return "kdf " + strings.Join(parts, "; ")
}

func toArg(r string, v value) KDFArg {
	return KDFArg{Role: r, Param: v.param, Consts: v.consts, Fn: v.fn, Static: v.static, Field: v.field, NilConsts: v.nilConsts, Maybe: v.maybe, Note: v.note}
}

func fromArg(a KDFArg) value {
	return value{consts: a.Consts, fn: a.Fn, static: a.Static, param: a.Param, field: a.Field, nilConsts: a.NilConsts, maybe: a.Maybe, note: a.Note}
}

// kdf checks every KDF call and every call of a KDF wrapper, and exports
// the wrappers' facts.
func (s *state) kdf() {
	s.fastSalts = map[*ssa.Function][]KDFUse{}
	for _, f := range s.res.Flows(models.FastHash) {
		s.fastSalt(f)
	}
	s.uses = map[*ssa.Function][]KDFUse{}
	s.busy = map[*ssa.Function]bool{}
	s.globals = map[*ssa.Global]*value{}
	s.globalFields = map[globalFieldKey]*value{}
	for _, fn := range s.res.SSA.SrcFuncs {
		uses := s.usesOf(fn)
		if len(uses) == 0 {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil {
			s.pass.ExportObjectFact(obj, &kdfFact{Uses: uses})
		}
	}
}

// usesOf computes fn's parameter-dependent KDF uses, reporting on the way
// the calls whose arguments are all known.
func (s *state) usesOf(fn *ssa.Function) []KDFUse {
	if u, ok := s.uses[fn]; ok || s.busy[fn] {
		return u
	}
	s.busy[fn] = true
	var out []KDFUse
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			cc := call.Common()
			callee := cc.StaticCallee()
			if callee == nil {
				continue
			}
			if callee.Origin() != nil {
				callee = callee.Origin()
			}
			obj, _ := callee.Object().(*types.Func)
			if obj == nil {
				continue
			}
			if sp, ok := specs[obj.FullName()]; ok {
				s.slow = true
				u := KDFUse{Algo: sp.algo, Where: typesutil.Position(s.pass.Fset, call.Pos())}
				for _, r := range sp.roles {
					a := argOf(cc, obj, r.arg)
					if r.field != "" {
						u.Args = append(u.Args, toArg(r.name, s.argField(fn, call, a, r.field)))
						continue
					}
					u.Args = append(u.Args, toArg(r.name, bounded(s.resolve(fn, a, 0), a, call.Block(), call.Block())))
				}
				if sp.salt >= 0 {
					u.Args = append(u.Args, toArg("salt", s.resolve(fn, argOf(cc, obj, sp.salt), 0)))
				}
				if sp.algo == "argon2i" && !s.verifier(fn) {
					s.report(call.Pos(), RuleArgon2i, "argon2.Key is Argon2i, which OWASP does not recommend for passwords: use argon2.IDKey (Argon2id) with the same parameters")
				}
				if pu, ok := s.check(call, u); ok {
					out = append(out, pu)
				}
				continue
			}
			var callees []KDFUse
			if callee.Pkg == s.res.SSA.Pkg {
				callees = s.usesOf(callee)
			} else if obj.Pkg() != nil && obj.Pkg() != s.pass.Pkg {
				var f kdfFact
				if s.pass.ImportObjectFact(obj, &f) {
					callees = f.Uses
				}
			}
			if slices.ContainsFunc(callees, func(u KDFUse) bool { return !u.Fast }) {
				s.slow = true
			}
			for _, cu := range callees {
				u := KDFUse{Algo: cu.Algo, Fast: cu.Fast, Where: cu.Where, Via: append([]string{typesutil.ShortFuncName(obj.FullName())}, cu.Via...)}
				for _, a := range cu.Args {
					v := fromArg(a)
					if v.isParam() {
						if v.param < len(cc.Args) {
							v = s.resolveArg(fn, call, cc.Args[v.param], v)
						} else {
							v = unknown()
						}
					}
					u.Args = append(u.Args, toArg(a.Role, v))
				}
				if pu, ok := s.check(call, u); ok {
					out = append(out, pu)
				}
			}
		}
	}
	s.busy[fn] = false
	out = append(out, s.fastSalts[fn]...)
	// One use per distinct content: a wrapper calling the KDF twice the
	// same way needs one entry.
	seen := map[string]bool{}
	out = slices.DeleteFunc(out, func(u KDFUse) bool {
		k := (&kdfFact{Uses: []KDFUse{{Algo: u.Algo, Args: u.Args}}}).String()
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
	s.uses[fn] = out
	return out
}

// argOf returns the argument at a models-convention index.
func argOf(cc *ssa.CallCommon, obj *types.Func, i int) ssa.Value {
	if obj.Signature().Recv() != nil && !cc.IsInvoke() {
		i++
	}
	if i < len(cc.Args) {
		return cc.Args[i]
	}
	return nil
}

// check reports a use whose arguments are known and weak; it returns the
// use for the enclosing function's fact when an argument that decides is
// one of its parameters.
func (s *state) check(call ssa.CallInstruction, u KDFUse) (KDFUse, bool) {
	pending := false
	via := ""
	if len(u.Via) > 0 {
		via = " via " + strings.Join(u.Via, " → ") + " (" + u.Where + ")"
	}
	// Salt first: it needs no other argument.
	for _, a := range u.Args {
		if a.Role != "salt" {
			continue
		}
		switch {
		case a.Static:
			s.report(call.Pos(), RuleStaticSalt, fmt.Sprintf("%s salt is a constant%s: every password gets the same salt, so equal passwords hash alike and one precomputed table serves all; use 16 random bytes from crypto/rand per password", u.Algo, via))
		case a.Param >= 0:
			pending = true
		}
	}
	vals := map[string]value{}
	for _, a := range u.Args {
		if a.Role == "salt" {
			continue
		}
		v := fromArg(a)
		if v.isParam() {
			pending = true
		}
		vals[a.Role] = v
	}
	if u.Algo == "argon2i" {
		return u, pending
	}
	for _, v := range vals {
		if !v.known() {
			return u, pending // decided at the callers, or unknowable
		}
	}
	msg, may := s.weak(u.Algo, vals)
	if msg != "" {
		for _, v := range vals {
			if v.note != "" {
				may = may || v.maybe
				via += " (" + v.note + ")"
			}
		}
		if may {
			msg = strings.Replace(msg, " is ", " may be ", 1)
		}
		if i := strings.Index(msg, ": "); i >= 0 {
			msg = msg[:i] + via + msg[i:]
		} else {
			msg += via
		}
		s.report(call.Pos(), RuleWeakParams, msg)
	}
	// Judged here: callers only need the salt, if it is theirs.
	var rest []KDFArg
	for _, a := range u.Args {
		if a.Role == "salt" {
			rest = append(rest, a)
		}
	}
	u.Args = rest
	return u, pending
}

// weak judges known parameters against the limits; may is set when a weak
// value is one of several possible.
func (s *state) weak(algo string, vals map[string]value) (msg string, may bool) {
	switch algo {
	case "bcrypt":
		for _, c := range vals["cost"].consts {
			if c >= 4 && c < int64(s.bcrypt) {
				return fmt.Sprintf("bcrypt cost %d is below %d: use bcrypt.DefaultCost (10) or more", c, s.bcrypt), len(vals["cost"].consts) > 1
			}
		}
	case "argon2id":
		for _, t := range vals["time"].consts {
			for _, m := range vals["memory"].consts {
				if !slices.ContainsFunc(s.argon2id, func(r config.Argon2Row) bool { return m >= int64(r.MemoryKiB) && t >= int64(r.Time) }) {
					return fmt.Sprintf("argon2id with time %d and memory %d KiB is below every OWASP configuration: use at least m=19456 (19 MiB), t=2, p=1 or m=47104, t=1", t, m),
						len(vals["time"].consts)*len(vals["memory"].consts) > 1
				}
			}
		}
	case "scrypt":
		for _, n := range vals["N"].consts {
			for _, r := range vals["r"].consts {
				for _, p := range vals["p"].consts {
					if !slices.ContainsFunc(s.scrypt, func(row config.ScryptRow) bool { return n*r >= int64(row.N)*8 && p >= int64(row.P) }) {
						return fmt.Sprintf("scrypt with N=%d, r=%d, p=%d is below every OWASP configuration: use at least N=2^17, r=8, p=1 (or N=2^16 with p=2)", n, r, p),
							len(vals["N"].consts)*len(vals["r"].consts)*len(vals["p"].consts) > 1
					}
				}
			}
		}
	case "pbkdf2":
		prf := vals["prf"].fn
		min, name := s.pbkdf2.Other, "an unrecognised PRF"
		switch algoOfFunc(prf) {
		case "md5", "md4":
			return fmt.Sprintf("PBKDF2 with %s is a broken PRF: use PBKDF2-HMAC-SHA256 with 600,000 iterations, or argon2id", typesutil.ShortFuncName(prf)), false
		case "sha1":
			min, name = s.pbkdf2.SHA1, "HMAC-SHA1"
		case "sha256":
			min, name = s.pbkdf2.SHA256, "HMAC-SHA256"
		case "sha512":
			min, name = s.pbkdf2.SHA512, "HMAC-SHA512"
		}
		for _, it := range vals["iter"].consts {
			if it < int64(min) {
				return fmt.Sprintf("PBKDF2 with %s and %s iterations is below OWASP's %s: raise the iteration count or use argon2id", name, group(it), group(int64(min))), len(vals["iter"].consts) > 1
			}
		}
	}
	return "", false
}

func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// resolve finds what v is known to be in fn.
func (s *state) resolve(fn *ssa.Function, v ssa.Value, depth int) value {
	if v == nil || depth > 8 {
		return unknown()
	}
	switch v := v.(type) {
	case *ssa.Const:
		if n, ok := typesutil.ConstInt(v); ok {
			return value{consts: []int64{n}, param: -1}
		}
		if v.Value == nil || v.Value.Kind() == constant.String {
			return value{static: true, param: -1}
		}
	case *ssa.Parameter:
		for i, p := range fn.Params {
			if p == v {
				return value{param: i}
			}
		}
	case *ssa.Function:
		if obj, ok := v.Object().(*types.Func); ok {
			return value{fn: obj.FullName(), param: -1}
		}
	case *ssa.Convert:
		return s.resolve(fn, v.X, depth+1)
	case *ssa.ChangeType:
		return s.resolve(fn, v.X, depth+1)
	case *ssa.MakeInterface:
		return s.resolve(fn, v.X, depth+1)
	case *ssa.Phi:
		var vs []value
		for i, e := range v.Edges {
			ev := s.resolve(fn, e, depth+1)
			if i < len(v.Block().Preds) {
				ev = bounded(ev, e, v.Block().Preds[i], v.Block())
			}
			vs = append(vs, ev)
		}
		return merge(vs)
	case *ssa.BinOp:
		x, y := s.resolve(fn, v.X, depth+1), s.resolve(fn, v.Y, depth+1)
		if len(x.consts) == 1 && len(y.consts) == 1 {
			if n, ok := arith(v.Op, x.consts[0], y.consts[0]); ok {
				return value{consts: []int64{n}, param: -1}
			}
		}
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.Global:
			return s.global(x, depth)
		case *ssa.FieldAddr:
			switch base := x.X.(type) {
			case *ssa.Alloc:
				return s.fieldOf(fn, base, x.Field, depth)
			case *ssa.Global:
				return s.globalField(base, x.Field, depth)
			case *ssa.Parameter, *ssa.Phi:
				return s.pointedField(fn, base, x.Field, depth)
			default:
				return s.fieldDefault(base.Type(), x.Field)
			}
		}
	case *ssa.Field:
		if u, ok := v.X.(*ssa.UnOp); ok && u.Op == token.MUL {
			if a, ok := u.X.(*ssa.Alloc); ok {
				return s.fieldOf(fn, a, v.Field, depth)
			}
		}
		if _, local := v.X.(*ssa.Parameter); !local {
			return s.fieldDefault(v.X.Type(), v.Field)
		}
	case *ssa.Slice:
		// []byte{1, 2, 3}: a local array whose elements are constants.
		if a, ok := v.X.(*ssa.Alloc); ok && s.constArray(a) {
			return value{static: true, param: -1}
		}
	}
	return unknown()
}

// argField resolves field name of the struct a, a KDF's options
// argument, points to: a literal here, a package variable, or what a
// parameter points to (for the callers).
func (s *state) argField(fn *ssa.Function, call ssa.CallInstruction, a ssa.Value, name string) value {
	if a == nil {
		return unknown()
	}
	st, ok := typesutil.Deref(a.Type()).Underlying().(*types.Struct)
	if !ok {
		return unknown()
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() != name {
			continue
		}
		switch b := typesutil.Unconvert(a).(type) {
		case *ssa.Alloc:
			return s.fieldOfAt(fn, b, i, 0, call)
		case *ssa.Global:
			return s.globalField(b, i, 0)
		case *ssa.Parameter, *ssa.Phi:
			return s.pointedFieldAt(fn, b, i, 0, call)
		}
	}
	return unknown()
}

// bounded drops from v, what x is known to be, the constants that the
// branches taken to reach block b (from block from, when b is a phi's
// block and from one of its predecessors; else from is b) rule out:
// `if cost < 12 { cost = 12 }` or `if cost < 12 { return err }` leaves no
// configured default of 8. When no constant is left, x is only known to
// pass the checks: not judged.
func bounded(v value, x ssa.Value, from, b *ssa.BasicBlock) value {
	if len(v.consts) == 0 {
		return v
	}
	keep := func(c int64) bool {
		if from != b && !holds(from, b, x, c) {
			return false // the phi's edge itself
		}
		// Every block that dominates from was entered on the way; one
		// with a single predecessor, by that predecessor's edge.
		for d := from; d != nil; d = d.Idom() {
			if len(d.Preds) == 1 && !holds(d.Preds[0], d, x, c) {
				return false
			}
		}
		return true
	}
	out := v
	out.consts = slices.DeleteFunc(slices.Clone(v.consts), func(c int64) bool { return !keep(c) })
	if len(out.consts) == 0 {
		return unknown()
	}
	return out
}

// holds reports whether x == c is possible on the edge from block p to
// its successor succ: false when p ends in `if x OP k` whose outcome on
// that edge rules c out.
func holds(p, succ *ssa.BasicBlock, x ssa.Value, c int64) bool {
	if len(p.Instrs) == 0 || len(p.Succs) != 2 || p.Succs[0] == p.Succs[1] {
		return true
	}
	iff, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
	if !ok {
		return true
	}
	cond, ok := iff.Cond.(*ssa.BinOp)
	if !ok {
		return true
	}
	op := cond.Op
	k, ok := typesutil.ConstInt(cond.Y)
	if !ok || typesutil.Unconvert(cond.X) != typesutil.Unconvert(x) {
		k, ok = typesutil.ConstInt(cond.X)
		if !ok || typesutil.Unconvert(cond.Y) != typesutil.Unconvert(x) {
			return true
		}
		switch op { // k OP x is x OP' k
		case token.LSS:
			op = token.GTR
		case token.LEQ:
			op = token.GEQ
		case token.GTR:
			op = token.LSS
		case token.GEQ:
			op = token.LEQ
		}
	}
	var r bool
	switch op {
	case token.LSS:
		r = c < k
	case token.LEQ:
		r = c <= k
	case token.GTR:
		r = c > k
	case token.GEQ:
		r = c >= k
	case token.EQL:
		r = c == k
	case token.NEQ:
		r = c != k
	default:
		return true
	}
	return r == (succ == p.Succs[0])
}

// merge joins the values of a phi's or a variable's several assignments.
func merge(vs []value) value {
	out := value{param: -1}
	allStatic := len(vs) > 0
	for _, v := range vs {
		if !v.static {
			allStatic = false
		}
	}
	if allStatic {
		out.static = true
		return out
	}
	for _, v := range vs {
		if len(v.consts) == 0 {
			return unknown()
		}
		for _, c := range v.consts {
			if !slices.Contains(out.consts, c) && len(out.consts) < 8 {
				out.consts = append(out.consts, c)
			}
		}
	}
	slices.Sort(out.consts)
	return out
}

// fieldOf resolves field i of a local struct from every store into it.
func (s *state) fieldOf(fn *ssa.Function, a *ssa.Alloc, i int, depth int) value {
	return s.fieldOfAt(fn, a, i, depth, nil)
}

// fieldOfAt is fieldOf where the call at reads the struct (the KDF call
// given its options) rather than writing it.
func (s *state) fieldOfAt(fn *ssa.Function, a *ssa.Alloc, i int, depth int, at ssa.Instruction) value {
	var vs []value
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.FieldAddr:
			if r.Field != i {
				continue
			}
			for _, r2 := range *r.Referrers() {
				switch st := r2.(type) {
				case *ssa.Store:
					if st.Addr == r {
						vs = append(vs, s.resolve(fn, st.Val, depth+1))
					}
				case *ssa.UnOp:
				default:
					return unknown() // its address escapes
				}
			}
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.Store:
			if c, ok := r.Val.(*ssa.Const); ok && r.Addr == a && c.IsNil() {
				continue // the zeroing before a composite literal's fields
			}
			if u, ok := r.Val.(*ssa.UnOp); ok && r.Addr == a && u.Op == token.MUL && depth < 8 {
				if a2, ok := u.X.(*ssa.Alloc); ok {
					vs = append(vs, s.fieldOf(fn, a2, i, depth+1)) // p := kdfParams{...}: a copy of the literal
					continue
				}
			}
			return unknown() // the whole struct assigned (cfg = other) or stored elsewhere
		default:
			if ref == at {
				continue
			}
			return unknown() // passed somewhere that may write it
		}
	}
	if len(vs) == 0 {
		return unknown()
	}
	return merge(vs)
}

// constArray reports whether every element stored into a local array is
// a constant.
func (s *state) constArray(a *ssa.Alloc) bool {
	n := 0
	for _, ref := range *a.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			if _, isSlice := ref.(*ssa.Slice); isSlice {
				continue
			}
			return false
		}
		for _, r2 := range *ia.Referrers() {
			st, ok := r2.(*ssa.Store)
			if !ok {
				return false
			}
			if _, ok := st.Val.(*ssa.Const); !ok {
				return false
			}
			n++
		}
	}
	return n > 0
}

// global resolves a package variable of this package from every store
// into it; a variable whose address is taken anywhere (flag.IntVar) or
// that belongs to another package is unknown.
func (s *state) global(g *ssa.Global, depth int) value {
	if g.Pkg != s.res.SSA.Pkg {
		return unknown()
	}
	if v, ok := s.globals[g]; ok {
		if v == nil {
			return unknown() // in progress
		}
		return *v
	}
	s.globals[g] = nil
	var vs []value
	escapes := false
	for _, fn := range s.pkgFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if st, ok := instr.(*ssa.Store); ok && st.Addr == g {
					v := s.resolve(fn, st.Val, depth+1)
					if v.isParam() {
						v = unknown()
					}
					vs = append(vs, v)
					continue
				}
				if u, ok := instr.(*ssa.UnOp); ok && u.X == g {
					continue
				}
				for _, op := range instr.Operands(nil) {
					if op != nil && *op == g {
						escapes = true
					}
				}
			}
		}
	}
	v := unknown()
	if !escapes && len(vs) > 0 {
		v = merge(vs)
	}
	s.globals[g] = &v
	return v
}

// globalField resolves field i of a package variable of struct type
// (var defaultOptions = Options{Cost: 6}) from every store into that
// field, as global does for a whole variable; unknown when the variable
// is assigned whole or its address reaches anything but field reads and
// stores, directly or through a phi (o = &defaultOptions).
func (s *state) globalField(g *ssa.Global, i int, depth int) value {
	if g.Pkg != s.res.SSA.Pkg {
		return unknown()
	}
	k := globalFieldKey{g, i}
	if v, ok := s.globalFields[k]; ok {
		if v == nil {
			return unknown() // in progress
		}
		return *v
	}
	s.globalFields[k] = nil
	var refs []ssa.Instruction
	for _, fn := range s.pkgFuncs() {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				for _, op := range instr.Operands(nil) {
					if op != nil && *op == g {
						refs = append(refs, instr)
						break
					}
				}
			}
		}
	}
	v := unknown()
	if stores, ok := fieldStores(g, refs, i, map[*ssa.Phi]bool{}, nil); ok && len(stores) > 0 {
		var vs []value
		for _, st := range stores {
			var sv value
			if _, whole := st.Addr.(*ssa.FieldAddr); !whole {
				// The whole struct assigned: a composite literal's copy
				// (the initialiser's g = T{...}) names its fields.
				sv = unknown()
				if u, ok := st.Val.(*ssa.UnOp); ok && u.Op == token.MUL {
					if a, ok := u.X.(*ssa.Alloc); ok {
						sv = s.fieldOf(st.Parent(), a, i, depth+1)
					}
				}
			} else {
				sv = s.resolve(st.Parent(), st.Val, depth+1)
			}
			if sv.isParam() {
				sv = unknown()
			}
			vs = append(vs, sv)
		}
		v = merge(vs)
	}
	s.globalFields[k] = &v
	return v
}

type globalFieldKey struct {
	g *ssa.Global
	i int
}

// fieldStores returns the stores into field i through ptr, a pointer to
// a struct, and of the whole struct, given the instructions that use ptr
// (and following the phis it flows into) other than skip; ok is false when the pointer
// reaches anything else than field reads and stores, reads and stores of
// the whole struct and comparisons: a call that may write the field, a
// store of the pointer, a return.
func fieldStores(ptr ssa.Value, refs []ssa.Instruction, i int, seen map[*ssa.Phi]bool, skip ssa.Instruction) (stores []*ssa.Store, ok bool) {
	for _, ref := range refs {
		if ref == skip {
			continue
		}
		switch r := ref.(type) {
		case *ssa.Store:
			if r.Addr != ptr || r.Val == ptr {
				return nil, false // the pointer stored
			}
			stores = append(stores, r) // the whole struct assigned
		case *ssa.FieldAddr:
			if r.Field != i {
				continue // another field: its stores do not touch this one
			}
			for _, r2 := range *r.Referrers() {
				switch st := r2.(type) {
				case *ssa.Store:
					if st.Addr != r {
						return nil, false // the field's address stored
					}
					stores = append(stores, st)
				case *ssa.UnOp, *ssa.DebugRef:
				default:
					return nil, false // the field's address passed on
				}
			}
		case *ssa.UnOp, *ssa.DebugRef, *ssa.BinOp:
			// A copy of the whole struct; a comparison (o == nil).
		case *ssa.Phi:
			if !seen[r] {
				seen[r] = true
				more, ok := fieldStores(r, *r.Referrers(), i, seen, skip)
				if !ok {
					return nil, false
				}
				stores = append(stores, more...)
			}
		default:
			return nil, false // assigned whole, passed to a call, stored, returned
		}
	}
	return stores, true
}

// pointedField resolves field i of the struct a parameter points to, or a
// phi of that parameter and package variables of the same type (if o ==
// nil { o = &defaultOptions }): the parameter's field, decided at the
// callers, with the variables' fields as the values for a caller that
// passes nil (a nil edge of the phi would panic on the read). Unknown when
// the function writes the field or passes the pointer on.
func (s *state) pointedField(fn *ssa.Function, ptr ssa.Value, i int, depth int) value {
	return s.pointedFieldAt(fn, ptr, i, depth, nil)
}

// pointedFieldAt is pointedField where the call at only reads the struct.
func (s *state) pointedFieldAt(fn *ssa.Function, ptr ssa.Value, i int, depth int, at ssa.Instruction) value {
	param := -1
	var dflts []value
	edges := []ssa.Value{ptr}
	if phi, ok := ptr.(*ssa.Phi); ok {
		edges = phi.Edges
	}
	for _, e := range edges {
		switch e := e.(type) {
		case *ssa.Parameter:
			idx := slices.Index(fn.Params, e)
			if idx < 0 || param >= 0 && param != idx {
				return unknown()
			}
			param = idx
		case *ssa.Global:
			dflts = append(dflts, s.globalField(e, i, depth+1))
		case *ssa.Const:
			if !e.IsNil() {
				return unknown()
			}
		default:
			return unknown()
		}
	}
	if param < 0 {
		return merge(dflts)
	}
	if stores, ok := fieldStores(fn.Params[param], *fn.Params[param].Referrers(), i, map[*ssa.Phi]bool{}, at); !ok || len(stores) > 0 {
		return unknown()
	}
	v := value{param: param, field: i + 1}
	if len(dflts) > 0 {
		v.nilConsts = merge(dflts).consts
	}
	return v
}

// resolveArg resolves, at a call in fn, the argument a callee's parameter
// value v names: the argument itself, or the field v reads through it:
// nil selects the callee's defaults, fn's own parameter passes the
// question on to fn's callers. A pointer to a variable is unknown: the
// call it is passed to may write it; call, which the callee's fact says
// only reads the field, is not such a use of fn's parameter.
func (s *state) resolveArg(fn *ssa.Function, call ssa.CallInstruction, arg ssa.Value, v value) value {
	if v.field == 0 {
		return bounded(s.resolve(fn, arg, 0), arg, call.Block(), call.Block())
	}
	switch a := arg.(type) {
	case *ssa.Alloc:
		// An options literal made here: hashWith(pw, &Params{Memory: ...}).
		return s.fieldOfAt(fn, a, v.field-1, 0, call)
	case *ssa.Const:
		if a.IsNil() && len(v.nilConsts) > 0 {
			return value{consts: v.nilConsts, param: -1}
		}
	case *ssa.Parameter:
		if idx := slices.Index(fn.Params, a); idx >= 0 {
			if stores, ok := fieldStores(a, *a.Referrers(), v.field-1, map[*ssa.Phi]bool{}, call); ok && len(stores) == 0 {
				return value{param: idx, field: v.field, nilConsts: v.nilConsts}
			}
		}
	}
	return unknown()
}

// pkgFuncs returns the package's source functions and its initialiser
// (which stores package variables' initial values).
func (s *state) pkgFuncs() []*ssa.Function {
	funcs := slices.Clone(s.res.SSA.SrcFuncs)
	if init := s.res.SSA.Pkg.Func("init"); init != nil {
		funcs = append(funcs, init)
	}
	return funcs
}

func arith(op token.Token, x, y int64) (int64, bool) {
	switch op {
	case token.ADD:
		return x + y, true
	case token.SUB:
		return x - y, true
	case token.MUL:
		return x * y, true
	case token.QUO:
		if y != 0 {
			return x / y, true
		}
	case token.SHL:
		if y >= 0 && y < 63 {
			return x << y, true
		}
	case token.SHR:
		if y >= 0 && y < 63 {
			return x >> y, true
		}
	}
	return 0, false
}

// fastSalt finds the salt of a password's fast hash in the function that
// hashes it: what else the hash.Hash is written (h.Write(salt);
// h.Write([]byte(pw))) or the other operand of the append or concatenation
// hashed (sha256.Sum256(append(salt, pw...))). A constant salt is reported
// here; a parameter goes into the function's fact as a fast use, so that
// a caller passing constant bytes is reported (SaltedSHA256(pw,
// []byte("pepper"))). The fast hash itself is pwhash-fast-hash's finding.
func (s *state) fastSalt(f *taint.Flow) {
	if len(f.Via) > 0 || !s.passwordFlow(f) {
		return
	}
	instr := callAt(f.Fn, f.Pos)
	if instr == nil {
		return
	}
	algo := s.algorithm(f, instr)
	if algo == "" {
		algo = typesutil.ShortFuncName(f.Sink)
	}
	cc := instr.Common()
	var salts []joinedValue // with where each is hashed with the password
	if cc.IsInvoke() {
		// Other writes into the same hash.
		for _, b := range f.Fn.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok || c == instr || !c.Common().IsInvoke() || c.Common().Value != cc.Value || c.Common().Method.Name() != "Write" || len(c.Common().Args) != 1 {
					continue
				}
				if a := c.Common().Args[0]; !s.passwordValue(f, a) {
					salts = append(salts, joinedValue{a, c.Pos()})
				}
			}
		}
	} else if len(cc.Args) > 0 {
		for _, op := range joined(cc.Args[0], f.Pos, 0) {
			if !s.passwordValue(f, op.v) {
				salts = append(salts, op)
			}
		}
	}
	// The salt is everything hashed with the password: constant when
	// every part is, a parameter's when one part is and the rest constant
	// ("v1:" + salt); a per-user part (an email) makes it no static salt.
	var param *value
	at := token.NoPos
	for _, salt := range salts {
		v := s.resolve(f.Fn, salt.v, 0)
		switch {
		case v.static:
			if at == token.NoPos && salt.pos != f.Pos {
				// (At the hash call itself, a constant is no salt.)
				at = salt.pos
			}
		case v.isParam() && param == nil:
			param = &v
		default:
			return
		}
	}
	switch {
	case param != nil:
		s.fastSalts[f.Fn] = append(s.fastSalts[f.Fn], KDFUse{Algo: algo, Fast: true, Where: typesutil.Position(s.pass.Fset, f.Pos), Args: []KDFArg{toArg("salt", *param)}})
	case at.IsValid():
		s.report(at, RuleStaticSalt, fmt.Sprintf("%s salt of a password is a constant: every password gets the same salt, so equal passwords hash alike and one precomputed table serves all; use 16 random bytes from crypto/rand per password (and bcrypt, argon2id or scrypt rather than a fast hash)", algo))
	}
}

// joinedValue is an operand of an append or concatenation, and where it
// is joined.
type joinedValue struct {
	v   ssa.Value
	pos token.Pos
}

// joined returns the operands of the append or string concatenation v is
// (through conversions), each with the append's or the operator's
// position, or v itself at pos.
func joined(v ssa.Value, pos token.Pos, depth int) []joinedValue {
	if depth > 4 {
		return []joinedValue{{v, pos}}
	}
	switch x := v.(type) {
	case *ssa.Convert:
		return joined(x.X, pos, depth+1)
	case *ssa.Slice:
		return joined(x.X, pos, depth+1)
	case *ssa.BinOp:
		if x.Op == token.ADD {
			return append(joined(x.X, x.Pos(), depth+1), joined(x.Y, x.Pos(), depth+1)...)
		}
	case *ssa.Call:
		if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" && len(x.Call.Args) == 2 {
			return append(joined(x.Call.Args[0], x.Pos(), depth+1), joined(x.Call.Args[1], x.Pos(), depth+1)...)
		}
	}
	return []joinedValue{{v, pos}}
}

// passwordFlow reports whether a fast-hash flow hashes a password: by the
// engine's kinds or a parameter named a password.
func (s *state) passwordFlow(f *taint.Flow) bool {
	if f.Taint.Has(models.Password) {
		return true
	}
	for i, n := range f.ParamNames {
		if i < 64 && f.Taint.Params&(1<<i) != 0 && s.isPasswordName(bitName(n)) {
			return true
		}
	}
	return false
}

// passwordValue reports whether v, hashed in f's function, is the password.
func (s *state) passwordValue(f *taint.Flow, v ssa.Value) bool {
	t := s.res.TaintOf(v)
	if t.Has(models.Password) {
		return true
	}
	for i, n := range f.ParamNames {
		if i < 64 && t.Params&(1<<i) != 0 && s.isPasswordName(bitName(n)) {
			return true
		}
	}
	return false
}
