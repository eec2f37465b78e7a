package pwhash

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Comparisons and storage of plaintext passwords and secrets.

// compares reports == and != and the equality functions on passwords
// (pwhash-plaintext-store: the password is kept in plaintext to be
// compared) and on secrets (secret-compare-timing). hmac.Equal and
// subtle.ConstantTimeCompare are the right tools for secrets and never
// a timing finding; they are a plaintext finding only when both sides are
// the passwords themselves; a comparison with a constant ("", a prefix)
// leaks nothing secret.
// Test files are skipped: they compare fixtures, not live secrets.
func (s *state) compares() {
	for _, f := range s.pass.Files {
		name := s.pass.Fset.File(f.FileStart).Name()
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					s.operands[n.OpPos] = [2]ast.Expr{n.X, n.Y}
					s.compare(n.OpPos, n.Op.String(), n.X, n.Y)
				}
			case *ast.CallExpr:
				fn := typeutilCallee(s.pass.TypesInfo, n)
				if fn == nil || len(n.Args) != 2 {
					break
				}
				// Constant time is right for secrets, but a password
				// compared as itself with a stored password is still a
				// plaintext password (see compareConstTime).
				if _, ok := models.CompareFunc(fn.FullName()); ok {
					s.operands[n.Lparen] = [2]ast.Expr{n.Args[0], n.Args[1]}
				}
				switch constTime, ok := models.CompareFunc(fn.FullName()); {
				case ok && !constTime:
					s.compare(n.Lparen, typesutil.ShortFuncName(fn.FullName()), n.Args[0], n.Args[1])
				case ok:
					s.compareConstTime(n.Lparen, typesutil.ShortFuncName(fn.FullName()), n.Args[0], n.Args[1])
				}
			}
			return true
		})
	}
}

// flowCompares reports the engine's password comparisons
// (models.PasswordCompare) whose other side is a password: a request's
// password compared with a password the program holds (c.Password), in
// this function or in a callee that a call here passes it to
// (CheckPlain(c, r.FormValue("password")) comparing c.Password != supplied),
// reported at that call as the engine's flows through parameters are.
// compares judged the comparisons whose sides are named passwords; this
// finds those whose supplied side is a password by where it comes from.
func (s *state) flowCompares() {
	for _, f := range s.res.Flows(models.PasswordCompare) {
		t := f.Taint
		if !t.Has(models.Password) || f.Peer.Has(models.Untrusted) {
			// Not a password compared, or compared with a password field
			// that the caller filled from the request too (two fresh
			// inputs: pocketbase's v.Plain != form.password).
			continue
		}
		at := f.Pos
		if len(f.Via) > 0 {
			at = f.SinkPos
			if s.toPasswordParam(f) {
				continue
			}
		}
		// The comparison as written, when it is in this package.
		if xy, ok := s.operands[at]; ok && (confirmation(xy[0]) || confirmation(xy[1]) || newVersusOld(xy[0], xy[1]) || sameRoot(xy[0], xy[1])) {
			continue
		}
		what := "from the request"
		if o := t.Sens; o != nil && o.Kind&models.Password != 0 {
			what = o.Desc
		} else if o := t.Source; o != nil {
			what = o.Desc
		}
		op := f.Sink
		if strings.Contains(op, ".") {
			op = typesutil.ShortFuncName(op)
		}
		var related []analysis.RelatedInformation
		if o := t.Sens; o != nil && o.Pos.IsValid() && o.Pos != f.Pos {
			related = append(related, analysis.RelatedInformation{Pos: o.Pos, Message: "source: " + o.Desc})
		}
		via := ""
		if len(f.Via) > 0 {
			via = " via " + strings.Join(f.Via, " → ")
			if f.SinkWhere != "" {
				via += " (" + f.SinkWhere + ")"
			}
			if f.SinkPos.IsValid() {
				related = append(related, analysis.RelatedInformation{Pos: f.SinkPos, Message: "compared here with " + op})
			}
		}
		s.report(f.Pos, RulePlaintext, fmt.Sprintf("%s is compared in plaintext (%s) with a stored password%s: the stored password must be a bcrypt, argon2id or scrypt hash, checked with bcrypt.CompareHashAndPassword (or the KDF and subtle.ConstantTimeCompare)", s.subject(what), op, via), related...)
	}
}

