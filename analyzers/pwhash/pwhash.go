package pwhash

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/analysisdoc"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/taint"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Name is the analyzer's name, also the Analyzer field of its rule rows.
const Name = "pwhash"

// The rule IDs, reported as Diagnostic.Category.
const (
	RuleFastHash   = "pwhash-fast-hash"
	RuleWeakParams = "pwhash-weak-params"
	RuleArgon2i    = "pwhash-argon2i"
	RuleStaticSalt = "pwhash-static-salt"
	RulePlaintext  = "pwhash-plaintext-store"
	RuleTiming     = "secret-compare-timing"
	RuleBroken     = "hash-broken-on-secret"
)

//go:embed doc.go
var docFile string

// Analyzer reports with the default settings; it serves go vet and
// analysistest.
var Analyzer = must(New(config.PwhashSettings{}))

func must(a *analysis.Analyzer, err error) *analysis.Analyzer {
	if err != nil {
		panic(err)
	}
	return a
}

// limits are the minimum parameters, from the settings or OWASP.
type limits struct {
	words    []string // extra password words, lowercase
	bcrypt   int
	argon2id []config.Argon2Row
	scrypt   []config.ScryptRow
	pbkdf2   config.PBKDF2Iterations
}

// OWASP Password Storage Cheat Sheet.
var (
	owaspArgon2id = []config.Argon2Row{{MemoryKiB: 47104, Time: 1}, {MemoryKiB: 19456, Time: 2}, {MemoryKiB: 12288, Time: 3}, {MemoryKiB: 9216, Time: 4}, {MemoryKiB: 7168, Time: 5}}
	owaspScrypt   = []config.ScryptRow{{N: 1 << 17, P: 1}, {N: 1 << 16, P: 2}, {N: 1 << 15, P: 3}, {N: 1 << 14, P: 5}, {N: 1 << 13, P: 10}}
	owaspPBKDF2   = config.PBKDF2Iterations{SHA1: 1_300_000, SHA256: 600_000, SHA512: 210_000, Other: 600_000}
)

// New builds the analyzer; settings with impossible values are an error.
func New(s config.PwhashSettings) (*analysis.Analyzer, error) {
	l := &limits{bcrypt: 10, argon2id: owaspArgon2id, scrypt: owaspScrypt, pbkdf2: owaspPBKDF2}
	for _, w := range s.PasswordNames {
		ws := models.Words(w)
		if len(ws) != 1 {
			return nil, fmt.Errorf("pwhash: password-names: %q is not one word", w)
		}
		l.words = append(l.words, ws[0])
	}
	if s.BcryptCost != 0 {
		if s.BcryptCost < 4 || s.BcryptCost > 31 {
			return nil, fmt.Errorf("pwhash: bcrypt-cost %d outside bcrypt's range 4..31", s.BcryptCost)
		}
		l.bcrypt = s.BcryptCost
	}
	if len(s.Argon2id) > 0 {
		for _, r := range s.Argon2id {
			if r.MemoryKiB < 8 || r.Time < 1 {
				return nil, fmt.Errorf("pwhash: argon2id row {memory-kib: %d, time: %d}: want memory-kib >= 8 and time >= 1", r.MemoryKiB, r.Time)
			}
		}
		l.argon2id = s.Argon2id
	}
	if len(s.Scrypt) > 0 {
		for _, r := range s.Scrypt {
			if r.N < 2 || r.N&(r.N-1) != 0 || r.P < 1 {
				return nil, fmt.Errorf("pwhash: scrypt row {n: %d, p: %d}: want n a power of two > 1 and p >= 1", r.N, r.P)
			}
		}
		l.scrypt = s.Scrypt
	}
	for _, it := range []struct {
		name string
		v    int
		dst  *int
	}{{"sha1", s.PBKDF2.SHA1, &l.pbkdf2.SHA1}, {"sha256", s.PBKDF2.SHA256, &l.pbkdf2.SHA256}, {"sha512", s.PBKDF2.SHA512, &l.pbkdf2.SHA512}, {"other", s.PBKDF2.Other, &l.pbkdf2.Other}} {
		if it.v < 0 {
			return nil, fmt.Errorf("pwhash: pbkdf2.%s: %d iterations", it.name, it.v)
		}
		if it.v > 0 {
			*it.dst = it.v
		}
	}
	c := &checker{limits: l}
	return &analysis.Analyzer{
		Name:      Name,
		Doc:       analysisdoc.Extract(docFile, Name),
		URL:       "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/pwhash-fast-hash.md",
		Requires:  []*analysis.Analyzer{taint.Analyzer},
		Run:       c.run,
		FactTypes: []analysis.Fact{new(kdfFact), new(lookupFact), new(fieldDefaultFact)},
	}, nil
}

