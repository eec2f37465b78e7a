// Package logleak defines an Analyzer that reports credentials, patient
// and personal data written to logs, including whole structs that carry
// them.
//
// # Analyzer logleak
//
// logleak: report secrets and patient or personal data written to logs
//
// A value is sensitive when its name says so: a parameter, struct field
// (of a named type, or of an anonymous struct held in a local variable or
// parameter, not of a package variable's settings struct), map key, log
// key (slog.String("nhs_number", v), zap.String, logrus.Fields, zerolog's
// Str, the keys of slog, logr, hclog, go-kit and klog's key-value lists), a header, form, query, environment or viper key
// (r.Header.Get("Authorization"), os.Getenv("DB_PASSWORD")), a cookie read
// by such a name (r.Cookie("session_id").Value), a function or
// method name (GetPassword), or a named text type (type NHSNumber string).
// Local variables' names are not sources (SSA keeps none); their values
// are judged by where they come from. Values are text, except that a date
// of birth held as a time.Time is personal data too (a field, parameter or
// log key naming one; slog.Time, zap.Time, zerolog's Time). Names are
// split into words and matched as word sequences: NHSNumber is "nhs
// number", pass is a password only as a name's last word (creds.Pass,
// dbPass; not PassThrough, bypass, passage), nhs is an NHS number only as
// the whole name, and a name that also says it is the name, place, hash,
// length or kind of a secret (secretName, PasswordFile, tokenHash,
// tokenType) is not sensitive. Struct tags
// sanitas:"sensitive" (PII, or sanitas:"sensitive,credential") and
// sanitas:"public" override the name. r.BasicAuth's password, the password
// of a url.Userinfo and httputil.DumpRequest's output are sensitive too,
// and so is a value the program uses as a key whatever its name
// (models.KeyUse: the bytes x509.ParsePKCS8PrivateKey reads, traced back
// through pem.Decode to the key file's contents; an hmac.New key).
//
// The shared taint engine gives these values the Credential and PII kinds
// and follows them through concatenation, formatting, fmt.Errorf and
// errors.New wrapping, conversions, struct fields written with sensitive
// values, builders, and calls of analysed functions, within a package and
// across packages (its facts record which parameters a function passes to
// a log sink, of the engine's sink class "log", and which results carry a
// sensitive value). An error returned by an unanalysed, unmodelled library
// is not taken to carry the credentials passed to the call, nor is the
// error of a modelled encoder or signer; a signed JWT (SignedString)
// carries its claims, never the signing key. logleak itself
// keeps what depends on its settings (configured names, public names,
// types, sanitisers and sinks: configured sinks are checked where they are
// called, not through wrappers) and on the logger (keys, rendering).
// A value that a function of the same package logs is reported at that
// log call, naming the call that passes it (several calls into one log
// call are one finding); a log call in another package, which this
// package cannot report at, at the call that leads to it.
//
// Sinks: log, log/slog (With, Group, LogAttrs, String, Any), zap (Logger,
// SugaredLogger, String, Any, Reflect, Stringer), logrus (package, Logger
// and Entry; WithField, WithFields), zerolog (Event and Context: Str,
// Interface, Any, Msg, Msgf), klog and glog, logr, hclog, go-kit log, charmbracelet/log, and
// fmt.Print* or fmt.Fprint* to os.Stdout or os.Stderr (reported as
// printed). Standard output is not a log in a package that imports a
// command-line framework (urfave/cli, cobra...): a command's output to its
// operator (a new access token) is its purpose. Settings: stdout-is-log
// counts it there too, ignore-stdout counts neither stream anywhere.
//
// A whole value is rendered as its logger renders it: fmt shows every
// field, unexported ones too, unless the type has String, Error or Format
// (which fmt also calls on the values of exported fields, never of
// unexported ones; an error held in an interface prints its Error text);
// JSON (zap.Reflect and Any, zerolog Interface, a slog JSON handler) shows
// exported fields only, honours `json:"-"` and MarshalJSON; slog uses
// LogValue first, and only slog does (log.Printf, Sugar's Infof and
// fmt.Sprintf print the fields of a type with LogValue); zap
// MarshalLogObject. A struct formatted into the logged text
// (fmt.Sprintf("%+v", p) concatenated into a message) is rendered by fmt.
// A slog handler is known when the logger is made in the package
// (slog.New(slog.NewJSONHandler(...)) reaching the call, through With or
// a field or package variable set only to loggers of that kind, a
// function of the package returning one, or slog.SetDefault in the package
// for slog's package functions). A value logged under a key that the
// handler's ReplaceAttr redacts is not reported: the function (a literal
// or a named function of the package) returns, for that key, an
// attribute that holds nothing of the value on every path, decided
// through ==, switch, strings.ToLower, Contains, HasPrefix, HasSuffix
// and EqualFold, a map of constant keys or slices.Contains on a constant
// list (a package variable set once, or a captured local); a value that slog resolves to a group (a LogValuer) is
// not, as ReplaceAttr sees its members instead. What a LogValue method
// shows is reported where the value is logged, not at the slog.String
// that builds it. A logrus logger made in the package whose formatter
// the package sets (a JSONFormatter or a TextFormatter) renders the
// fields WithField adds by it. A method whose text shows a sensitive
// field does not hide it. When the handler or formatter is set up
// elsewhere, the value is reported if either fmt or JSON shows the field.
//
// Safe: masked, redacted or hashed values (functions named mask, redact,
// hash, anonymise...; bcrypt, HMAC, SHA sums; url.URL.Redacted; configured
// sanitisers; the last four characters or fewer, s[len(s)-4:], and
// functions whose every returned text is such a tail or a constant), the parts of a parsed URL other than its password (the
// user name, Hostname, Port, Scheme, Host, Path), lengths, counts and comparisons, numbers and booleans, ids
// that do not identify a person (request id, trace id, user id unless
// strict), and names of secrets.
//
// Rules:
//
//   - log-credential: a password, token, one-time code (reset,
//     verification, invite), API key, secret, session id, cookie or
//     Authorization header written to a log.
//   - log-phi: patient or personal data (NHS or CHI number, MRN, date of
//     birth, diagnosis, prescription, national insurance number, SSN,
//     name, address, phone, email) written to a log.
//   - log-struct-exposure: a whole struct logged whose rendering shows a
//     sensitive field.
//   - log-request-dump: a whole *http.Request, its headers, its cookies
//     (r.Cookies()), its parsed form (r.Form, r.PostForm,
//     r.MultipartForm.Value) or a httputil.DumpRequest dump written to a
//     log.
//   - log-dsn: a DSN or connection string (with its password) logged.
package logleak