// toPasswordParam reports whether the call at f.Pos passes the compared
// password to a parameter named as a password. The callee judges its
// comparisons of such a parameter by that name where it compares
// (CheckNamed(a, password) with password == a.Password): a finding here
// would be the same comparison again.
func (s *state) toPasswordParam(f *taint.Flow) bool {
	if f.Fn == nil {
		return false
	}
	for _, b := range f.Fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || call.Pos() != f.Pos {
				continue
			}
			cc := call.Common()
			obj := typesutil.Callee(cc)
			if obj == nil {
				continue
			}
			params := obj.Signature().Params()
			off := len(cc.Args) - params.Len() // a static method call's receiver
			for i := 0; i < params.Len(); i++ {
				if i+off < 0 || i+off >= len(cc.Args) || !models.IsPasswordName(params.At(i).Name()) {
					continue
				}
				if s.res.TaintOf(cc.Args[i+off]).Has(models.Password) {
					return true
				}
			}
		}
	}
	return false
}

func typeutilCallee(info *types.Info, call *ast.CallExpr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, _ := info.Uses[id].(*types.Func)
	return fn
}

// compare judges one comparison of x and y.
func (s *state) compare(pos token.Pos, op string, x, y ast.Expr) {
	for _, e := range []ast.Expr{x, y} {
		tv, ok := s.pass.TypesInfo.Types[e]
		if !ok || tv.Value != nil || tv.IsNil() || !isTextType(tv.Type) {
			return
		}
	}
	pwX, pwY := s.namedIn(x, s.isPasswordName), s.namedIn(y, s.isPasswordName)
	if pwX != "" || pwY != "" {
		if confirmation(x) || confirmation(y) || newVersusOld(x, y) || sameRoot(x, y) {
			return // a confirmation field or a password change, not a check against a stored password
		}
		// A check against a stored password: both sides name a password
		// (user.Password == req.Password), or the other side says it is
		// the stored or expected one. Two fresh inputs compared in memory
		// (pocketbase's v.Plain != form.password) are not.
		if pwX == "" && !s.storedSide(x) || pwY == "" && !s.storedSide(y) {
			// Or one side is a password field of a persisted record
			// (c.Password with db tags) and the other the supplied text
			// itself, not a digest of it: the record keeps the plaintext.
			if rec := s.recordCompare(pos, x, y); rec != "" {
				s.notePlainField(pos, x, y)
				s.report(pos, RulePlaintext, fmt.Sprintf("%s, a persisted record's password, is compared in plaintext with %s: the stored password must be a bcrypt, argon2id or scrypt hash, checked with bcrypt.CompareHashAndPassword (or the KDF and subtle.ConstantTimeCompare)", rec, op))
			}
			return
		}
		what := pwX
		if what == "" {
			what = pwY
		}
		s.notePlainField(pos, x, y)
		s.report(pos, RulePlaintext, fmt.Sprintf("%s is compared in plaintext with %s: the stored password must be a bcrypt, argon2id or scrypt hash, checked with bcrypt.CompareHashAndPassword (or the KDF and subtle.ConstantTimeCompare)", s.subject(what), op))
		return
	}
	if s.sentinel(x) || s.sentinel(y) {
		return // compared with a package-level sentinel (FirstPageToken), not with another secret
	}
	if s.bothRequest(pos) {
		// Two copies of what the client sent (a client secret in the body
		// and in the Authorization header): the timing tells the client
		// nothing it does not already know.
		return
	}
	secret := s.secretIn(pos, 0, x)
	if secret == "" {
		secret = s.secretIn(pos, 1, y)
	}
	if secret == "" || s.keepsElements(pos) {
		return
	}
	s.report(pos, RuleTiming, fmt.Sprintf("secret %s is compared with %s, which returns at the first differing byte: use hmac.Equal or subtle.ConstantTimeCompare", secret, op))
}