type checker struct {
	*limits
}

// state is one package's run.
type state struct {
	*checker
	pass  *analysis.Pass
	res   *taint.Result
	calls map[token.Pos]*ast.CallExpr // by Lparen
	// reported holds the positions already reported, so that one call
	// gets one finding.
	reported map[token.Pos]bool
	// operands: the two sides of each comparison (== and !=, by OpPos; a
	// comparison function's call, by Lparen).
	operands map[token.Pos][2]ast.Expr
	// ssaOps: the same comparisons' SSA operands (see ssaOperands).
	ssaOps map[token.Pos][2]ssa.Value
	// ssaCmps: the comparison's own value (the BinOp or the call), by
	// position.
	ssaCmps map[token.Pos]ssa.Value

	uses map[*ssa.Function][]KDFUse // parameter-dependent KDF uses
	// lookupNames memoises lookups.
	lookupNames map[string]string
	// fastSalts: per function, the fast hashes of a password whose salt
	// is a parameter (see fastSalt).
	fastSalts map[*ssa.Function][]KDFUse
	// slow: the package calls a password KDF (bcrypt, argon2, scrypt,
	// PBKDF2), directly or through a function whose fact says it does
	// with a parameter-dependent argument.
	slow    bool
	busy    map[*ssa.Function]bool
	globals map[*ssa.Global]*value
	// globalFields memoises globalField.
	globalFields map[globalFieldKey]*value
	// plainFields: persisted records' password fields that this package
	// compares or fills as plaintext, with where (see record.go).
	plainFields map[*types.Var]token.Pos
	// hashed memoises hashedFields.
	hashed map[*types.Var]bool
	// fastMade memoises madeFast.
	fastMade map[fastKey]bool
	// defaults memoises fieldDefaults.
	defaults map[*types.Var]*fieldDefaultFact
}

func (c *checker) run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[taint.Analyzer].(*taint.Result)
	if res.SSA == nil || res.SSA.Pkg == nil {
		return nil, nil
	}
	s := &state{checker: c, pass: pass, res: res, calls: map[token.Pos]*ast.CallExpr{}, reported: map[token.Pos]bool{}, operands: map[token.Pos][2]ast.Expr{}}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				s.calls[c.Lparen] = c
			}
			return true
		})
	}
	s.fieldDefaults() // exports the facts other packages' KDF calls read
	s.kdf()
	for _, f := range res.Flows(models.FastHash) {
		s.fastHash(f)
	}
	s.compares()
	s.flowCompares()
	s.stores()
	return nil, nil
}

func (s *state) report(pos token.Pos, rule, msg string, related ...analysis.RelatedInformation) {
	if s.reported[pos] {
		return
	}
	s.reported[pos] = true
	s.pass.Report(analysis.Diagnostic{Pos: pos, Category: rule, Message: msg, Related: related})
}

// isPasswordName reports whether a name denotes a password, the configured
// words included.
func (s *state) isPasswordName(name string) bool { return models.IsPasswordName(name, s.words...) }

