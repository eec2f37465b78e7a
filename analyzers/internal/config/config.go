// Package config is the schema of .sanitas.yml, shared by the driver, the vet
// tool and the golangci-lint plugin (which decodes Settings from JSON, so
// every field carries a json tag).
package config

import (
	"fmt"
	"strings"
)

// Config is the whole .sanitas.yml file.
type Config struct {
	Version int      `json:"version"`
	Enable  []string `json:"enable,omitempty"`  // rule IDs or globs turned on
	Disable []string `json:"disable,omitempty"` // rule IDs or globs turned off
	Exclude []string `json:"exclude,omitempty"` // path globs, relative to the config file's directory
	FailOn  string   `json:"fail-on,omitempty"` // error, warning, note or none
	// Generated, when true, reports findings in generated files too.
	Generated bool     `json:"generated,omitempty"`
	Settings  Settings `json:"settings"`

	// File is the path the config was loaded from ("" for Default); paths
	// given to Excluded are relative to its directory. Not part of the file.
	File string `json:"-"`
}

// Settings holds one section per analyzer; each analyzer's issue adds its own.
type Settings struct {
	Gosec     GosecSettings     `json:"gosec"`
	Sqlinject SqlinjectSettings `json:"sqlinject"`
	Pwhash    PwhashSettings    `json:"pwhash"`
	XSS       XSSSettings       `json:"xss"`
	Logleak   LogleakSettings   `json:"logleak"`
	Authz     AuthzSettings     `json:"authz"`
}

// GosecSettings configures the carried gosec rules.
type GosecSettings struct {
	// Rules holds gosec's per-rule options, as in gosec's JSON config
	// ("G101": {"pattern": "..."}, "G302": "0600", ...).
	Rules map[string]any `json:"rules,omitempty"`
}

// SqlinjectSettings configures the sqlinject analyzer.
type SqlinjectSettings struct {
	// Sinks are extra query-text arguments, such as an in-house query
	// helper of a dependency.
	Sinks []SQLSink `json:"sinks,omitempty"`
	// Quoters are functions whose result is safe to splice into query
	// text: an in-house identifier-quoting function (one that doubles the
	// quote character, as pq.QuoteIdentifier does) or an allow-list
	// lookup. Their results are clean where the query is built.
	Quoters []FuncName `json:"quoters,omitempty"`
}

// SQLSink names one query-text argument: a types.Func.FullName such as
// "(*example.com/db.Pool).Run" and the argument's index, 0 being the first
// argument after the receiver.
type SQLSink struct {
	Func string `json:"func"`
	Arg  int    `json:"arg"`
}

// Validate reports a sink the analyzer cannot use.
func (s SQLSink) Validate() error {
	if err := FuncName(s.Func).Validate(); err != nil {
		return err
	}
	if s.Arg < 0 {
		return fmt.Errorf("arg must be >= 0")
	}
	return nil
}

// FuncName is a types.Func.FullName: "example.com/db.Quote",
// "(example.com/db.Dialect).Quote" or "(*example.com/db.Dialect).Quote".
type FuncName string

// Validate reports a name that is not a FullName.
func (f FuncName) Validate() error {
	if !ValidFuncName(string(f)) {
		return fmt.Errorf("%q is not a function's full name: want example.com/pkg.Func, (example.com/pkg.T).M or (*example.com/pkg.T).M", string(f))
	}
	return nil
}

// ValidFuncName reports whether s has the shape of a types.Func.FullName
// of a package-level function or a method.
func ValidFuncName(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t") {
		return false
	}
	if strings.HasPrefix(s, "(") {
		i := strings.Index(s, ").")
		return i > 2 && strings.Contains(s[1:i], ".") && i+2 < len(s)
	}
	i := strings.LastIndex(s, ".")
	return i > 0 && i+1 < len(s)
}

// XSSSettings configures the xss analyzer. Function names are
// types.Func.FullName strings ("example.com/web.Clean",
// "(*example.com/web.Page).Raw").
type XSSSettings struct {
	// Sanitisers are extra functions whose result is safe in HTML (an
	// in-house HTML sanitiser or escaper).
	Sanitisers []string `json:"sanitisers,omitempty"`
	// Sinks are extra arguments written unescaped into an HTML response,
	// such as an in-house render helper.
	Sinks []XSSSink `json:"sinks,omitempty"`
}

// XSSSink names one argument written raw into HTML: a types.Func.FullName
// and the argument's index, 0 being the first argument after the receiver.
type XSSSink struct {
	Func string `json:"func"`
	Arg  int    `json:"arg"`
}

