package models

import (
	"maps"
	"reflect"
	"slices"
	"strings"
)

// This file holds logleak's models: the vocabulary of sensitive names, the
// log sinks with the renderer each uses, keyed accessors whose constant key
// decides whether the value is sensitive, and sanitisers of the sensitive
// kinds (Password, Credential, PII).

// Sensitive is the set of kinds logleak reports. A password is also a
// Credential wherever the engine gives it the Password kind by name; the
// Password kind alone is pwhash's.
const Sensitive = Credential | PII

// Log is the sink class of log output: the log sink rows (LogSink) are
// engine sink rows of this class too, so that a function that logs its
// parameter has a summary and facts that say so.
const Log Class = "log"

// What a sensitive name is, for messages and for telling logleak's rules
// apart: a DSN or a request dump is a credential with its own rule.
const (
	WhatDSN         = "DSN"
	WhatRequestDump = "HTTP request dump"
	// WhatDateOfBirth is the one sensitive name whose value is as often a
	// time.Time as text: a time value named as a date of birth is
	// personal data, other times (created_at, expires) are not.
	WhatDateOfBirth = "date of birth"
)

// A phrase of the vocabulary: a token sequence, its kind and its name.
// A whole phrase names the value only as the entire name: "nhs" is an NHS
// number as a parameter or key of its own, while nhsTrust or
// nhs_login_url are not.
type phrase struct {
	toks  []string
	kind  Kind
	what  string
	whole bool
}

var (
	phrases = buildPhrases()
	// compounds are single tokens written without a separator.
	compounds = map[string][]string{
		"passwd": {"password"}, "pwd": {"password"}, "pw": {"password"}, "passwords": {"password"}, "pword": {"password"},
		"apikey": {"api", "key"}, "apikeys": {"api", "key"}, "accesstoken": {"access", "token"},
		"refreshtoken": {"refresh", "token"}, "authtoken": {"auth", "token"}, "idtoken": {"id", "token"},
		"sessionid": {"session", "id"}, "sessid": {"session", "id"}, "privatekey": {"private", "key"},
		"privkey": {"private", "key"}, "secretkey": {"secret", "key"}, "clientsecret": {"client", "secret"},
		"tokens": {"token"}, "secrets": {"secret"}, "cookies": {"cookie"}, "creds": {"credentials"},
		"credential": {"credentials"}, "passphrase": {"passphrase"}, "nhsnumber": {"nhs", "number"},
		"dateofbirth": {"date", "of", "birth"}, "birthdate": {"birth", "date"}, "dob": {"date", "of", "birth"},
		"birthday": {"birth", "date"}, "postcode": {"post", "code"}, "zipcode": {"zip", "code"},
		"phonenumber": {"phone"}, "telephone": {"phone"}, "firstname": {"first", "name"},
		"lastname": {"last", "name"}, "fullname": {"full", "name"}, "surname": {"last", "name"},
		"forename": {"first", "name"}, "givenname": {"first", "name"}, "familyname": {"last", "name"},
		"emailaddress": {"email"}, "emails": {"email"}, "mail": {"mail"}, "ssn": {"ssn"},
		"diagnoses": {"diagnosis"}, "medications": {"medication"}, "prescriptions": {"prescription"},
		"allergies": {"allergy"}, "connstr": {"connection", "string"}, "connectionstring": {"connection", "string"},
		"databaseurl": {"database", "url"}, "dburl": {"database", "url"}, "db": {"database"},
		"jwt": {"jwt"}, "bearer": {"bearer"}, "nino": {"nino"}, "mrn": {"mrn"}, "otp": {"otp"},
		"totp": {"otp"}, "hotp": {"otp"}, "labresult": {"lab", "result"}, "labresults": {"lab", "result"},
		"results": {"result"}, "notes": {"note"}, "conn": {"connection"}, "str": {"string"},
		"authorisation": {"authorization"}, "auth": {"auth"}, "cvv": {"cvv"}, "iban": {"iban"},
		"ipaddr": {"ip", "address"}, "ipaddress": {"ip", "address"}, "addr": {"address"},
		"userid": {"user", "id"}, "uid": {"user", "id"}, "mobile": {"phone"}, "fax": {"phone"},
	}
	// barriers make a name not sensitive wherever they appear outside the
	// matched phrase: secretName, PasswordFile, hashedToken, tokenCount.
	// "attribute", "attr": the name of a directory or schema attribute
	// (LDAP's AttributeSurname is "sn"), not its value.
	barriers = set("hash", "hashed", "hashes", "digest", "checksum", "sum", "encrypted", "encrypt", "enc", "ciphertext",
		"attribute", "attr", "attrs", "attributes",
		"masked", "mask", "redacted", "redact", "obfuscated", "salt", "len", "length", "count", "size",
		"expiry", "expires", "expired", "expiration", "exp", "ttl", "lifetime", "age", "type", "kind", "format",
		"is", "has", "enabled", "enable", "disabled", "disable", "required", "require", "valid", "validate",
		"validator", "verify", "verified", "verifier", "check", "checker", "min", "max", "regex", "regexp",
		"pattern", "prefix", "suffix", "last4", "err", "error", "errors", "ok", "label", "description", "desc",
		"placeholder", "policy", "strength", "complexity", "hint", "mode", "algorithm", "alg", "scheme",
		"source", "provider", "store", "storage", "manager", "service", "endpoint", "scope", "scopes", "issuer",
		"audience", "fn", "func", "handler", "field", "fields", "column", "col", "param", "params", "flag",
		"opt", "option", "options", "env", "var", "template", "tmpl", "lexer", "parser", "kind", "page",
		"next", "continuation", "cursor", "id", "ids", "ref", "version", "changed", "updated", "created", "at",
		"time", "status", "limit", "lock", "locked", "cache", "generator", "gen", "reader", "writer", "stream",
		"count", "total", "fingerprint", "key" /* "token key" is a map key; phrases that end in key consume it */)
	// credBarriers apply to credentials only: the name or place of a secret
	// is not the secret (secretName, PasswordFile, tokenURL).
	credBarriers = set("name", "names", "url", "uri", "path", "file", "filename", "dir", "header", "ref", "refs",
		"user", "username", "login", "owner", "public", "pub")
)