// bitName returns the name that says what the value of a parameter bit
// (Flow.ParamNames) is: a field read under a parameter is named by its
// field, not by the parameter that holds it ("pw.Secret" is a secret,
// whatever pw stands for; "req.NewPassword" a password), and the elements
// of a parameter by the parameter ("passwords[]").
func bitName(n string) string {
	n = strings.TrimRight(n, "[]")
	if i := strings.LastIndexByte(n, '.'); i >= 0 {
		return strings.TrimRight(n[i+1:], "[]")
	}
	return n
}

// callAt returns the SSA call instruction of fn at pos (a call's Lparen).
func callAt(fn *ssa.Function, pos token.Pos) ssa.CallInstruction {
	if fn == nil {
		return nil
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(ssa.CallInstruction); ok && c.Pos() == pos {
				return c
			}
		}
	}
	return nil
}

// fastHash judges a flow into a fast hash's input: a password is reported
// as pwhash-fast-hash, another secret hashed with MD5 or SHA-1 as
// hash-broken-on-secret; anything else (API tokens, ids, file contents)
// is fine.
func (s *state) fastHash(f *taint.Flow) {
	t := f.Taint
	call := s.calls[f.Pos]
	instr := callAt(f.Fn, f.Pos)
	pw, what := s.hashedPassword(f, call)
	verifying := pw && s.verifier(s.hashingFunc(f))
	if verifying && s.slow && !s.madeFast()[fastKey{s.algorithm(f, instr), recvOf(s.hashingFunc(f))}] {
		// The hash is computed to check a stored one (a verifier returns
		// no text) in a package that makes slow hashes: it checks legacy
		// hashes, imported or made before a migration, and the finding
		// belongs where such hashes are made. Unless its own type makes
		// them with the same hash (a Hasher's Hash and Verify): that is
		// one scheme, still in use.
		return
	}
	if pw && len(f.Via) > 0 && instr != nil && s.calleeReports(instr, s.isPasswordName) {
		return // reported inside the callee, whose parameter is named a password
	}
	if what == "" && call != nil && len(call.Args) > 0 {
		what = s.unconvert(call.Args[len(call.Args)-1])
	}
	sink := typesutil.ShortFuncName(f.Sink)
	algo := s.algorithm(f, instr)
	via := ""
	if len(f.Via) > 0 {
		via = " via " + strings.Join(f.Via, " → ")
	}
	var related []analysis.RelatedInformation
	if o := t.Source; o != nil && o.Pos.IsValid() && o.Pos != f.Pos {
		related = append(related, analysis.RelatedInformation{Pos: o.Pos, Message: "source: " + o.Desc})
	}
	if len(f.Via) > 0 && f.SinkPos.IsValid() {
		related = append(related, analysis.RelatedInformation{Pos: f.SinkPos, Message: "hashed here by " + sink})
	}
	if pw && algo == "sha1" && (mentions(f.Fn, "pwned", "hibp") || rangePrefix(s.hashingFunc(f))) {
		// Have I Been Pwned's k-anonymity range API takes the first five
		// hex digits of the password's SHA-1: a lookup, not storage.
		// Callers in other packages learn it from the fact.
		if obj, ok := f.Fn.Object().(*types.Func); ok && len(f.Via) == 0 && f.Fn.Parent() == nil {
			s.pass.ExportObjectFact(obj, &lookupFact{})
		}
		return
	}
	if pw && len(f.Via) > 0 {
		if file, ok := s.lookups()[f.Via[len(f.Via)-1]]; ok && strings.HasPrefix(f.SinkWhere, file+":") {
			return // hashed by such a lookup in another package
		}
	}
	if verifying {
		// Nothing here makes slow hashes: the stored hashes this checks
		// are made the same fast way.
		s.report(f.Pos, RuleFastHash, fmt.Sprintf("%s is hashed with %s%s to check it against a stored hash, so the stored password hashes are fast hashes: store bcrypt, argon2id or scrypt hashes (golang.org/x/crypto) and verify with their compare function, rehashing legacy hashes at the next login", s.subject(what), algoOr(algo, f.Sink), via), related...)
		return
	}
	if pw {
		s.report(f.Pos, RuleFastHash, fmt.Sprintf("%s is hashed with %s%s, a fast hash: store the output of bcrypt, argon2id or scrypt (golang.org/x/crypto) instead", s.subject(what), algoOr(algo, f.Sink), via), related...)
		return
	}
	if algo != "md5" && algo != "sha1" {
		return
	}
	secret := t.Has(models.Credential)
	if call != nil {
		for _, a := range call.Args {
			if n := s.namedIn(a, isSecretName); n != "" {
				secret, what = true, n
				break
			}
		}
	}
	if !secret && call != nil {
		if n := s.madeSecret(f.Fn, call.Args); n != "" {
			secret, what = true, n
		}
	}
	if !secret && len(f.Via) == 0 {
		for i, n := range f.ParamNames {
			if i < 64 && t.Params&(1<<i) != 0 && isSecretName(bitName(n)) {
				secret, what = true, "parameter "+n
				break
			}
		}
	}
	if secret && len(f.Via) > 0 && instr != nil && s.calleeReports(instr, isSecretName) {
		// The callee hashes its parameter named a secret
		// (SessionKey(sessionID)) and reports it there: the hash to
		// change is in the callee, whichever callers pass the value.
		return
	}
	if secret {
		s.report(f.Pos, RuleBroken, fmt.Sprintf("secret %s is hashed with %s%s, a broken hash: use SHA-256 (or HMAC-SHA-256 with a server key)", what, algo, via), related...)
	}
}