// AuthzSettings configures the authz analyzer. Function names are
// types.Func.FullName strings ("example.com/web.RequireUser",
// "(*example.com/web.Server).requireAdmin") or "pkgname.Name" for short.
type AuthzSettings struct {
	// AuthnGuards are middleware (or middleware constructors) that reject
	// unauthenticated requests.
	AuthnGuards []string `json:"authn-guards,omitempty"`
	// AuthzGuards are middleware that reject requests the principal may
	// not make (roles, permissions, policies).
	AuthzGuards []string `json:"authz-guards,omitempty"`
	// Checks are authorisation functions called inside handlers; a call
	// counts when its failing result leads to an early exit.
	Checks []string `json:"checks,omitempty"`
	// PublicRoutes are route patterns that need no authorisation, as
	// "/healthz", "GET /docs/*" or "/static/*" (* matches any run of
	// characters).
	PublicRoutes []string `json:"public-routes,omitempty"`
}

// LogleakSettings configures the logleak analyzer. Function names are
// types.Func.FullName strings ("example.com/obs.Audit",
// "(*example.com/obs.Logger).Event").
type LogleakSettings struct {
	// Credentials and PII are extra names (identifiers, fields, keys) that
	// hold a credential or personal data, matched by words as the built-in
	// vocabulary is ("kennwort", "hospital_number").
	Credentials []string `json:"credentials,omitempty"`
	PII         []string `json:"pii,omitempty"`
	// Public are names that are never sensitive, even if the vocabulary
	// says so ("display_name", "support_email").
	Public []string `json:"public,omitempty"`
	// Types are named types ("example.com/fhir.Patient") or whole packages
	// ("example.com/fhir") whose values are personal data.
	Types []string `json:"types,omitempty"`
	// Sanitisers are functions whose result is safe to log (an in-house
	// mask or redaction helper).
	Sanitisers []string `json:"sanitisers,omitempty"`
	// Sinks are extra logging calls: the argument written to the log.
	Sinks []LogSink `json:"sinks,omitempty"`
	// Strict also treats IP addresses, remote addresses, user ids and user
	// names as personal data.
	Strict bool `json:"strict,omitempty"`
	// IgnoreStdout stops treating fmt.Print* to standard output or error
	// as a log.
	IgnoreStdout bool `json:"ignore-stdout,omitempty"`
	// StdoutIsLog treats printing to standard output as a log in the
	// commands of a command-line program too (packages that import a CLI
	// framework such as urfave/cli or cobra), where by default it is the
	// command's output to the operator.
	StdoutIsLog bool `json:"stdout-is-log,omitempty"`
}

// LogSink names one argument written to a log: a types.Func.FullName and
// the argument's index, 0 being the first argument after the receiver. KV
// says the argument is a variadic list of alternating keys and values.
type LogSink struct {
	Func string `json:"func"`
	Arg  int    `json:"arg"`
	KV   bool   `json:"kv,omitempty"`
}

// PwhashSettings configures the pwhash analyzer. Zero values take the
// OWASP Password Storage Cheat Sheet's numbers.
type PwhashSettings struct {
	// PasswordNames are extra words that name a password in identifiers
	// and parameters ("kennwort", "secretphrase"), beside password,
	// passwd, pwd, pw, passphrase, passcode and pin.
	PasswordNames []string `json:"password-names,omitempty"`
	// BcryptCost is the lowest acceptable bcrypt cost (default 10).
	BcryptCost int `json:"bcrypt-cost,omitempty"`
	// Argon2id lists acceptable (memory, time) pairs; parameters pass when
	// they reach both numbers of one row (default: OWASP's five rows).
	Argon2id []Argon2Row `json:"argon2id,omitempty"`
	// Scrypt lists acceptable (N, p) pairs at r=8 (default: OWASP's five).
	Scrypt []ScryptRow `json:"scrypt,omitempty"`
	// PBKDF2 gives the lowest iteration counts per PRF.
	PBKDF2 PBKDF2Iterations `json:"pbkdf2,omitzero"`
}

// Argon2Row is one acceptable Argon2id configuration.
type Argon2Row struct {
	MemoryKiB int `json:"memory-kib"`
	Time      int `json:"time"`
}

// ScryptRow is one acceptable scrypt configuration (r = 8).
type ScryptRow struct {
	N int `json:"n"`
	P int `json:"p"`
}

// PBKDF2Iterations are minimum PBKDF2 iteration counts by PRF (defaults
// 1,300,000, 600,000 and 210,000; Other, for a PRF sanitas cannot name,
// defaults to 600,000).
type PBKDF2Iterations struct {
	SHA1   int `json:"sha1,omitempty"`
	SHA256 int `json:"sha256,omitempty"`
	SHA512 int `json:"sha512,omitempty"`
	Other  int `json:"other,omitempty"`
}
