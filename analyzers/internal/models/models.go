// Package models holds the taint models shared by sanitas's analyzers:
// sources, sinks, sanitisers and propagators as data, one row per API, keyed
// by types.Func.FullName (for example "(*database/sql.DB).QueryContext",
// "(github.com/labstack/echo/v4.Context).Param", "fmt.Sprintf"; generic
// functions by their origin's name).
//
// # Argument-index convention
//
// Every index in these tables counts the arguments of the call as written,
// without the receiver: index 0 is the first non-receiver argument. The
// receiver is Recv. A variadic parameter is one index (the slice). Result
// means the call's results (every result whose type can carry text). In a
// Propagator's To, an index i >= 0 (or Recv) means the value the argument
// points to: the call writes into it (json.Unmarshal's second argument,
// strings.Builder's receiver).
//
// The engine (analyzers/internal/taint) applies the rows in this order:
// sanitiser, source, propagator, then summaries of analysed code, then the
// defaults: a call into a package of PurePackages passes the taint of its
// text-carrying arguments to its results; any other unmodelled call
// returns text of Unknown origin. Sinks are checked beside all of these.
package models

import "strings"

// Kind is a set of taint kinds. Each kind has its own sanitisers.
type Kind uint16

// The kinds.
const (
	// Untrusted is input from outside the program: an HTTP request,
	// command-line arguments, flags, standard input.
	Untrusted Kind = 1 << iota
	// Unknown is non-constant data of unknown origin: an unmodelled call's
	// result, a database value, another package's variable.
	Unknown
	// Password is a user's password (pwhash).
	Password
	// Credential is a token, API key, secret or session id (logleak).
	Credential
	// PII is personal or patient data (logleak).
	PII
)

// Injection is the set of kinds that injection sinks (SQL, HTML) care about.
const Injection = Untrusted | Unknown