// compareConstTime judges a constant-time comparison: a plaintext finding
// when both sides are, once converted to bytes, password variables or
// fields themselves (subtle.ConstantTimeCompare([]byte(pass),
// []byte(c.Password))): the stored side is then the plaintext whatever the
// comparison's timing. A side computed by a call (a hash of the input, an
// HMAC) or named as a hash (PasswordHash) is another matter: a fast hash is
// pwhash-fast-hash's, a MAC is right.
func (s *state) compareConstTime(pos token.Pos, op string, x, y ast.Expr) {
	pwX, pwY := s.plainPassword(x), s.plainPassword(y)
	if pwX == "" || pwY == "" || confirmation(x) || confirmation(y) || newVersusOld(x, y) || sameRoot(x, y) {
		if rec := s.recordCompare(pos, x, y); rec != "" {
			s.notePlainField(pos, x, y)
			s.report(pos, RulePlaintext, fmt.Sprintf("%s, a persisted record's password, is compared as it is (%s) with the supplied password: constant time does not make the stored password safe; store a bcrypt, argon2id or scrypt hash and check it with bcrypt.CompareHashAndPassword (or the KDF)", rec, op))
		}
		return
	}
	s.notePlainField(pos, x, y)
	s.report(pos, RulePlaintext, fmt.Sprintf("%s is compared with %s, a plaintext password: constant time does not make the stored password safe; store a bcrypt, argon2id or scrypt hash and check it with bcrypt.CompareHashAndPassword (or the KDF)", s.subject(pwX), shorten(types.ExprString(unconvertExpr(s.pass.TypesInfo, y)))+" ("+op+")"))
}

// recordCompare returns the stored side of a comparison of a persisted
// record's password field with text supplied as it is: one side is a
// password-named field of a struct a database layer persists (db, gorm,
// bson... tags, or an embedded gorm.Model) read as it is ([]byte(c.Password)),
// the other a parameter, variable, request value or field passed through
// conversions only, named for no digest. The record then holds the
// plaintext, whatever compares it. A digest on the other side
// (subtle.ConstantTimeCompare([]byte(c.Password), derive(pw))) says the
// field holds a hash under a password's name, and is not reported;
// neither are confirmation fields or new-versus-old checks.
func (s *state) recordCompare(pos token.Pos, x, y ast.Expr) string {
	if confirmation(x) || confirmation(y) || newVersusOld(x, y) || sameRoot(x, y) {
		return ""
	}
	vals, ok := s.ssaOperands()[pos]
	if !ok {
		return ""
	}
	for i, e := range [2]ast.Expr{x, y} {
		rec := s.recordPassword(e)
		if rec == "" {
			continue
		}
		if supplied(vals[1-i], map[ssa.Value]bool{}) {
			return rec
		}
	}
	return ""
}

// recordPassword returns e (through conversions) when it is a
// password-named text field of a persisted struct, or "".
func (s *state) recordPassword(e ast.Expr) string {
	sel, ok := unconvertExpr(s.pass.TypesInfo, e).(*ast.SelectorExpr)
	if !ok || !s.isPasswordName(sel.Sel.Name) || !s.textVar(sel.Sel) {
		return ""
	}
	selection := s.pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal {
		return ""
	}
	st, ok := typesutil.Deref(selection.Recv()).Underlying().(*types.Struct)
	if !ok || !persistedRecord(st) {
		return ""
	}
	return shorten(types.ExprString(sel))
}

// persistedRecord reports whether a database layer persists the struct:
// a field has a persistence tag, or it embeds gorm's Model.
func persistedRecord(st *types.Struct) bool {
	for i := range st.NumFields() {
		if persisted(st.Tag(i)) {
			return true
		}
		if f := st.Field(i); f.Embedded() {
			switch typesutil.NamedPath(f.Type()) {
			case "gorm.io/gorm.Model", "github.com/jinzhu/gorm.Model":
				return true
			}
		}
	}
	return false
}

// digestWords name a value derived from a password or secret.
var digestWords = map[string]bool{"hash": true, "hashed": true, "digest": true, "sum": true, "mac": true, "hmac": true,
	"sig": true, "signature": true, "encrypted": true, "derived": true, "key": true, "crypted": true, "bcrypt": true}

func digestName(name string) bool {
	for _, w := range models.Words(name) {
		if digestWords[w] {
			return true
		}
	}
	return false
}