// hashedPassword reports whether the flow's hash input is a password, and
// names it: by the engine's taint, by the arguments as written (a local
// variable named password is a password even when the engine cannot see
// its name), or by a parameter of the flow's function.
func (s *state) hashedPassword(f *taint.Flow, call *ast.CallExpr) (bool, string) {
	t := f.Taint
	var what string
	pw := t.Has(models.Password)
	if call != nil {
		for _, a := range call.Args {
			if n := s.namedIn(a, s.isPasswordName); n != "" {
				pw, what = true, n
				break
			}
		}
	}
	if pw && what == "" && t.Source != nil && t.Source.Kind == models.Password {
		what = t.Source.Desc
	}
	if !pw {
		for i, n := range f.ParamNames {
			if i < 64 && t.Params&(1<<i) != 0 && s.isPasswordName(bitName(n)) {
				pw, what = true, "parameter "+n
				break
			}
		}
	}
	return pw, what
}

// fastKey is a fast hash (md5, sha1...) used by the methods of a type.
type fastKey struct {
	algo string
	recv types.Type
}

// madeFast returns the fast hashes with which methods of this package's
// types make password hashes outside verifiers: a verifier method of the
// same type and hash checks that scheme, not a legacy one being migrated.
func (s *state) madeFast() map[fastKey]bool {
	if s.fastMade != nil {
		return s.fastMade
	}
	s.fastMade = map[fastKey]bool{}
	for _, f := range s.res.Flows(models.FastHash) {
		fn := s.hashingFunc(f)
		recv := recvOf(fn)
		if recv == nil {
			continue
		}
		if pw, _ := s.hashedPassword(f, s.calls[f.Pos]); pw && !s.verifier(fn) {
			if algo := s.algorithm(f, callAt(f.Fn, f.Pos)); algo != "" {
				s.fastMade[fastKey{algo, recv}] = true
			}
		}
	}
	return s.fastMade
}

// recvOf returns the named type whose method fn is, or nil.
func recvOf(fn *ssa.Function) types.Type {
	if fn == nil || fn.Signature.Recv() == nil {
		return nil
	}
	if n, ok := types.Unalias(typesutil.Deref(fn.Signature.Recv().Type())).(*types.Named); ok {
		return n.Origin()
	}
	return nil
}

func algoOr(algo, full string) string {
	sink := typesutil.ShortFuncName(full)
	if algo == "" || algoOfFunc(full) != "" && !strings.HasSuffix(full, ".Write") {
		return sink // md5.Sum names its algorithm
	}
	return algo + " (" + sink + ")"
}

