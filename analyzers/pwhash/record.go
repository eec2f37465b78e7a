package pwhash

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Whole records and named columns given to an ORM (models.PersistCall).
//
// A record passed whole to gorm's Create or sqlx's NamedExec writes each
// persisted field as a column. Its password field is a plaintext store
// when this package shows that the field holds the plaintext: it compares
// the field as it is with a supplied password (st.Password != password),
// or stores a plaintext password into it; and it never stores a computed
// value (a hash) into it. A field whose name says hash (PasswordHash) is
// no password field, and one tagged gorm:"-" or db:"-" is not persisted.
// A record whose password field nothing here fills or checks as plaintext
// (it may hold a bcrypt hash under a password's name) is not reported.

// notePlainField records that the comparison of x and y, reported as
// plaintext, reads a persisted record's password field as it is.
func (s *state) notePlainField(pos token.Pos, x, y ast.Expr) {
	for _, e := range []ast.Expr{x, y} {
		sel, ok := unconvertExpr(s.pass.TypesInfo, e).(*ast.SelectorExpr)
		if !ok || s.recordPassword(sel) == "" {
			continue
		}
		if f, ok := s.pass.TypesInfo.Selections[sel].Obj().(*types.Var); ok {
			if s.plainFields == nil {
				s.plainFields = map[*types.Var]token.Pos{}
			}
			if _, seen := s.plainFields[f]; !seen {
				s.plainFields[f] = pos
			}
		}
	}
}

// hashedFields returns the password fields into which this package
// stores a computed value (a hash, an encoding of one): not plaintext.
func (s *state) hashedFields() map[*types.Var]bool {
	if s.hashed != nil {
		return s.hashed
	}
	s.hashed = map[*types.Var]bool{}
	for fn, fs := range storesIntoFields(s.res.SSA.SrcFuncs) {
		st, f := fs.st, fs.field
		if !s.isPasswordName(f.Name()) {
			continue
		}
		if c, ok := st.Val.(*ssa.Const); ok && (c.Value == nil || c.Value.Kind() == constant.String) {
			continue // cleared ("") before a response
		}
		if _, plain := s.plain(fn, st.Val); !plain && !supplied(st.Val, map[ssa.Value]bool{}) {
			s.hashed[f] = true
		}
	}
	return s.hashed
}

// fieldStore is a store into a field of a struct.
type fieldStore struct {
	st    *ssa.Store
	addr  *ssa.FieldAddr
	field *types.Var
}

// storesIntoFields yields the stores into struct fields in funcs, with the
// function each is in.
func storesIntoFields(funcs []*ssa.Function) iter.Seq2[*ssa.Function, fieldStore] {
	return func(yield func(*ssa.Function, fieldStore) bool) {
		for _, fn := range funcs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					st, ok := instr.(*ssa.Store)
					if !ok {
						continue
					}
					fa, ok := st.Addr.(*ssa.FieldAddr)
					if !ok {
						continue
					}
					if f := fieldObj(fa.X.Type(), fa.Field); f != nil && !yield(fn, fieldStore{st, fa, f}) {
						return
					}
				}
			}
		}
	}
}

func fieldObj(t types.Type, i int) *types.Var {
	if st, ok := typesutil.Deref(t).Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i)
	}
	return nil
}