// supplied reports whether v is text taken as it is, not computed: a
// parameter, free variable, local struct's field or a request or
// environment accessor's result (models.KeyedSourceFor), through
// conversions and phis, none named as a digest.
func supplied(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return true
	}
	seen[v] = true
	if u := typesutil.Unconvert(v); u != v {
		return supplied(u, seen)
	}
	switch x := v.(type) {
	case *ssa.Slice:
		if _, array := x.X.(*ssa.Alloc); array {
			// sum[:] of a local array: what was stored into it (a
			// digest, sha256.Sum256), not text taken as it is.
			return false
		}
		return supplied(x.X, seen)
	case *ssa.Parameter:
		return !digestName(x.Name())
	case *ssa.FreeVar:
		return !digestName(x.Name())
	case *ssa.Alloc:
		return true // a local struct (its field was checked by the caller)
	case *ssa.Field:
		return !digestName(fieldNameOf(x.X.Type(), x.Field)) && supplied(x.X, seen)
	case *ssa.FieldAddr:
		return !digestName(fieldNameOf(x.X.Type(), x.Field)) && supplied(x.X, seen)
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if _, ok := x.X.(*ssa.FieldAddr); ok {
				return supplied(x.X, seen)
			}
			if p, ok := x.X.(*ssa.Parameter); ok {
				return supplied(p, seen)
			}
		}
	case *ssa.Phi:
		for _, e := range x.Edges {
			if !supplied(e, seen) {
				return false
			}
		}
		return true
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok && x.Index == 0 {
			return keyedAccessor(c)
		}
	case *ssa.Call:
		return keyedAccessor(x)
	}
	return false
}

// keyedAccessor reports whether the call reads a request or environment
// value by key (r.FormValue("pwd"), os.Getenv): the value as sent.
func keyedAccessor(c *ssa.Call) bool {
	obj := typesutil.Callee(typesutil.Unbind(c.Common()))
	return obj != nil && models.KeyedSourceFor(obj.FullName()) != nil
}

func fieldNameOf(t types.Type, i int) string {
	if f := fieldObj(t, i); f != nil {
		return f.Name()
	}
	return ""
}

// ssaOperands maps each comparison of the package (== and != by OpPos,
// a comparison function's call by Lparen) to its two SSA operands.
func (s *state) ssaOperands() map[token.Pos][2]ssa.Value {
	if s.ssaOps != nil {
		return s.ssaOps
	}
	s.ssaOps = map[token.Pos][2]ssa.Value{}
	s.ssaCmps = map[token.Pos]ssa.Value{}
	for _, fn := range s.res.SSA.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch v := instr.(type) {
				case *ssa.BinOp:
					if v.Op == token.EQL || v.Op == token.NEQ {
						s.ssaOps[v.Pos()] = [2]ssa.Value{v.X, v.Y}
						s.ssaCmps[v.Pos()] = v
					}
				case *ssa.Call:
					if obj := typesutil.Callee(v.Common()); obj != nil && len(v.Call.Args) == 2 {
						if _, ok := models.CompareFunc(obj.FullName()); ok {
							s.ssaOps[v.Pos()] = [2]ssa.Value{v.Call.Args[0], v.Call.Args[1]}
							s.ssaCmps[v.Pos()] = v
						}
					}
				}
			}
		}
	}
	return s.ssaOps
}

// keepsElements reports whether the comparison at pos only decides what a
// loop does with the element at hand and then goes on to the next one:
// the list kept without a token (if token != t.AccessToken { kept =
// append(kept, t) }), the clients closed for a token. No branch it decides
// leaves the loop (a return, a break) or sets a flag (ok = true) that
// the code after the loop may act on, so its outcome answers no request
// and decides no access: it maintains a list the caller already owns.
func (s *state) keepsElements(pos token.Pos) bool {
	s.ssaOperands()
	v := s.ssaCmps[pos]
	if v == nil || len(*v.Referrers()) == 0 {
		return false
	}
	for _, r := range *v.Referrers() {
		if n, ok := r.(*ssa.UnOp); ok && n.Op == token.NOT && len(*n.Referrers()) == 1 {
			r = (*n.Referrers())[0]
		}
		iff, ok := r.(*ssa.If)
		if !ok || !goesOn(iff) {
			return false
		}
	}
	return true
}

// goesOn reports whether every path from each branch of iff comes back to
// its block (the loop it is in) with no return on the way and no constant
// boolean carried into the loop's variables.
func goesOn(iff *ssa.If) bool {
	home := iff.Block()
	seen := map[*ssa.BasicBlock]bool{}
	work := append([]*ssa.BasicBlock(nil), home.Succs...)
	back := false
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] {
			continue
		}
		seen[b] = true
		if b == home || b.Dominates(home) {
			back = true // at the loop again: the next element
			continue
		}
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok || len(b.Succs) == 0 {
			return false // leaves the loop (or the function)
		}
		work = append(work, b.Succs...)
	}
	// A flag set on the way (ok = true) is a decision.
	for b := range seen {
		for _, in := range b.Instrs {
			phi, ok := in.(*ssa.Phi)
			if !ok {
				break
			}
			for k, e := range phi.Edges {
				if c, ok := e.(*ssa.Const); ok && (seen[b.Preds[k]] || b.Preds[k] == home) && isBool(c) {
					return false
				}
			}
		}
	}
	return back
}