// envNotSecret are environment variables whose names contain a sensitive
// word but which hold no secret: PWD is the working directory (x/tools
// logs "PWD="+dir).
var envNotSecret = set("PWD", "OLDPWD")

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

func union(a, b map[string]bool) map[string]bool {
	m := maps.Clone(a)
	maps.Copy(m, b)
	return m
}

func buildPhrases() []phrase {
	var out []phrase
	add := func(k Kind, what string, ps ...string) {
		for _, p := range ps {
			out = append(out, phrase{toks: strings.Fields(p), kind: k, what: what})
		}
	}
	add(Credential, "password", "password", "passphrase", "passcode", "pin code", "pin number")
	add(Credential, "secret", "secret", "client secret", "shared secret")
	add(Credential, "token", "token", "access token", "refresh token", "id token", "bearer", "bearer token",
		"auth token", "csrf token", "jwt", "otp")
	add(Credential, "one-time code", "one time code")
	for _, w := range slices.Sorted(maps.Keys(OneTimeCodeWords)) {
		add(Credential, "one-time code", w+" code")
	}
	add(Credential, "API key", "api key", "access key", "secret key", "private key", "signing key",
		"encryption key", "master key", "hmac key", "api secret", "access key id")
	add(Credential, "session id", "session id", "session key", "session token", "session cookie")
	add(Credential, "cookie", "cookie", "set cookie")
	add(Credential, "authorization header", "authorization", "auth header", "proxy authorization")
	add(Credential, "credentials", "credentials")
	add(Credential, WhatDSN, "dsn", "database url", "database dsn", "connection string", "database connection string")
	add(PII, "NHS number", "nhs number", "nhs no", "nhs num", "nhs id")
	out = append(out, phrase{toks: []string{"nhs"}, kind: PII, what: "NHS number", whole: true})
	add(PII, "CHI number", "chi number", "chi no", "h c number")
	add(PII, "medical record number", "mrn", "medical record number", "medical record", "patient id",
		"patient identifier", "patient number")
	add(PII, WhatDateOfBirth, "date of birth", "birth date")
	add(PII, "clinical data", "diagnosis", "icd code", "icd 10", "prescription", "medication", "allergy",
		"clinical note", "lab result", "test result")
	add(PII, "national insurance number", "national insurance", "national insurance number", "nino", "ni number")
	add(PII, "SSN", "ssn", "social security", "social security number")
	add(PII, "insurance number", "insurance number", "member number", "policy number", "beneficiary number",
		"health plan number")
	add(PII, "card number", "card number", "credit card", "debit card", "cvv", "primary account number")
	add(PII, "account number", "account number", "iban")
	add(PII, "identity document number", "passport number", "licence number", "license number", "driving licence")
	add(PII, "name", "first name", "last name", "full name", "middle name", "patient name", "given name", "family name")
	add(PII, "address", "home address", "street address", "postal address", "post code", "zip code")
	add(PII, "phone number", "phone")
	add(PII, "email address", "email", "e mail")
	return out
}

// strictPhrases are personal identifiers off by default (HIPAA items 14-15
// and plain user ids), on in strict mode.
var strictPhrases = []phrase{
	{toks: []string{"ip", "address"}, kind: PII, what: "IP address"},
	{toks: []string{"remote", "address"}, kind: PII, what: "IP address"},
	{toks: []string{"user", "id"}, kind: PII, what: "user id"},
	{toks: []string{"username"}, kind: PII, what: "user name"},
}

// Normalise returns the words of a name (Words) with one-word compounds
// spelt out as the vocabulary's phrases are ("passwd" → password, "apikey"
// → api key, "NHSNumber" → nhs number).
func Normalise(name string) []string {
	var out []string
	ws := Words(name)
	for i, w := range ws {
		if PassWord(ws, i) {
			out = append(out, "password") // userPass; not PassThrough
		} else if c, ok := compounds[w]; ok {
			out = append(out, c...)
		} else if c, ok := gluedPassword(w); ok {
			// An environment variable spelt as one word: PGPASSWORD,
			// DBPASSWORD.
			out = append(out, c...)
		} else {
			out = append(out, w)
		}
	}
	return out
}

// gluedPassword splits a word that ends in "password" or "passwd" after
// a prefix of its own (libpq's PGPASSWORD, newpassword) into the prefix's
// words and "password".
func gluedPassword(w string) ([]string, bool) {
	for _, suf := range []string{"password", "passwd"} {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			pre := w[:len(w)-len(suf)]
			if c, ok := compounds[pre]; ok {
				return append(slices.Clone(c), "password"), true
			}
			return []string{pre, "password"}, true
		}
	}
	return nil, false
}