// persistCall judges a call of models.PersistCall: a record whose
// password field holds the plaintext, or a column named as a password
// given a plaintext password.
func (s *state) persistCall(fn *ssa.Function, call ssa.CallInstruction) {
	cc := call.Common()
	obj := typesutil.Callee(cc)
	if obj == nil {
		return
	}
	p, ok := models.PersistCall(obj.Origin().FullName())
	if !ok {
		return
	}
	args := cc.Args
	if !cc.IsInvoke() && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	name := typesutil.ShortFuncName(obj.Origin().FullName())
	if p.Column >= 0 && p.Value < len(args) {
		col, ok := typesutil.ConstString(args[p.Column])
		if !ok || !s.isPasswordName(col) {
			return
		}
		if d, ok := s.plain(fn, args[p.Value]); ok {
			s.report(call.Pos(), RulePlaintext, fmt.Sprintf("%s is written by %s to the column %q as it is: the database stores the plaintext; store a bcrypt, argon2id or scrypt hash (in a column named for it, password_hash) instead", s.subject(d), name, col))
		}
		return
	}
	if p.Record < 0 || p.Record >= len(args) {
		return
	}
	v := args[p.Record]
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	t := typesutil.Deref(v.Type())
	if e, ok := t.Underlying().(interface{ Elem() types.Type }); ok {
		if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
			t = typesutil.Deref(e.Elem()) // a slice or array of records
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || !persistedRecord(st) {
		return
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		if !s.isPasswordName(f.Name()) || !isTextType(f.Type()) || persistExcluded(st.Tag(i)) {
			continue
		}
		at, plain := s.plainFields[f]
		if !plain || s.hashedFields()[f] {
			continue
		}
		var related []analysis.RelatedInformation
		if at.IsValid() {
			related = append(related, analysis.RelatedInformation{Pos: at, Message: typeName(t) + "." + f.Name() + " compared or filled here as plaintext"})
		}
		s.report(call.Pos(), RulePlaintext, fmt.Sprintf("%s is passed whole to %s, which persists its %s field, a plaintext password (this package compares or fills it as it is): store a bcrypt, argon2id or scrypt hash in a field named for it (PasswordHash) and keep the plaintext out of the record (tag it gorm:\"-\" or db:\"-\")", typeName(t), name, f.Name()), related...)
		return
	}
}

// persistExcluded reports whether a persisted record's field is no
// column: a persistence tag excludes it.
func persistExcluded(tag string) bool {
	_, excluded := persistTag(tag)
	return excluded
}

// tagEncoders render a digest as text, keeping it the same secret.
var tagEncoders = map[string]bool{"encoding/hex.EncodeToString": true, "(*encoding/base64.Encoding).EncodeToString": true}

// macTag reports whether v is the Sum of a keyed MAC (hmac.New's
// hash.Hash), through conversions, hex or base64 encoding and functions
// of this package that return one (func sign(key, body []byte) []byte):
// whoever learns it byte by byte forges the message, whatever its name.
func macTag(v ssa.Value) bool { return macTagN(v, 0) }

func macTagN(v ssa.Value, depth int) bool {
	for range 4 {
		v = typesutil.Unconvert(v)
		c, ok := v.(*ssa.Call)
		if !ok {
			return false
		}
		cc := c.Common()
		if cc.IsInvoke() {
			return cc.Method.Name() == "Sum" && hashOrigin(cc.Value, 0) == "hmac"
		}
		if fn := cc.StaticCallee(); fn != nil && fn.Blocks != nil && depth < 3 {
			return returnsMAC(fn, depth+1)
		}
		obj := typesutil.Callee(cc)
		if obj == nil || !tagEncoders[obj.FullName()] || len(cc.Args) == 0 {
			return false
		}
		v = cc.Args[len(cc.Args)-1]
	}
	return false
}

// returnsMAC reports whether every value fn returns first is a MAC tag
// (macTag) or nil.
func returnsMAC(fn *ssa.Function, depth int) bool {
	found := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) == 0 {
			continue
		}
		if c, ok := ret.Results[0].(*ssa.Const); ok && c.IsNil() {
			continue
		}
		if !macTagN(ret.Results[0], depth) {
			return false
		}
		found = true
	}
	return found
}

// madeSecret returns the argument that is the secret its function makes,
// by the function's name: in NewPortalResetCode, the variable code is the
// reset code (the function's name qualifies the variable's last word,
// which names what it makes: code, token, key). "" otherwise.
func (s *state) madeSecret(fn *ssa.Function, args []ast.Expr) string {
	for fn != nil && fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn == nil {
		return ""
	}
	fws := models.Words(fn.Name())
	if len(fws) < 2 || !isSecretName(fn.Name()) {
		return ""
	}
	for _, a := range args {
		id, ok := unconvertExpr(s.pass.TypesInfo, a).(*ast.Ident)
		if !ok || !s.textVar(id) {
			continue
		}
		if v, ok := s.pass.TypesInfo.Uses[id].(*types.Var); !ok || v.Kind() != types.LocalVar && v.Kind() != types.ResultVar {
			continue
		}
		ws := models.Words(id.Name)
		if len(ws) == 1 && ws[0] == fws[len(fws)-1] {
			return id.Name + " (the " + strings.Join(fws[1:], " ") + " " + fn.Name() + " makes)"
		}
	}
	return ""
}

// madeSecretHash reports a secret hashed with MD5 or SHA-1 that the
// engine has no flow for: a value made here from random bytes carries no
// source to follow; the name of the local variable holding it
// (resetCode, sessionToken) or its maker's (code in NewPortalResetCode,
// see madeSecret) says what it is.
func (s *state) madeSecretHash(fn *ssa.Function, call ssa.CallInstruction) {
	c := s.calls[call.Pos()]
	if c == nil || s.reported[call.Pos()] || len(s.res.CallSinks(call, models.FastHash)) == 0 {
		return
	}
	obj := typesutil.Callee(call.Common())
	if obj == nil {
		return
	}
	algo := algoOfFunc(obj.FullName())
	if algo == "" && call.Common().IsInvoke() {
		algo = hashOrigin(call.Common().Value, 0)
	}
	if algo != "md5" && algo != "sha1" {
		return
	}
	what := s.madeSecret(fn, c.Args)
	for _, a := range c.Args {
		// A local variable (or a named result) only: package variables,
		// fields and parameters are the engine's, by their sources.
		id, ok := unconvertExpr(s.pass.TypesInfo, a).(*ast.Ident)
		if what != "" || !ok || !isSecretName(id.Name) || !s.textVar(id) {
			continue
		}
		if v, ok := s.pass.TypesInfo.Uses[id].(*types.Var); ok && (v.Kind() == types.LocalVar || v.Kind() == types.ResultVar) {
			what = id.Name
		}
	}
	if what != "" {
		s.report(call.Pos(), RuleBroken, fmt.Sprintf("secret %s is hashed with %s, a broken hash: use SHA-256 (or HMAC-SHA-256 with a server key)", what, algo))
	}
}