// hashingFunc returns the function of this package in which the flow's
// hash is computed: the flow's own function, or the analysed callee in
// which its sink call is (nil when in another package).
func (s *state) hashingFunc(f *taint.Flow) *ssa.Function {
	if len(f.Via) == 0 {
		return f.Fn
	}
	if !f.SinkPos.IsValid() {
		return nil
	}
	for _, fn := range s.res.SSA.SrcFuncs {
		if callAt(fn, f.SinkPos) != nil {
			return fn
		}
	}
	return nil
}

// verifier reports whether fn checks a password against a stored hash:
// it returns no text (a bool or an error) and it compares (a call whose
// name says compare, equal, verify or match, or ==).
func (s *state) verifier(fn *ssa.Function) bool {
	if fn == nil || fn.Syntax() == nil {
		return false
	}
	res := fn.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		t := res.At(i).Type()
		if isTextType(t) {
			return false
		}
		if arr, ok := t.Underlying().(*types.Array); ok && isByte(arr.Elem()) {
			return false
		}
	}
	compares := false
	ast.Inspect(fn.Syntax(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && s.comparesText(n) {
				compares = true
			}
		case *ast.CallExpr:
			var name string
			switch fun := ast.Unparen(n.Fun).(type) {
			case *ast.Ident:
				name = fun.Name
			case *ast.SelectorExpr:
				name = fun.Sel.Name
			}
			for _, w := range models.Words(name) {
				if w == "compare" || w == "equal" || w == "verify" || w == "match" || w == "matches" {
					compares = true
				}
			}
		}
		return !compares
	})
	return compares
}