// isBool reports whether c is a boolean constant.
func isBool(c *ssa.Const) bool {
	b, ok := c.Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// bothRequest reports whether both operands of the comparison at pos are
// request input and nothing else: no stored, configured or unknown value,
// no parameter whose callers could pass one.
func (s *state) bothRequest(pos token.Pos) bool {
	vals, ok := s.ssaOperands()[pos]
	if !ok {
		return false
	}
	for _, v := range vals {
		t := s.res.TaintOf(v)
		if t.Kinds&models.Untrusted == 0 || t.Kinds&models.Unknown != 0 || t.Params != 0 ||
			t.Source == nil || t.Source.Label != models.LabelRequest {
			return false
		}
	}
	return true
}

// secretIn returns the secret side i of the comparison at pos is, or "":
// a name that says so (accessToken, expectedMAC), the ID of a session
// type (sess.ID: Session's ID is the session id, as the key "session_id"
// is), or a credential read by key as it is (a session cookie's value,
// r.Cookie("session_id").Value; r.Header.Get("X-Api-Key")): the key
// classification logleak uses (models.SensitiveKey).
func (s *state) secretIn(pos token.Pos, i int, e ast.Expr) string {
	if n := s.namedIn(e, isSecretName); n != "" {
		return n
	}
	if sel, ok := unconvertExpr(s.pass.TypesInfo, e).(*ast.SelectorExpr); ok && s.textVar(sel.Sel) {
		if ws := models.Words(sel.Sel.Name); len(ws) == 1 && ws[0] == "id" {
			if selection := s.pass.TypesInfo.Selections[sel]; selection != nil && selection.Kind() == types.FieldVal {
				if n, ok := types.Unalias(typesutil.Deref(selection.Recv())).(*types.Named); ok {
					if ws := models.Words(n.Obj().Name()); len(ws) > 0 && (ws[len(ws)-1] == "session" || ws[len(ws)-1] == "sess") {
						return shorten(types.ExprString(sel)) + " (a session id)"
					}
				}
			}
		}
	}
	vals, ok := s.ssaOperands()[pos]
	if !ok {
		return ""
	}
	if what := keyedSecret(vals[i]); what != "" {
		return shorten(types.ExprString(unconvertExpr(s.pass.TypesInfo, e))) + " (" + what + ")"
	}
	if macTag(vals[i]) {
		return shorten(types.ExprString(unconvertExpr(s.pass.TypesInfo, e))) + " (an HMAC tag)"
	}
	return ""
}

// timingWhats are the credentials, as the vocabulary names them, whose
// comparison must take constant time (not a password: that is
// pwhash-plaintext-store's; not a DSN or a request dump).
var timingWhats = map[string]bool{"token": true, "secret": true, "API key": true, "session id": true,
	"cookie": true, "authorization header": true}

// keyedSecret describes v when it is a credential read by a constant key
// as it is, through conversions: a keyed accessor's result
// (r.Header.Get("X-Api-Key")) or the Value of the cookie one returns
// (r.Cookie("session_id")). "" otherwise.
func keyedSecret(v ssa.Value) string {
	v = typesutil.Unconvert(v)
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = typesutil.Unconvert(mi.X)
	}
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		if fa, ok := u.X.(*ssa.FieldAddr); ok && typesutil.NamedPath(fa.X.Type()) == "net/http.Cookie" && fieldNameOf(fa.X.Type(), fa.Field) == "Value" {
			v = fa.X
		}
	}
	if ex, ok := v.(*ssa.Extract); ok && ex.Index == 0 {
		v = ex.Tuple
	}
	c, ok := v.(*ssa.Call)
	if !ok {
		return ""
	}
	cc := typesutil.Unbind(c.Common())
	obj := typesutil.Callee(cc)
	if obj == nil {
		return ""
	}
	ks := models.KeyedSourceFor(obj.FullName())
	if ks == nil || ks.Key < 0 {
		return ""
	}
	args := cc.Args
	if !cc.IsInvoke() && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	if ks.Key >= len(args) {
		return ""
	}
	key, ok := typesutil.ConstString(args[ks.Key])
	if !ok {
		return ""
	}
	k, what := models.SensitiveKey(obj.FullName(), key)
	if k != models.Credential || !timingWhats[what] {
		return ""
	}
	return what + " read by " + obj.Name() + "(" + strconv.Quote(key) + ")"
}