// String lists the kinds, for fact strings and tests.
func (k Kind) String() string {
	var parts []string
	for i, name := range []string{"untrusted", "unknown", "password", "credential", "pii"} {
		if k&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

// Class is a family of sinks; each analyzer reads the flows into its class.
type Class string

// The sink classes.
const (
	SQL Class = "sql"
)

// Positions in a row: argument indexes are >= 0 (see the convention above).
const (
	Result  = -1 // the call's results
	Recv    = -2 // the receiver
	AllArgs = -3 // every argument, the receiver included
)

// Source is a call whose result (or an argument's pointee) is tainted.
type Source struct {
	Func string
	Out  int // Result, or the index of an argument the call writes into
	// OutElems: Out is variadic and the call writes into what each of
	// its elements points to (fmt.Scan(&a, &b)).
	OutElems bool
	Kind     Kind
	Label    string // shown after the source in messages: "request input"
}

// FieldSource is a struct field whose value is tainted when read.
type FieldSource struct {
	Type  string // "net/http.Request"
	Field string
	Kind  Kind
	Label string
}

// VarSource is a package-level variable whose value is tainted.
type VarSource struct {
	Var   string // "os.Args"
	Kind  Kind
	Label string
}

// Propagator moves taint in a way the defaults do not: from one argument
// only, or into a pointee.
type Propagator struct {
	Func  string
	From  int  // an argument index, Recv or AllArgs
	To    int  // Result, or an argument index / Recv whose pointee is written
	Build bool // the call builds text (concatenation, formatting, joining)
	// Op names the operation: the construction step of built text, or
	// else, when set, a step added to the flow's related locations.
	Op string
	// If: the row holds only when the call's receiver was built so (a
	// function, having no receiver, never meets it); see BuiltWith.
	If *BuiltWith
	// Unless: the row does not hold where the argument it names was
	// surely made with safe options; see MadeSafe.
	Unless *MadeSafe
	// Decode: the call decodes text into the value To points to. A
	// struct so filled holds the text's parts in its fields, each what
	// its name says (a token's claims: Subject, Role, ExpiresAt): the
	// text's credentials and personal data are not the struct's as a
	// whole, while its untrusted origin is.
	Decode bool
	// SelfEscaping: as Sink.SelfEscaping; where it holds, the text the
	// call moves is escaped for HTML.
	SelfEscaping bool
}

// Sanitiser is a call whose result is clean of the kinds in Clean.
type Sanitiser struct {
	Func  string
	Clean Kind
	// Esc: the call escapes its result for these output contexts only; the
	// result keeps its kinds and is safe in sinks of those contexts.
	Esc Escape
	// Signs: the call signs or MACs its receiver with a key passed as an
	// argument (a JWT's SignedString): the result carries what the
	// receiver carries, never the key.
	Signs bool
}

// Sink is an argument that must not receive tainted data.
type Sink struct {
	Func  string
	Arg   int // argument index (convention above)
	Class Class
	// StringOnly: the parameter is an interface (gorm's Where(query any)):
	// only a string passed to it is query text.
	StringOnly bool
	// FirstElem: the parameter is variadic and its first element is the
	// query text (xorm's Exec(sqlOrArgs ...any)).
	FirstElem bool
	// MapKeys: a map passed to the parameter (squirrel's Eq{col: v},
	// directly or in an interface) is query text in its keys, which the
	// library writes into the query as column names; its values are
	// bound. The engine checks the keys of a map built where it is
	// passed (a composite literal, stores into a map made there).
	MapKeys bool
	// Ctx is the sink's output context: data escaped for it is safe.
	Ctx Escape
	// Writer: the sink counts only when the writer it writes into,
	// argument WriterAt, is of this kind (fmt.Fprintf(w, ...) with w an
	// http.ResponseWriter; fmt.Fprintf(os.Stderr, ...) as a log line).
	// AnyWriter: always. When that argument is a parameter of an interface
	// type such a writer satisfies (an io.Writer), the callers decide,
	// where the writer is known.
	Writer WriterKind
	// WriterAt is the writer's index (the convention above): 0, the
	// first argument, or Recv.
	WriterAt int
	// If: the row holds only when the call's receiver was built so; see
	// BuiltWith.
	If *BuiltWith
	// InMemory: the argument, a reader, counts only when it is made from
	// text in memory (strings.NewReader, bytes.NewReader) where it is
	// passed: a file it reads is served as a file server serves it.
	InMemory bool
	// AfterSent: the call serves the text under a safe type of its own
	// (http.Error's text/plain with nosniff), which holds unless the
	// response's headers were sent before it: the row holds only where a
	// write of the body came before on every path to the call (after
	// WriteHeader alone the text is sniffed itself, and an error's text
	// mostly begins plain).
	AfterSent bool
	// SelfEscaping: the call executes a template, and the row does not
	// hold where the engine resolves the template's text and finds that
	// every action escapes what it prints for where it lands
	// (text/template's {{.Name | html}}).
	SelfEscaping bool
	// Lib names the library that renders what the sink takes, where its
	// package's name does not ("gomponents" for maragu.dev/gomponents/html).
	Lib string
	// SetsHTML: the call sets an HTML Content-Type itself, over any type
	// set before (go-chi/render's HTML), so no earlier header makes it safe.
	SetsHTML bool
}

// WriterKind is what a sink's writer must be for the sink to count.
type WriterKind uint8

// The writer kinds.
const (
	AnyWriter      WriterKind = iota
	ResponseWriter            // an HTTP response writer
	StdStream                 // os.Stdout or os.Stderr
	HashWriter                // a hash.Hash (io.WriteString(h, s) hashes s)
)

func (k WriterKind) String() string {
	switch k {
	case ResponseWriter:
		return "response"
	case StdStream:
		return "stdio"
	case HashWriter:
		return "hash"
	}
	return "any"
}

var (
	sourceByFunc     = map[string]*Source{}
	fieldSources     = map[string]*FieldSource{}
	varSources       = map[string]*VarSource{}
	propagatorByFunc = map[string][]*Propagator{}
	sanitiserByFunc  = map[string]*Sanitiser{}
	sinkByFunc       = map[string][]*Sink{}
	// sinkByMethod indexes the rows of methods by method name, for calls
	// through interfaces that the modelled types implement.
	sinkByMethod = map[string][]*Sink{}
	// modelledPkgs: the packages with source, sink, propagator or
	// sanitiser rows (see ModelledPackage).
	modelledPkgs = map[string]bool{}
)

func init() {
	for _, tab := range [][]Source{sources, storedSources} {
		for i := range tab {
			sourceByFunc[tab[i].Func] = &tab[i]
		}
	}
	for i := range fieldSourceRows {
		f := &fieldSourceRows[i]
		fieldSources[f.Type+"."+f.Field] = f
	}
	for i := range varSourceRows {
		varSources[varSourceRows[i].Var] = &varSourceRows[i]
	}
	for _, tab := range [][]Propagator{propagators, htmlPropagators, markdownPropagators} {
		for i := range tab {
			p := &tab[i]
			propagatorByFunc[p.Func] = append(propagatorByFunc[p.Func], p)
		}
	}
	for _, tab := range [][]Sanitiser{sanitisers, htmlSanitisers} {
		for i := range tab {
			addSanitiser(&tab[i])
		}
	}
	for _, m := range []map[string]*Source{sourceByFunc} {
		for name := range m {
			modelledPkgs[PackageOf(name)] = true
		}
	}
	for name := range propagatorByFunc {
		modelledPkgs[PackageOf(name)] = true
	}
	for name := range sanitiserByFunc {
		modelledPkgs[PackageOf(name)] = true
	}
	for _, tab := range [][]Sink{sqlSinks, htmlSinks, markdownSinks} {
		for i := range tab {
			s := &tab[i]
			modelledPkgs[PackageOf(s.Func)] = true
			sinkByFunc[s.Func] = append(sinkByFunc[s.Func], s)
			if _, _, m, ok := SplitMethod(s.Func); ok {
				sinkByMethod[m] = append(sinkByMethod[m], s)
			}
		}
	}
}

// SourceFor returns the source row of a function, or nil.
func SourceFor(fullName string) *Source { return sourceByFunc[fullName] }

// FieldSourceFor returns the row for field of the named type "pkg.Type".
func FieldSourceFor(typ, field string) *FieldSource { return fieldSources[typ+"."+field] }

// VarSourceFor returns the row of the package variable "pkg.Name".
func VarSourceFor(name string) *VarSource { return varSources[name] }

// PropagatorsFor returns the propagator rows of a function.
func PropagatorsFor(fullName string) []*Propagator { return propagatorByFunc[fullName] }

// SanitiserFor returns the sanitiser row of a function, or nil.
func SanitiserFor(fullName string) *Sanitiser { return sanitiserByFunc[fullName] }

// SinksFor returns the sink rows of a function.
func SinksFor(fullName string) []*Sink { return sinkByFunc[fullName] }

// MethodSinks returns the sink rows of methods named method, of every
// modelled type, in table order.
func MethodSinks(method string) []*Sink { return sinkByMethod[method] }

// SplitMethod splits a method's FullName, "(*database/sql.DB).QueryContext",
// into its receiver's named type ("database/sql.DB"), whether the receiver
// is a pointer, and the method's name; ok is false for a function's name.
func SplitMethod(full string) (recv string, ptr bool, method string, ok bool) {
	if !strings.HasPrefix(full, "(") {
		return "", false, "", false
	}
	end := strings.Index(full, ").")
	if end < 0 {
		return "", false, "", false
	}
	recv, method = full[1:end], full[end+2:]
	recv, ptr = strings.CutPrefix(recv, "*")
	if recv == "" || method == "" || !strings.Contains(recv, ".") {
		return "", false, "", false
	}
	return recv, ptr, method, true
}

// PackageOf returns the import path of a modelled function's FullName:
// "net/http" for "(*net/http.Request).FormValue" and for "net/http.Error".
func PackageOf(full string) string {
	if recv, _, _, ok := SplitMethod(full); ok {
		full = recv
	}
	if i := strings.LastIndex(full, "."); i > 0 {
		return full[:i]
	}
	return ""
}

// ModelledPackage reports whether the models describe functions of the
// package (net/http, gin, database/sql, goldmark): what its functions
// read, write and return is what their rows say, not what an analysis of
// its code (a trimmed stub in tests) would find.
func ModelledPackage(path string) bool { return modelledPkgs[path] }

// SinkTable returns every sink row of a class, for tests and docs.
func SinkTable(c Class) []Sink {
	var out []Sink
	for _, tab := range [][]Sink{sqlSinks, htmlSinks, markdownSinks} {
		for _, s := range tab {
			if s.Class == c {
				out = append(out, s)
			}
		}
	}
	return out
}

// IsPurePackage reports whether calls into the package only compute their
// results from their arguments: the default for its unmodelled functions is
// to pass taint through, not to return Unknown text.
func IsPurePackage(path string) bool { return purePackages[path] }

// IsDataType reports whether values of the named struct type "pkg.Type" (or
// pointers to it) carry text, so that taint passes through its methods
// (strings.Builder, url.URL, bufio.Reader...). Other structs of unanalysed
// packages (database handles, loggers) do not.
func IsDataType(named string) bool { return dataTypes[named] }