// comparesText reports whether the comparison e is of two non-constant
// texts or digests (a computed hash against a stored one), not an error
// against nil or a length against a number.
func (s *state) comparesText(e *ast.BinaryExpr) bool {
	for _, x := range []ast.Expr{e.X, e.Y} {
		tv, ok := s.pass.TypesInfo.Types[x]
		if !ok || tv.Value != nil || tv.IsNil() {
			return false
		}
		t := tv.Type
		if arr, ok := t.Underlying().(*types.Array); ok && isByte(arr.Elem()) {
			continue
		}
		if !typesutil.IsString(t) {
			return false
		}
	}
	return true
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// mentions reports whether fn's body has an identifier with one of the words.
func mentions(fn *ssa.Function, ws ...string) bool {
	if fn == nil || fn.Syntax() == nil {
		return false
	}
	found := false
	ast.Inspect(fn.Syntax(), func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			for _, w := range models.Words(id.Name) {
				if slices.Contains(ws, w) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// lookupFact marks a function that hashes a password with SHA-1 only for
// Have I Been Pwned's range query (see rangePrefix): its callers' flows
// into that hash are lookups, not storage.
type lookupFact struct{}

// AFact marks lookupFact as an analysis fact.
func (*lookupFact) AFact() {}

func (*lookupFact) String() string { return "pwnedLookup" }

// lookups maps the short names (as a flow's Via names them) of the
// functions of other packages that lookupFact marks to the base name of
// the file each is declared in. A flow's sink is in the last function of
// its Via, so its SinkWhere must be in that file too: two packages'
// same-named functions do not stand for each other.
func (s *state) lookups() map[string]string {
	if s.lookupNames != nil {
		return s.lookupNames
	}
	s.lookupNames = map[string]string{}
	for _, of := range s.pass.AllObjectFacts() {
		if _, ok := of.Fact.(*lookupFact); !ok {
			continue
		}
		if fn, ok := of.Object.(*types.Func); ok {
			s.lookupNames[typesutil.ShortFuncName(fn.FullName())] = filepath.Base(s.pass.Fset.Position(fn.Pos()).Filename)
		}
	}
	return s.lookupNames
}

// rangePrefix reports whether fn cuts a text to its first five
// characters (enc[:5]): the range query of Have I Been Pwned's
// k-anonymity API, which sends the first five hex digits of a password's
// SHA-1 and compares the rest locally.
func rangePrefix(fn *ssa.Function) bool {
	if fn == nil {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			sl, ok := instr.(*ssa.Slice)
			if !ok || !typesutil.IsString(sl.X.Type()) || sl.High == nil {
				continue
			}
			if lo, ok := sl.Low.(*ssa.Const); sl.Low != nil && (!ok || lo.Int64() != 0) {
				continue
			}
			if hi, ok := sl.High.(*ssa.Const); ok && hi.Value != nil && hi.Int64() == 5 && fromSHA1(sl.X, 0) {
				return true
			}
		}
	}
	return false
}

// fromSHA1 reports whether v is computed from a SHA-1 digest made in its
// function (hex.EncodeToString(sha1.Sum(b)[:]), h.Sum(nil) of a
// sha1.New()): the text a range query cuts must be the hash, not some
// other string the function also handles.
func fromSHA1(v ssa.Value, depth int) bool {
	if depth > 8 || v == nil {
		return false
	}
	var ops []*ssa.Value
	switch v := v.(type) {
	case *ssa.Call:
		if fn := v.Common().StaticCallee(); fn != nil && fn.Pkg != nil && fn.Pkg.Pkg.Path() == "crypto/sha1" {
			return true
		}
		ops = v.Operands(ops)
	case *ssa.Alloc:
		// sum := sha1.Sum(b); sum[:] slices the variable sum is stored in.
		for _, r := range *v.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == v && fromSHA1(st.Val, depth+1) {
				return true
			}
		}
		return false
	case *ssa.Phi, *ssa.Slice, *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.UnOp, *ssa.Extract, *ssa.BinOp, *ssa.IndexAddr, *ssa.Index:
		ops = v.(ssa.Instruction).Operands(ops)
	default:
		return false
	}
	for _, op := range ops {
		if op != nil && fromSHA1(*op, depth+1) {
			return true
		}
	}
	return false
}

// calleeReports reports whether the call passes a value to a parameter
// whose own name match accepts (a password, a secret): the callee reports
// what that parameter carries where it hashes it, and its finding covers
// the flow, in this package or another.
func (s *state) calleeReports(instr ssa.CallInstruction, match func(string) bool) bool {
	cc := instr.Common()
	var sig *types.Signature
	if cc.IsInvoke() {
		sig = cc.Method.Signature()
	} else if fn := cc.StaticCallee(); fn != nil {
		sig = fn.Signature
	}
	if sig == nil {
		return false
	}
	args := cc.Args
	if !cc.IsInvoke() && sig.Recv() != nil && len(args) > 0 {
		args = args[1:]
	}
	for i, a := range args {
		if i >= sig.Params().Len() {
			break
		}
		if match(sig.Params().At(i).Name()) && (s.res.TaintOf(a).Has(models.Password) || !s.res.TaintOf(a).Empty()) {
			return true
		}
	}
	return false
}

// algorithm names the hash of a fast-hash sink: md5, sha1, sha256... from
// the sink's package, or for a hash.Hash write from the constructor the
// receiver came from in this function ("" when unknown).
func (s *state) algorithm(f *taint.Flow, instr ssa.CallInstruction) string {
	if a := algoOfFunc(f.Sink); a != "" {
		return a
	}
	if len(f.Via) > 0 || instr == nil {
		return ""
	}
	if cc := instr.Common(); !cc.IsInvoke() {
		// A writer of io or fmt into a hash: the hash's.
		if len(cc.Args) > 0 && slices.ContainsFunc(models.SinksFor(f.Sink), func(k *models.Sink) bool {
			return k.Class == models.FastHash && k.Writer == models.HashWriter && k.WriterAt == 0
		}) {
			return hashOrigin(cc.Args[0], 0)
		}
		return ""
	}
	return hashOrigin(instr.Common().Value, 0)
}

// algoOfFunc maps a function's FullName to its hash algorithm.
func algoOfFunc(full string) string {
	full = strings.TrimPrefix(full, "(*")
	full = strings.TrimPrefix(full, "(")
	for _, p := range []struct{ prefix, algo string }{
		{"crypto/md5.", "md5"}, {"crypto/sha1.", "sha1"}, {"crypto/sha256.", "sha256"}, {"crypto/sha512.", "sha512"},
		{"crypto/sha3.", "sha3"}, {"golang.org/x/crypto/sha3.", "sha3"}, {"golang.org/x/crypto/md4.", "md4"},
		{"golang.org/x/crypto/ripemd160.", "ripemd160"}, {"golang.org/x/crypto/blake2b.", "blake2b"},
		{"golang.org/x/crypto/blake2s.", "blake2s"}, {"hash/fnv.", "fnv"}, {"hash/crc32.", "crc32"},
		{"hash/crc64.", "crc64"}, {"hash/adler32.", "adler32"}, {"crypto/hmac.", "hmac"},
	} {
		if strings.HasPrefix(full, p.prefix) {
			return p.algo
		}
	}
	return ""
}

// cryptoHashes maps crypto.Hash constants (crypto.MD5 = 2...) to names.
var cryptoHashes = map[int64]string{1: "md4", 2: "md5", 3: "sha1", 4: "sha256", 5: "sha256", 6: "sha512", 7: "sha512",
	9: "ripemd160", 10: "sha3", 11: "sha3", 12: "sha3", 13: "sha3", 14: "sha512", 15: "sha512", 16: "blake2s", 17: "blake2b", 18: "blake2b", 19: "blake2b"}

// hashOrigin follows a hash.Hash value back to its constructor.
func hashOrigin(v ssa.Value, depth int) string {
	if depth > 6 {
		return ""
	}
	switch v := v.(type) {
	case *ssa.ChangeInterface:
		return hashOrigin(v.X, depth+1)
	case *ssa.MakeInterface:
		return hashOrigin(v.X, depth+1)
	case *ssa.Extract:
		return hashOrigin(v.Tuple, depth+1)
	case *ssa.Phi:
		algo := ""
		for _, e := range v.Edges {
			a := hashOrigin(e, depth+1)
			if a == "" || algo != "" && a != algo {
				return ""
			}
			algo = a
		}
		return algo
	case *ssa.Call:
		cc := v.Common()
		if fn := cc.StaticCallee(); fn != nil {
			if obj, ok := fn.Object().(*types.Func); ok {
				if obj.FullName() == "(crypto.Hash).New" && len(cc.Args) > 0 {
					if c, ok := cc.Args[0].(*ssa.Const); ok {
						if n, ok := typesutil.ConstInt(c); ok {
							return cryptoHashes[n]
						}
					}
					return ""
				}
				return algoOfFunc(obj.FullName())
			}
		}
	}
	return ""
}

// namedIn returns the first identifier or selector in e whose name
// satisfies match, skipping the callee of a call ("" for none).
func (s *state) namedIn(e ast.Expr, match func(string) bool) string {
	found := ""
	ast.Inspect(e, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			// A constant key naming a password: r.FormValue("password").
			for _, a := range n.Args {
				if lit, ok := a.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if v, err := strconv.Unquote(lit.Value); err == nil && match(v) {
						found = shorten(types.ExprString(n))
						return false
					}
				}
			}
			// Look at the arguments (and a method call's receiver), not at
			// the called function's name: hashPassword(x) is not x.
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if _, isPkg := s.pass.TypesInfo.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
					ast.Inspect(sel.X, func(m ast.Node) bool { return s.visitName(m, match, &found) })
				}
			} else if tv, ok := s.pass.TypesInfo.Types[n.Fun]; ok && tv.IsType() {
				// A conversion: []byte(password).
				for _, a := range n.Args {
					ast.Inspect(a, func(m ast.Node) bool { return s.visitName(m, match, &found) })
				}
				return false
			}
			for _, a := range n.Args {
				ast.Inspect(a, func(m ast.Node) bool { return s.visitName(m, match, &found) })
			}
			return false
		case *ast.SelectorExpr, *ast.Ident:
			return s.visitName(n, match, &found)
		case *ast.BasicLit, *ast.FuncLit:
			return false
		}
		return true
	})
	return found
}