// plainPassword returns the password variable or field e is, through
// conversions ([]byte(pass) → "parameter pass"), or "".
func (s *state) plainPassword(e ast.Expr) string {
	switch v := unconvertExpr(s.pass.TypesInfo, e).(type) {
	case *ast.Ident:
		if s.isPasswordName(v.Name) && s.textVar(v) {
			return s.namedIn(v, s.isPasswordName)
		}
	case *ast.SelectorExpr:
		if s.isPasswordName(v.Sel.Name) && s.textVar(v.Sel) {
			return shorten(types.ExprString(v))
		}
	}
	return ""
}

// unconvertExpr strips type conversions and parentheses from e.
func unconvertExpr(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		c, ok := e.(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[c.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = c.Args[0]
	}
}

func isTextType(t types.Type) bool {
	if typesutil.IsString(t) {
		return true
	}
	if sl, ok := t.Underlying().(*types.Slice); ok {
		if b, ok := sl.Elem().Underlying().(*types.Basic); ok {
			return b.Kind() == types.Byte
		}
	}
	return false
}

// storedWords say an expression holds the stored or expected password.
var storedWords = map[string]bool{"stored": true, "saved": true, "expected": true, "correct": true, "db": true,
	"admin": true, "configured": true, "want": true, "wanted": true, "real": true, "actual": true, "master": true,
	"user": true, "account": true, "creds": true, "credentials": true, "credential": true}

// storedSide reports whether e says it holds the stored or expected
// password: by its names, or by the type of a variable it reads (a field
// of an Account, a.KioskCode, as of a variable named account).
func (s *state) storedSide(e ast.Expr) bool {
	for w := range words(e) {
		if storedWords[w] {
			return true
		}
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || found {
			return !found
		}
		v, ok := s.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || v.IsField() {
			return true
		}
		if n, ok := types.Unalias(typesutil.Deref(v.Type())).(*types.Named); ok {
			for _, w := range models.Words(n.Obj().Name()) {
				found = found || storedWords[w]
			}
		}
		return !found
	})
	return found
}

// sentinel reports whether e is a package-level variable of this or
// another package (var FirstPageToken = []byte("first page")).
func (s *state) sentinel(e ast.Expr) bool {
	var id *ast.Ident
	switch v := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = v
	case *ast.SelectorExpr:
		id = v.Sel
	default:
		return false
	}
	obj, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return ok && !obj.IsField() && obj.Parent() != nil && obj.Parent() == obj.Pkg().Scope()
}

var confirmWords = map[string]bool{"confirm": true, "confirmation": true, "confirmed": true, "repeat": true, "repeated": true,
	"again": true, "retype": true, "retyped": true, "verify": true, "verification": true, "check": true, "second": true, "2": true}

// confirmation reports whether an expression names a confirmation field.
func confirmation(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, w := range models.Words(id.Name) {
				if confirmWords[w] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

func words(e ast.Expr) map[string]bool {
	out := map[string]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, w := range models.Words(id.Name) {
				out[w] = true
			}
		}
		return true
	})
	return out
}

// newVersusOld: "the new password must differ from the old one".
func newVersusOld(x, y ast.Expr) bool {
	wx, wy := words(x), words(y)
	was := func(w map[string]bool) bool { return w["old"] || w["current"] || w["previous"] || w["prev"] }
	return wx["new"] && was(wy) || wy["new"] && was(wx)
}

// sameRoot reports whether both sides are fields of the same variable
// (form.Password == form.Password2).
func sameRoot(x, y ast.Expr) bool {
	rx, ry := root(x), root(y)
	return rx != "" && rx == ry
}

func root(e ast.Expr) string {
	for {
		switch v := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if _, ok := v.X.(*ast.Ident); ok {
				return types.ExprString(v.X)
			}
			e = v.X
		case *ast.CallExpr:
			if len(v.Args) == 1 {
				e = v.Args[0] // a conversion
				continue
			}
			return ""
		default:
			return ""
		}
	}
}