// SensitiveName classifies a name by the vocabulary: the kind (Credential
// or PII, 0 if not sensitive) and what it names ("password", "NHS number",
// WhatDSN). Matching is by whole tokens: "passage" is not a password, and
// a barrier token outside the matched phrase ("secretName",
// "PasswordFile", "hashedToken", "requestID") clears it.
func SensitiveName(name string, strict bool) (Kind, string) {
	if envNotSecret[name] {
		return 0, ""
	}
	toks := Normalise(name)
	if len(toks) == 0 {
		return 0, ""
	}
	best, at := -1, -1
	try := func(ps []phrase) {
		for i, p := range ps {
			if p.whole && len(toks) != len(p.toks) {
				continue
			}
			if j := index(toks, p.toks); j >= 0 && (best < 0 || len(p.toks) > len(ps[best].toks)) {
				_ = i
				best, at = i, j
			}
		}
	}
	try(phrases)
	ps := phrases
	if best < 0 && strict {
		try(strictPhrases)
		ps = strictPhrases
	}
	if best < 0 {
		return 0, ""
	}
	p := ps[best]
	for i, t := range toks {
		if i >= at && i < at+len(p.toks) {
			continue
		}
		if barriers[t] || (p.kind == Credential && credBarriers[t]) {
			return 0, ""
		}
	}
	return p.kind, p.what
}