func (s *state) visitName(n ast.Node, match func(string) bool, found *string) bool {
	if *found != "" {
		return false
	}
	switch n := n.(type) {
	case *ast.SelectorExpr:
		if match(n.Sel.Name) && s.textVar(n.Sel) {
			*found = shorten(types.ExprString(n))
			return false
		}
	case *ast.Ident:
		if match(n.Name) && s.textVar(n) {
			*found = n.Name
			if v, ok := s.pass.TypesInfo.ObjectOf(n).(*types.Var); ok && v.Kind() == types.ParamVar {
				*found = "parameter " + n.Name
			}
			return false
		}
	case *ast.CallExpr:
		return false // a call's result is not its argument's name
	case *ast.BasicLit, *ast.FuncLit:
		return false
	}
	return true
}

// textVar reports whether id is a variable (or field) holding text.
func (s *state) textVar(id *ast.Ident) bool {
	v, ok := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok {
		return false
	}
	t := typesutil.Deref(v.Type())
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

// subject names a password in a message: "req.Password", "parameter pwd",
// "password pass" (when the expression's own name does not say password).
func (s *state) subject(what string) string {
	last := what
	if i := strings.LastIndexAny(what, ". "); i >= 0 {
		last = what[i+1:]
	}
	if s.isPasswordName(last) && !strings.ContainsAny(what, "()[]\"") {
		if strings.HasPrefix(what, "parameter ") {
			return "password " + what
		}
		return what
	}
	return "password " + what
}

// unconvert renders an argument without its conversions ([]byte(x) → x).
func (s *state) unconvert(e ast.Expr) string {
	for {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(c.Args) != 1 {
			break
		}
		if tv, ok := s.pass.TypesInfo.Types[c.Fun]; !ok || !tv.IsType() {
			break
		}
		e = c.Args[0]
	}
	return shorten(types.ExprString(e))
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

// secretWords name secrets other than passwords: hashing them needs an
// unbroken hash but no KDF; comparing them needs constant time.
var secretWords = map[string]bool{
	"token": true, "secret": true, "sessionid": true, "sid": true, "apikey": true, "mac": true, "hmac": true,
	"signature": true, "sig": true, "otp": true, "totp": true, "csrf": true, "xsrf": true, // not "nonce": a replay guard, not a secret
}

// notSecretBefore qualify "token" as something public.
var notSecretBefore = map[string]bool{"page": true, "next": true, "continuation": true, "cursor": true, "sync": true,
	"lexer": true, "parser": true, "syntax": true, "end": true, "start": true, "prev": true, "previous": true}

// secretSuffixes may follow the secret word at the end of a name.
var secretSuffixes = map[string]bool{"value": true, "str": true, "string": true, "bytes": true, "b": true, "raw": true, "hex": true, "text": true}

// isSecretName reports whether a name ends with a secret word (optionally
// followed by a value suffix): accessToken, session_id, apiKey, expectedMAC,
// sigBytes; not tokenType, secretName, macAddress.
func isSecretName(name string) bool {
	ws := models.Words(name)
	for len(ws) > 1 && secretSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if secretWords[last] {
		// Pagination and lexer tokens are not secrets.
		if len(ws) >= 2 && notSecretBefore[ws[len(ws)-2]] {
			return false
		}
		return true
	}
	if len(ws) >= 2 {
		prev := ws[len(ws)-2]
		switch {
		case last == "id" && prev == "session":
			return true
		case last == "key" && (prev == "api" || prev == "secret" || prev == "signing" || prev == "hmac" || prev == "mac"):
			return true
		case last == "code" && models.OneTimeCodeWords[prev]:
			return true
		}
	}
	return false
}

func shorten(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}