// persistTags are struct tag keys of persistence layers.
var persistTags = []string{"db", "gorm", "bson", "bun", "pg", "sql", "xorm", "dynamodbav", "firestore", "datastore", "dbx"}

// stores reports a request password (or a parameter named password)
// passed as an argument of a SQL call, or stored into a password field of
// a struct that a database layer persists (a field with a db, gorm, bson...
// tag).
func (s *state) stores() {
	type call struct {
		fn   *ssa.Function
		call ssa.CallInstruction
	}
	var calls []call
	for _, fn := range s.res.SSA.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch v := instr.(type) {
				case ssa.CallInstruction:
					s.sqlArgs(fn, v)
					s.madeSecretHash(fn, v)
					calls = append(calls, call{fn, v})
				case *ssa.Store:
					s.fieldStore(fn, v)
				}
			}
		}
	}
	// After every field store: a record's persist call is judged by them.
	for _, c := range calls {
		s.persistCall(c.fn, c.call)
	}
}

// plain reports whether a value is a password in plaintext: a request's
// password (field, key or BasicAuth) or a parameter named password.
func (s *state) plain(fn *ssa.Function, v ssa.Value) (string, bool) {
	t := s.res.TaintOf(v)
	if t.Has(models.Password) && t.Has(models.Untrusted) {
		d := "from the request"
		if t.Source != nil && t.Source.Kind == models.Password {
			d = t.Source.Desc
		}
		return d, true
	}
	for i, p := range fn.Params {
		if i < 64 && t.Params&(1<<i) != 0 && s.isPasswordName(p.Name()) && isTextType(p.Type()) {
			return "parameter " + p.Name(), true
		}
	}
	return s.boundPassword(v)
}

// boundPassword reports v read from the password field of a parameter
// whose type a request is bound into (a SignupRequest passed to a
// service: named for a request, the field has a json, form or query tag
// and no field of the type is a column), which is the plaintext the user
// sent. A record's
// Password field may hold a hash; a request's does not.
func (s *state) boundPassword(v ssa.Value) (string, bool) {
	if els, ok := typesutil.InPlaceElems(v); ok {
		// The values of a variadic call: db.Exec(q, req.Email, req.Password).
		for _, e := range els {
			if d, ok := s.boundPassword(e.Val); ok {
				return d, true
			}
		}
		return "", false
	}
	v = typesutil.Unconvert(v)
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = typesutil.Unconvert(mi.X)
	}
	var x ssa.Value
	var field int
	switch r := v.(type) {
	case *ssa.Field:
		x, field = r.X, r.Field
	case *ssa.UnOp:
		fa, ok := r.X.(*ssa.FieldAddr)
		if !ok || r.Op != token.MUL {
			return "", false
		}
		x, field = fa.X, fa.Field
	default:
		return "", false
	}
	if a, ok := x.(*ssa.Alloc); ok {
		p := spilledParam(a) // a struct parameter spilled to a local
		if p == nil {
			return "", false
		}
		x = p
	}
	prm, ok := x.(*ssa.Parameter)
	if !ok {
		return "", false
	}
	st, ok := typesutil.Deref(prm.Type()).Underlying().(*types.Struct)
	if !ok || field >= st.NumFields() || !s.isPasswordName(st.Field(field).Name()) || !isTextType(st.Field(field).Type()) {
		return "", false
	}
	if !requestTypeName(prm.Type()) {
		return "", false
	}
	tag := reflect.StructTag(st.Tag(field))
	bound := false
	for _, k := range []string{"json", "form", "query", "xml", "schema"} {
		if v, ok := tag.Lookup(k); ok && v != "-" {
			bound = true
		}
	}
	if !bound {
		return "", false
	}
	for i := 0; i < st.NumFields(); i++ {
		if named, excluded := persistTag(st.Tag(i)); named || excluded {
			return "", false
		}
	}
	return "parameter " + prm.Name() + "." + st.Field(field).Name(), true
}