func index(toks, sub []string) int {
	for i := 0; i+len(sub) <= len(toks); i++ {
		ok := true
		for j := range sub {
			if toks[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// FieldKind classifies a struct field by its tag and name: the tag
// sanitas:"public" clears it; sanitas:"sensitive" marks it (PII, or
// Credential with the option "credential" or "secret"); otherwise the
// vocabulary decides.
func FieldKind(field, tag string, strict bool) (Kind, string) {
	if v, ok := reflect.StructTag(tag).Lookup("sanitas"); ok {
		opts := strings.Split(v, ",")
		switch opts[0] {
		case "public":
			return 0, ""
		case "sensitive":
			for _, o := range opts[1:] {
				if o == "credential" || o == "secret" {
					return Credential, "field marked sensitive"
				}
			}
			return PII, "field marked sensitive"
		}
	}
	return SensitiveName(field, strict)
}

// KeyedSource is an accessor whose constant key argument decides whether
// its result is sensitive: r.Header.Get("Authorization") is a credential,
// r.Header.Get("X-Request-Id") is not (a non-sensitive constant key clears
// the sensitive kinds the receiver carries). Key < 0 means no key: Kind
// applies always. Result is the index of the result that carries the
// value, or Result for all.
type KeyedSource struct {
	Func   string
	Key    int
	Result int
	Kind   Kind   // with Key < 0
	What   string // with Key < 0
	// Cookie: the key names a cookie, and a cookie named for a session
	// or a login ("session", "app_sess", "sid", "auth") holds its id.
	Cookie bool
	// Header: the key names a request header, and a header whose name
	// ends in "Key" (X-API-Key, X-Reports-Key) carries an API key.
	Header bool
}

var keyedSources = []KeyedSource{
	{Func: "(net/http.Header).Get", Key: 0, Result: Result, Header: true},
	{Func: "(net/http.Header).Values", Key: 0, Result: Result, Header: true},
	{Func: "(net/textproto.MIMEHeader).Get", Key: 0, Result: Result, Header: true},
	{Func: "(*net/http.Request).FormValue", Key: 0, Result: Result},
	{Func: "(*net/http.Request).PostFormValue", Key: 0, Result: Result},
	{Func: "(*net/http.Request).Cookie", Key: 0, Result: 0, Cookie: true},
	{Func: "(net/url.Values).Get", Key: 0, Result: Result},
	{Func: "os.Getenv", Key: 0, Result: Result},
	{Func: "os.LookupEnv", Key: 0, Result: 0},
	{Func: "(*github.com/gin-gonic/gin.Context).Query", Key: 0, Result: Result},
	{Func: "(*github.com/gin-gonic/gin.Context).PostForm", Key: 0, Result: Result},
	{Func: "(*github.com/gin-gonic/gin.Context).GetHeader", Key: 0, Result: Result, Header: true},
	{Func: "(*github.com/gin-gonic/gin.Context).Cookie", Key: 0, Result: 0, Cookie: true},
	{Func: "(github.com/labstack/echo/v4.Context).QueryParam", Key: 0, Result: Result},
	{Func: "(github.com/labstack/echo/v4.Context).FormValue", Key: 0, Result: Result},
	{Func: "github.com/spf13/viper.GetString", Key: 0, Result: Result},
	{Func: "(*github.com/spf13/viper.Viper).GetString", Key: 0, Result: Result},
	// The password of HTTP basic authentication (user, password, ok).
	{Func: "(*net/http.Request).BasicAuth", Key: -1, Result: 1, Kind: Credential, What: "password"},
	{Func: "(*net/url.Userinfo).Password", Key: -1, Result: 0, Kind: Credential, What: "password"},
	// A dump of a request holds its Authorization and Cookie headers.
	{Func: "net/http/httputil.DumpRequest", Key: -1, Result: 0, Kind: Credential, What: WhatRequestDump},
	{Func: "net/http/httputil.DumpRequestOut", Key: -1, Result: 0, Kind: Credential, What: WhatRequestDump},
	// Every cookie of a request, session cookies included (kratos logged
	// r.Cookies() beside a CSRF failure).
	{Func: "(*net/http.Request).Cookies", Key: -1, Result: 0, Kind: Credential, What: WhatRequestDump},
}

var keyedByFunc = map[string]*KeyedSource{}

// KeyUse is a call that reads secret key material from one of its
// arguments (Arg counts the parameters, not the receiver): what is passed
// there is a credential whatever it is named, such as a key file's
// contents that x509.ParsePKCS8PrivateKey parses. The engine traces the
// argument back to the values that hold the key (taint/keyuse.go).
type KeyUse struct {
	Func string
	Arg  int
	What string // what the value is: "private key"
}

const (
	whatPrivateKey = "private key"
	whatSigningKey = "signing key"
)

var keyUses = []KeyUse{
	{Func: "crypto/x509.ParsePKCS1PrivateKey", What: whatPrivateKey},
	{Func: "crypto/x509.ParsePKCS8PrivateKey", What: whatPrivateKey},
	{Func: "crypto/x509.ParseECPrivateKey", What: whatPrivateKey},
	{Func: "crypto/x509.DecryptPEMBlock", What: whatPrivateKey},
	{Func: "crypto/tls.X509KeyPair", Arg: 1, What: whatPrivateKey},
	{Func: "crypto/ed25519.NewKeyFromSeed", What: "private key seed"},
	{Func: "crypto/hmac.New", Arg: 1, What: whatSigningKey},
	{Func: "golang.org/x/crypto/ssh.ParsePrivateKey", What: whatPrivateKey},
	{Func: "golang.org/x/crypto/ssh.ParseRawPrivateKey", What: whatPrivateKey},
	{Func: "golang.org/x/crypto/ssh.ParsePrivateKeyWithPassphrase", What: whatPrivateKey},
	{Func: "golang.org/x/crypto/ssh.ParseRawPrivateKeyWithPassphrase", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v5.ParseRSAPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v5.ParseECPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v5.ParseEdPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v4.ParseRSAPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v4.ParseECPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "github.com/golang-jwt/jwt/v4.ParseEdPrivateKeyFromPEM", What: whatPrivateKey},
	{Func: "(*github.com/golang-jwt/jwt/v5.Token).SignedString", What: whatSigningKey},
	{Func: "(*github.com/golang-jwt/jwt/v4.Token).SignedString", What: whatSigningKey},
}

var keyUseByFunc = map[string]*KeyUse{}

// keyCarriers return in their first result the key material of one of
// their arguments, so that a key use's argument is traced back to it: the
// block pem.Decode decodes from its input, the plaintext
// x509.DecryptPEMBlock decrypts from its block.
var keyCarriers = map[string]int{
	"encoding/pem.Decode":         0,
	"crypto/x509.DecryptPEMBlock": 0,
}

// keyFields are the fields of library types that hold the key material of
// their struct: a PEM block's Bytes.
var keyFields = map[string]string{
	"encoding/pem.Block": "Bytes",
}

// KeyCarrier returns the argument whose key material the first result of
// the function holds, and whether it has one.
func KeyCarrier(fullName string) (int, bool) {
	i, ok := keyCarriers[fullName]
	return i, ok
}

// KeyField reports whether field of the named type (typesutil.NamedPath)
// holds its struct's key material.
func KeyField(named, field string) bool { return named != "" && keyFields[named] == field }

// KeyUseFor returns the key-use row of a function, or nil.
func KeyUseFor(fullName string) *KeyUse { return keyUseByFunc[fullName] }

// KeyUsePackage reports whether a package has key-use rows: a cheap test
// before a callee's full name is built.
func KeyUsePackage(path string) bool { return keyUsePkgs[path] }

var keyUsePkgs = map[string]bool{}

// KeyedResult reports whether result i of a keyed accessor carries the
// value its key names (the *http.Cookie of r.Cookie, not its error).
func KeyedResult(fullName string, i int) bool {
	ks := keyedByFunc[fullName]
	return ks != nil && ks.Key >= 0 && (ks.Result == Result || ks.Result == i)
}

// KeyedSourceFor returns the keyed-accessor row of a function, or nil.
func KeyedSourceFor(fullName string) *KeyedSource { return keyedByFunc[fullName] }

// logSanitisers clean the sensitive kinds (logleak only): hashes, MACs
// and KDFs, and url.URL.Redacted. Functions named for masking or hashing
// (SanitisingName) need no row.
var logSanitisers = []Sanitiser{
	{Func: "(*net/url.URL).Redacted", Clean: Sensitive},
	// The parts of a URL other than its userinfo's password (net/url, Go
	// 1.26): a DSN parsed with url.Parse keeps its password in u.User,
	// which only Password, String and the URL's own String print.
	{Func: "(*net/url.Userinfo).Username", Clean: Credential},
	{Func: "(*net/url.URL).Hostname", Clean: Credential},
	{Func: "(*net/url.URL).Port", Clean: Credential},
	{Func: "(*net/url.URL).EscapedPath", Clean: Credential},
	{Func: "golang.org/x/crypto/bcrypt.GenerateFromPassword", Clean: Sensitive},
	{Func: "golang.org/x/crypto/argon2.IDKey", Clean: Sensitive},
	{Func: "golang.org/x/crypto/argon2.Key", Clean: Sensitive},
	{Func: "golang.org/x/crypto/scrypt.Key", Clean: Sensitive},
	{Func: "golang.org/x/crypto/pbkdf2.Key", Clean: Sensitive},
	{Func: "crypto/pbkdf2.Key", Clean: Sensitive},
	{Func: "crypto/hmac.New", Clean: Sensitive},
	{Func: "(hash.Hash).Sum", Clean: Sensitive},
	{Func: "crypto/sha256.Sum256", Clean: Sensitive},
	{Func: "crypto/sha512.Sum512", Clean: Sensitive},
	{Func: "crypto/sha1.Sum", Clean: Sensitive},
	{Func: "crypto/md5.Sum", Clean: Sensitive},
	// net/http's client (Go 1.26): the error is a *url.Error whose URL has
	// its password stripped (client.go, stripPassword), and never holds
	// the request's body or headers; the response is the server's reply.
	{Func: "net/http.Get", Clean: Sensitive},
	{Func: "net/http.Head", Clean: Sensitive},
	{Func: "net/http.Post", Clean: Sensitive},
	{Func: "net/http.PostForm", Clean: Sensitive},
	{Func: "(*net/http.Client).Do", Clean: Sensitive},
	{Func: "(*net/http.Client).Get", Clean: Sensitive},
	{Func: "(*net/http.Client).Head", Clean: Sensitive},
	{Func: "(*net/http.Client).Post", Clean: Sensitive},
	{Func: "(*net/http.Client).PostForm", Clean: Sensitive},
	// A writer's error says why the write failed (a closed pipe, a full
	// disk), never what was written; io is a pure package, whose results
	// otherwise carry the arguments.
	{Func: "(io.Writer).Write", Clean: Sensitive},
	{Func: "(io.StringWriter).WriteString", Clean: Sensitive},
	{Func: "(*bufio.Writer).Write", Clean: Sensitive},
}

// sanitisingTokens in a function's name make its result clean of the
// sensitive kinds: maskEmail, redact, HashToken, anonymize.
var sanitisingTokens = set("mask", "masked", "redact", "redacted", "hash", "hashed", "obfuscate", "anonymize",
	"anonymise", "pseudonymize", "pseudonymise", "scrub", "censor", "sanitize", "sanitise", "hmac", "digest",
	"encrypt", "encrypted", "seal", "fingerprint", "truncate")

// SanitisingName reports whether a function's name says it masks, redacts
// or hashes its argument. The engine cleans the results of such calls of
// the sensitive kinds.
func SanitisingName(name string) bool {
	for _, t := range Normalise(name) {
		if sanitisingTokens[t] {
			return true
		}
	}
	return false
}

// Render is how a logger turns a whole value into text.
type Render uint8

// The renderers.
const (
	RenderFmt    Render = iota + 1 // fmt: unexported fields, String/Error/Format
	RenderJSON                     // encoding/json: exported fields, json tags, MarshalJSON
	RenderSlog                     // slog: LogValuer, then the handler (JSON or text)
	RenderEither                   // the formatter is configured elsewhere: fmt or JSON
	RenderZap                      // zap.Any: ObjectMarshaler, error, Stringer, else reflection (JSON)
	// The renderers of slog with a known handler (log/slog's
	// json_handler.go and text_handler.go, Go 1.26): LogValuer first,
	// then the JSON handler json-marshals the value (an error without
	// MarshalJSON is its Error text), the text handler uses MarshalText,
	// else fmt's %+v.
	RenderSlogJSON
	RenderSlogText
)

// LogSink is one argument of a logging call.
type LogSink struct {
	Func   string
	Arg    int    // argument index (convention above)
	Render Render // how a whole value in it is rendered
	// KV: the argument is a variadic list of alternating keys and values
	// (slog, Sugar's Infow, logr, hclog, go-kit, klog's InfoS).
	KV bool
	// Key: the argument before this one is the field's key (zap.String,
	// zerolog's Str, logrus's WithField).
	Key bool
	// Stdout: fmt's printing functions; medium confidence, and only when
	// the writer (argument 0 of Fprint*) is os.Stdout or os.Stderr.
	Stdout bool
}

// IsStdout reports whether a log sink row of this function writes to
// standard output or error (fmt's printing functions).
func IsStdout(fullName string) bool {
	for _, r := range logSinkByFunc[fullName] {
		if r.Stdout {
			return true
		}
	}
	return false
}

var logSinkByFunc = map[string][]*LogSink{}

// cliPackages are command-line frameworks: a package that imports one
// defines a program's commands, and what such a command prints to
// standard output is its result for the operator who ran it (a new
// access token, a generated key), not a log line. Standard error stays a
// log there too.
var cliPackages = map[string]bool{
	"github.com/urfave/cli":               true, // v1
	"github.com/urfave/cli/v2":            true,
	"github.com/urfave/cli/v3":            true,
	"github.com/spf13/cobra":              true,
	"github.com/alecthomas/kong":          true,
	"github.com/alecthomas/kingpin/v2":    true,
	"gopkg.in/alecthomas/kingpin.v2":      true,
	"github.com/peterbourgon/ff/v3/ffcli": true,
	"github.com/peterbourgon/ff/v4":       true,
	"github.com/jessevdk/go-flags":        true,
	"github.com/mitchellh/cli":            true,
}

// IsCLIPackage reports whether the import path is a command-line
// framework's.
func IsCLIPackage(path string) bool { return cliPackages[path] }

// LogSinksFor returns the log sink rows of a function.
func LogSinksFor(fullName string) []*LogSink { return logSinkByFunc[fullName] }

// LogSinkTable returns every log sink row, for tests and docs.
func LogSinkTable() []LogSink { return logSinks }

var logSinks = buildLogSinks()

func buildLogSinks() []LogSink {
	var out []LogSink
	row := func(fn string, arg int, r Render) { out = append(out, LogSink{Func: fn, Arg: arg, Render: r}) }
	kv := func(fn string, arg int, r Render) {
		out = append(out, LogSink{Func: fn, Arg: arg, Render: r, KV: true})
	}
	keyed := func(fn string, arg int, r Render) {
		out = append(out, LogSink{Func: fn, Arg: arg, Render: r, Key: true})
	}
	// printf-style and print-style families: every argument.
	levels := func(recv string, names []string, plain, f, ln bool, r Render) {
		for _, n := range names {
			if plain {
				row(recv+n, 0, r)
			}
			if f {
				row(recv+n+"f", 0, r)
				row(recv+n+"f", 1, r)
			}
			if ln {
				row(recv+n+"ln", 0, r)
			}
		}
	}
	std := []string{"Print", "Fatal", "Panic"}
	// log
	levels("log.", std, true, true, true, RenderFmt)
	levels("(*log.Logger).", std, true, true, true, RenderFmt)
	row("(*log.Logger).Output", 1, RenderFmt)
	row("log.Output", 1, RenderFmt)

	// log/slog
	sl := []string{"Debug", "Info", "Warn", "Error"}
	for _, recv := range []string{"log/slog.", "(*log/slog.Logger)."} {
		for _, n := range sl {
			row(recv+n, 0, RenderSlog)
			kv(recv+n, 1, RenderSlog)
			row(recv+n+"Context", 1, RenderSlog)
			kv(recv+n+"Context", 2, RenderSlog)
		}
		row(recv+"Log", 2, RenderSlog)
		kv(recv+"Log", 3, RenderSlog)
		row(recv+"LogAttrs", 2, RenderSlog)
		kv(recv+"LogAttrs", 3, RenderSlog)
	}
	kv("(*log/slog.Logger).With", 0, RenderSlog)
	kv("log/slog.Group", 1, RenderSlog)
	for _, n := range []string{"String", "Any", "Time"} {
		keyed("log/slog."+n, 1, RenderSlog)
	}
	row("log/slog.StringValue", 0, RenderSlog)
	row("log/slog.AnyValue", 0, RenderSlog)

	// zap v1
	zl := []string{"Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal"}
	for _, n := range zl {
		row("(*go.uber.org/zap.Logger)."+n, 0, RenderZap)
		row("(*go.uber.org/zap.SugaredLogger)."+n, 0, RenderFmt)
		row("(*go.uber.org/zap.SugaredLogger)."+n+"f", 0, RenderFmt)
		row("(*go.uber.org/zap.SugaredLogger)."+n+"f", 1, RenderFmt)
		row("(*go.uber.org/zap.SugaredLogger)."+n+"w", 0, RenderZap)
		kv("(*go.uber.org/zap.SugaredLogger)."+n+"w", 1, RenderZap)
		row("(*go.uber.org/zap.SugaredLogger)."+n+"ln", 0, RenderFmt)
	}
	kv("(*go.uber.org/zap.SugaredLogger).With", 0, RenderZap)
	for _, n := range []string{"String", "Strings", "ByteString", "Any", "Reflect", "Stringer", "NamedError", "Time", "Timep"} {
		r := RenderZap
		if n == "Reflect" {
			r = RenderJSON
		}
		keyed("go.uber.org/zap."+n, 1, r)
	}
	row("go.uber.org/zap.Error", 0, RenderZap)
	// What a type's MarshalLogObject adds to zap's encoder is logged
	// under its key: zap.Object("patient", p) logs what p adds.
	for _, n := range []string{"AddString", "AddByteString", "AddTime", "AddObject", "AddReflected"} {
		r := RenderZap
		if n == "AddReflected" {
			r = RenderJSON
		}
		keyed("(go.uber.org/zap/zapcore.ObjectEncoder)."+n, 1, r)
	}
	for _, n := range []string{"AppendString", "AppendByteString", "AppendTime", "AppendObject", "AppendReflected"} {
		r := RenderZap
		if n == "AppendReflected" {
			r = RenderJSON
		}
		row("(go.uber.org/zap/zapcore.ArrayEncoder)."+n, 0, r)
	}

	// logrus: package functions, *Logger and *Entry
	lr := []string{"Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic"}
	for _, recv := range []string{"github.com/sirupsen/logrus.", "(*github.com/sirupsen/logrus.Logger).", "(*github.com/sirupsen/logrus.Entry)."} {
		levels(recv, lr, true, true, true, RenderEither)
		keyed(recv+"WithField", 1, RenderEither)
		row(recv+"WithFields", 0, RenderEither)
		row(recv+"WithError", 0, RenderEither)
	}

	// zerolog: *Event (a log line) and Context (logger.With())
	for _, recv := range []string{"(*github.com/rs/zerolog.Event).", "(github.com/rs/zerolog.Context)."} {
		for _, n := range []string{"Str", "Strs", "Bytes", "Stringer", "RawJSON", "AnErr", "Time"} {
			keyed(recv+n, 1, RenderFmt)
		}
		keyed(recv+"Interface", 1, RenderJSON)
		keyed(recv+"Any", 1, RenderJSON)
		row(recv+"Err", 0, RenderFmt)
	}
	row("(*github.com/rs/zerolog.Event).Msg", 0, RenderFmt)
	row("(*github.com/rs/zerolog.Event).Msgf", 0, RenderFmt)
	row("(*github.com/rs/zerolog.Event).Msgf", 1, RenderFmt)

	// klog v2 and glog
	kg := []string{"Info", "Warning", "Error", "Fatal", "Exit"}
	levels("k8s.io/klog/v2.", kg, true, true, true, RenderFmt)
	levels("(k8s.io/klog/v2.Verbose).", []string{"Info"}, true, true, true, RenderFmt)
	row("k8s.io/klog/v2.InfoS", 0, RenderFmt)
	kv("k8s.io/klog/v2.InfoS", 1, RenderFmt)
	row("k8s.io/klog/v2.ErrorS", 0, RenderFmt)
	row("k8s.io/klog/v2.ErrorS", 1, RenderFmt)
	kv("k8s.io/klog/v2.ErrorS", 2, RenderFmt)
	row("(k8s.io/klog/v2.Verbose).InfoS", 0, RenderFmt)
	kv("(k8s.io/klog/v2.Verbose).InfoS", 1, RenderFmt)
	levels("github.com/golang/glog.", kg, true, true, true, RenderFmt)
	levels("(github.com/golang/glog.Verbose).", []string{"Info"}, true, true, true, RenderFmt)

	// logr
	row("(github.com/go-logr/logr.Logger).Info", 0, RenderFmt)
	kv("(github.com/go-logr/logr.Logger).Info", 1, RenderFmt)
	row("(github.com/go-logr/logr.Logger).Error", 0, RenderFmt)
	row("(github.com/go-logr/logr.Logger).Error", 1, RenderFmt)
	kv("(github.com/go-logr/logr.Logger).Error", 2, RenderFmt)
	kv("(github.com/go-logr/logr.Logger).WithValues", 0, RenderFmt)

	// hclog (Logger is an interface)
	for _, n := range []string{"Trace", "Debug", "Info", "Warn", "Error"} {
		row("(github.com/hashicorp/go-hclog.Logger)."+n, 0, RenderFmt)
		kv("(github.com/hashicorp/go-hclog.Logger)."+n, 1, RenderFmt)
	}
	row("(github.com/hashicorp/go-hclog.Logger).Log", 1, RenderFmt)
	kv("(github.com/hashicorp/go-hclog.Logger).Log", 2, RenderFmt)
	kv("(github.com/hashicorp/go-hclog.Logger).With", 0, RenderFmt)

	// charmbracelet/log (v0.4, v1): Info(msg, keyvals...), Infof(format,
	// args...), Log(level, msg, keyvals...); text or JSON formatter.
	for _, recv := range []string{"github.com/charmbracelet/log.", "(*github.com/charmbracelet/log.Logger)."} {
		for _, n := range []string{"Debug", "Info", "Warn", "Error", "Fatal", "Print"} {
			row(recv+n, 0, RenderEither)
			kv(recv+n, 1, RenderEither)
			row(recv+n+"f", 0, RenderEither)
			row(recv+n+"f", 1, RenderEither)
		}
		row(recv+"Log", 1, RenderEither)
		kv(recv+"Log", 2, RenderEither)
		row(recv+"Logf", 1, RenderEither)
		row(recv+"Logf", 2, RenderEither)
		kv(recv+"With", 0, RenderEither)
	}

	// go-kit log (Logger is an interface), old and new import paths
	for _, p := range []string{"github.com/go-kit/log", "github.com/go-kit/kit/log"} {
		kv("("+p+".Logger).Log", 0, RenderFmt)
		kv(p+".With", 1, RenderFmt)
	}

	// fmt to standard output or error: medium confidence.
	for _, n := range []string{"Print", "Println"} {
		out = append(out, LogSink{Func: "fmt." + n, Arg: 0, Render: RenderFmt, Stdout: true})
		out = append(out, LogSink{Func: "fmt.F" + strings.ToLower(n[:1]) + n[1:], Arg: 1, Render: RenderFmt, Stdout: true})
	}
	out = append(out, LogSink{Func: "fmt.Printf", Arg: 0, Render: RenderFmt, Stdout: true},
		LogSink{Func: "fmt.Printf", Arg: 1, Render: RenderFmt, Stdout: true},
		LogSink{Func: "fmt.Fprintf", Arg: 1, Render: RenderFmt, Stdout: true},
		LogSink{Func: "fmt.Fprintf", Arg: 2, Render: RenderFmt, Stdout: true})
	return out
}

func init() {
	for i := range keyedSources {
		keyedByFunc[keyedSources[i].Func] = &keyedSources[i]
	}
	for i := range keyUses {
		k := &keyUses[i]
		keyUseByFunc[k.Func] = k
		path := strings.TrimLeft(k.Func, "(*")
		path, _, _ = strings.Cut(path, ")") // a method's receiver type
		keyUsePkgs[path[:strings.LastIndexByte(path, '.')]] = true
	}
	// The log sinks are also engine sink rows of class Log (summaries bound
	// their sink effects per class, so log sinks leave room for SQL and
	// HTML); the renderer and the key shape stay logleak's (LogSinksFor).
	for i := range logSinks {
		s := &logSinks[i]
		logSinkByFunc[s.Func] = append(logSinkByFunc[s.Func], s)
		sk := &Sink{Func: s.Func, Arg: s.Arg, Class: Log}
		if s.Stdout && strings.HasPrefix(s.Func, "fmt.F") {
			sk.Writer = StdStream
		}
		sinkByFunc[s.Func] = append(sinkByFunc[s.Func], sk)
	}
	for i := range logSanitisers {
		addSanitiser(&logSanitisers[i])
	}
	for i := range keyedSources {
		if k := keyedSources[i]; k.Key < 0 {
			resultSources[k.Func] = append(resultSources[k.Func], &ResultSource{Func: k.Func, Result: k.Result, Kind: k.Kind, Label: k.What, What: k.What})
		}
	}
}

// addSanitiser registers a sanitiser row, merged with a row the function
// already has (bcrypt cleans both pwhash's and logleak's kinds).
func addSanitiser(r *Sanitiser) {
	if o := sanitiserByFunc[r.Func]; o != nil {
		m := *o
		m.Clean |= r.Clean
		m.Esc |= r.Esc
		sanitiserByFunc[r.Func] = &m
		return
	}
	sanitiserByFunc[r.Func] = r
}

// notSecretFields are the fields of library structs that hold no
// credential even when the value they belong to carries one: a URL's
// scheme, host and path beside the userinfo (u.User) that holds a DSN's
// password. RawQuery is not one: a DSN may carry ?password=.
var notSecretFields = map[string]map[string]bool{
	"net/url.URL": set("Scheme", "Host", "Path", "RawPath", "OmitHost", "ForceQuery"),
}

// NotSecretLibField reports whether field of the named struct type
// (typesutil.NamedPath) is one of notSecretFields.
func NotSecretLibField(named, field string) bool { return notSecretFields[named][field] }

// NotSecretField reports whether a field of this name holds something
// other than a secret even when the value it belongs to carries a
// credential: the user name of parsed basic-auth credentials, a token's id
// or expiry (CodeQL's "first part of Split(auth, ":")" barrier, by name).
func NotSecretField(name string) bool {
	if k, _ := SensitiveName(name, false); k == Credential {
		return false
	}
	for _, t := range Normalise(name) {
		if credBarriers[t] || t == "id" || t == "type" || t == "expiry" || t == "scope" || t == "scopes" {
			return true
		}
	}
	return false
}

// SensitiveKey classifies the constant key of a keyed accessor
// (r.Header.Get("Authorization"), os.Getenv("STRIPE_API_KEY")): the kind
// and what it names, 0 when the function has no keyed row or the key is not
// sensitive.
func SensitiveKey(fullName, key string) (Kind, string) {
	ks := keyedByFunc[fullName]
	if ks == nil || ks.Key < 0 {
		return 0, ""
	}
	if k, what := SensitiveName(key, false); k != 0 || !ks.Cookie && !ks.Header {
		return k, what
	}
	toks := Normalise(key)
	if len(toks) == 0 {
		return 0, ""
	}
	switch last := toks[len(toks)-1]; {
	case ks.Cookie && sessionCookieWords[last]:
		return SensitiveName("session_cookie", false)
	case ks.Header && last == "key" && len(toks) > 1:
		for _, t := range toks[:len(toks)-1] {
			if publicKeyHeaderWords[t] {
				return 0, ""
			}
		}
		return SensitiveName("api_key", false)
	}
	return 0, ""
}

// publicKeyHeaderWords qualify a request header named "...-Key" as no
// secret: the WebSocket handshake's nonce (Sec-WebSocket-Key), a replay
// guard (Idempotency-Key), a public key, a cache or routing key; no
// browser-set Sec- header carries one.
var publicKeyHeaderWords = set("sec", "websocket", "socket", "idempotency", "public", "pub", "cache", "routing", "partition", "sort",
	"request", "correlation", "dedup", "deduplication", "object", "lookup")

// sessionCookieWords end the names of cookies that hold a session's or a
// login's id: "session", "myapp_sess", "sid", "auth".
var sessionCookieWords = set("session", "sess", "sid", "auth")

// OneTimeCodeWords qualify a "code" as a one-time credential that whoever
// holds it can use (a reset, verification, invite or activation code); a
// status, error, country, zip or product code is none. Logs (resetCode)
// and password storage (User.ResetCode compared in plaintext) share them.
var OneTimeCodeWords = set("reset", "verification", "verify", "invite", "invitation", "activation", "recovery",
	"confirmation", "confirm", "otp", "mfa", "totp", "login", "signin", "unlock", "backup", "pairing", "magic", "auth",
	"authorization", "authorisation", "onetime", "2fa")

// accessorWords are the words a sensitive accessor's name may consist of.
// (ResetCode(), GetVerificationCode(): the one-time codes' words too.)
var accessorWords = union(OneTimeCodeWords, set("password", "passphrase", "secret", "client", "token", "access", "refresh", "id", "api",
	"key", "private", "session", "cookie", "authorization", "credentials", "dsn", "database", "url", "connection",
	"string", "email", "phone", "nhs", "number", "date", "of", "birth", "ssn", "diagnosis", "bearer", "signing", "jwt",
	"otp", "mfa", "recovery", "code", "pin"))

// producerWords begin the names of functions that make a new credential
// and return it: newAPIToken, GenerateToken, IssueToken,
// CreateSessionToken, MintJWT, signToken, randomSecret. ("refresh" needs
// no entry: it is an accessor word, RefreshToken is itself a credential.)
var producerWords = set("new", "generate", "gen", "issue", "create", "mint", "make", "build", "sign", "random",
	"rand", "fresh")

// AccessorKind classifies a function or method name as an accessor or a
// maker of a sensitive value: only a name that is the value's name
// (Password, GetAPIKey, AccessToken), or the value's name after verbs
// that make it (NewJWT, GenerateToken, IssueToken) for a credential,
// counts; not a function that does something else with it (readToken in a
// lexer, ValidateToken, ParseToken, RevokeToken, TokenExpiry). A maker of
// personal data (NewEmail) builds it from data it is given, whose own
// name says what it is. Not "name", "full", "first", "last": a method
// FullName is a repository's owner/name as often as a person's (gitea).
// verb reports a name that says it gets or makes the value (GetEmail,
// NewToken), not one that may name what the function takes (Email(s)).
func AccessorKind(name string) (k Kind, what string, verb bool) {
	toks := Normalise(name)
	made := false
	if len(toks) > 1 && toks[0] == "get" {
		toks, verb = toks[1:], true
	} else {
		for len(toks) > 1 && producerWords[toks[0]] {
			toks, made = toks[1:], true
		}
	}
	for _, t := range toks {
		if !accessorWords[t] {
			return 0, "", false
		}
	}
	k, what = SensitiveName(strings.Join(toks, "_"), false)
	if made && k != Credential {
		return 0, "", false
	}
	return k, what, verb || made
}