func (s *state) sqlArgs(fn *ssa.Function, call ssa.CallInstruction) {
	cc := call.Common()
	var obj *types.Func
	if cc.IsInvoke() {
		obj = cc.Method
	} else if callee := cc.StaticCallee(); callee != nil {
		obj, _ = callee.Object().(*types.Func)
	}
	if obj == nil {
		return
	}
	// The engine's rows for the call: a modelled database method, or a
	// repository's own interface written against a database library
	// (Exec(ctx, sql string, args ...any) (pgconn.CommandTag, error)).
	query := -1
	for _, sk := range s.res.CallSinks(call, models.SQL) {
		query = sk.Arg
	}
	if query < 0 {
		return
	}
	args := cc.Args
	if !cc.IsInvoke() && obj.Signature().Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	for i, a := range args {
		if i <= query {
			continue
		}
		if d, ok := s.plain(fn, a); ok {
			if c := s.calls[call.Pos()]; c != nil && !strings.HasPrefix(d, "parameter ") {
				for _, e := range c.Args {
					if n := s.namedIn(e, s.isPasswordName); n != "" {
						d = n
					}
				}
			}
			s.report(call.Pos(), RulePlaintext, fmt.Sprintf("%s is passed to %s as a plain value: the database stores or compares the plaintext; store a bcrypt, argon2id or scrypt hash instead", s.subject(d), typesutil.ShortFuncName(obj.Origin().FullName())))
			return
		}
	}
}

func (s *state) fieldStore(fn *ssa.Function, st *ssa.Store) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return
	}
	str, ok := typesutil.Deref(fa.X.Type()).Underlying().(*types.Struct)
	if !ok || fa.Field >= str.NumFields() {
		return
	}
	field := str.Field(fa.Field)
	if !s.isPasswordName(field.Name()) || !persisted(str.Tag(fa.Field)) {
		return
	}
	d, ok := s.plain(fn, st.Val)
	if !ok {
		return
	}
	pos := st.Pos()
	if !pos.IsValid() {
		pos = fa.Pos()
	}
	if s.plainFields == nil {
		s.plainFields = map[*types.Var]token.Pos{}
	}
	if _, seen := s.plainFields[field]; !seen {
		s.plainFields[field] = pos
	}
	s.report(pos, RulePlaintext, fmt.Sprintf("%s is stored in %s.%s, a persisted field: store a bcrypt, argon2id or scrypt hash instead", s.subject(d), typeName(fa.X.Type()), field.Name()))
}

// persisted reports whether a field's tag names it a column of some
// persistence layer (db:"password") and none excludes it.
func persisted(tag string) bool {
	named, excluded := persistTag(tag)
	return named && !excluded
}

// persistTag reads a field's persistence tags: whether one names the
// field, and whether one excludes it (gorm:"-", gorm:"-:all", db:"-").
func persistTag(tag string) (named, excluded bool) {
	st := reflect.StructTag(tag)
	for _, k := range persistTags {
		v, ok := st.Lookup(k)
		if !ok {
			continue
		}
		first, _, _ := strings.Cut(v, ";")
		first, _, _ = strings.Cut(first, ",")
		if first == "-" || strings.HasPrefix(first, "-:") {
			excluded = true
		} else {
			named = true
		}
	}
	return named, excluded
}

func typeName(t types.Type) string {
	if n, ok := types.Unalias(typesutil.Deref(t)).(*types.Named); ok {
		return n.Obj().Name()
	}
	return "struct"
}

// requestWords end the name of a type a request is bound into
// (SignupRequest, PasswordForm, RegisterInput); a model decoded from JSON
// and stored with raw SQL (miniflux's Feed, whose Password is the
// credential of the feed's site) has its own name.
var requestWords = map[string]bool{"request": true, "req": true, "form": true, "input": true, "payload": true,
	"params": true, "body": true, "dto": true, "command": true, "cmd": true, "signup": true, "registration": true}

func requestTypeName(t types.Type) bool {
	n, ok := types.Unalias(typesutil.Deref(t)).(*types.Named)
	if !ok {
		return false
	}
	ws := models.Words(n.Obj().Name())
	return len(ws) > 0 && requestWords[ws[len(ws)-1]]
}

// spilledParam returns the parameter a local holds when its only store is
// the parameter's value (SSA spills a struct parameter whose fields are
// read by address), or nil.
func spilledParam(a *ssa.Alloc) *ssa.Parameter {
	var prm *ssa.Parameter
	for _, ref := range *a.Referrers() {
		switch r := ref.(type) {
		case *ssa.Store:
			p, ok := r.Val.(*ssa.Parameter)
			if r.Addr != a || !ok || prm != nil {
				return nil
			}
			prm = p
		case *ssa.FieldAddr, *ssa.UnOp, *ssa.DebugRef:
		default:
			return nil
		}
	}
	return prm
}
