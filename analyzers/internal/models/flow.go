package models

// propagators: calls that move taint other than from all text-carrying
// arguments to the results (the default for PurePackages).
var propagators = []Propagator{
	// Formatting and joining build text: the results carry every argument.
	{Func: "fmt.Sprintf", From: AllArgs, To: Result, Build: true, Op: "fmt.Sprintf"},
	{Func: "fmt.Sprint", From: AllArgs, To: Result, Build: true, Op: "fmt.Sprint"},
	{Func: "fmt.Sprintln", From: AllArgs, To: Result, Build: true, Op: "fmt.Sprintln"},
	{Func: "fmt.Appendf", From: AllArgs, To: Result, Build: true, Op: "fmt.Appendf"},
	{Func: "fmt.Fprintf", From: AllArgs, To: 0, Build: true, Op: "fmt.Fprintf"}, // writes into the writer
	{Func: "fmt.Fprint", From: AllArgs, To: 0, Build: true, Op: "fmt.Fprint"},
	{Func: "fmt.Fprintln", From: AllArgs, To: 0, Build: true, Op: "fmt.Fprintln"},
	{Func: "fmt.Errorf", From: AllArgs, To: Result, Build: true, Op: "fmt.Errorf"},
	{Func: "strings.Join", From: AllArgs, To: Result, Build: true, Op: "strings.Join"},
	{Func: "strings.Replace", From: AllArgs, To: Result, Build: true, Op: "strings.Replace"},
	{Func: "strings.ReplaceAll", From: AllArgs, To: Result, Build: true, Op: "strings.ReplaceAll"},
	{Func: "(*strings.Replacer).Replace", From: AllArgs, To: Result, Build: true, Op: "strings.Replacer"},
	{Func: "bytes.Join", From: AllArgs, To: Result, Build: true, Op: "bytes.Join"},
	{Func: "path.Join", From: AllArgs, To: Result, Build: true, Op: "path.Join"},
	{Func: "path/filepath.Join", From: AllArgs, To: Result, Build: true, Op: "filepath.Join"},

	// A form's values go into the form (its Encode is an escaper).
	{Func: "(net/url.Values).Set", From: 1, To: Recv},
	{Func: "(net/url.Values).Add", From: 1, To: Recv},
	{Func: "(net/http.Header).Set", From: 1, To: Recv},
	{Func: "(net/http.Header).Add", From: 1, To: Recv},

	// Builders and buffers: writes go into the receiver; String/Bytes read it.
	{Func: "(*strings.Builder).WriteString", From: 0, To: Recv, Build: true, Op: "strings.Builder"},
	{Func: "(*strings.Builder).Write", From: 0, To: Recv, Build: true, Op: "strings.Builder"},
	{Func: "(*strings.Builder).WriteByte", From: 0, To: Recv, Build: true, Op: "strings.Builder"},
	{Func: "(*strings.Builder).WriteRune", From: 0, To: Recv, Build: true, Op: "strings.Builder"},
	{Func: "(*bytes.Buffer).WriteString", From: 0, To: Recv, Build: true, Op: "bytes.Buffer"},
	{Func: "(*bytes.Buffer).Write", From: 0, To: Recv, Build: true, Op: "bytes.Buffer"},
	{Func: "(*bytes.Buffer).WriteByte", From: 0, To: Recv, Build: true, Op: "bytes.Buffer"},
	{Func: "(*bytes.Buffer).WriteRune", From: 0, To: Recv, Build: true, Op: "bytes.Buffer"},
	{Func: "(*bytes.Buffer).ReadFrom", From: 0, To: Recv, Build: true, Op: "bytes.Buffer"},
	{Func: "io.WriteString", From: 1, To: 0, Build: true, Op: "io.WriteString"},
	{Func: "io.Copy", From: 1, To: 0},
	{Func: "io.CopyN", From: 1, To: 0},
	{Func: "(*bytes.Buffer).WriteTo", From: Recv, To: 0},
	{Func: "(*bytes.Reader).WriteTo", From: Recv, To: 0},
	{Func: "(*strings.Reader).WriteTo", From: Recv, To: 0},
	{Func: "(*bufio.Reader).WriteTo", From: Recv, To: 0},
	{Func: "io.ReadFull", From: 0, To: 1},
	{Func: "(*bufio.Writer).WriteString", From: 0, To: Recv, Build: true, Op: "bufio.Writer"},

	// Decoding request bodies into values.
	{Func: "(*encoding/json.Decoder).Decode", From: Recv, To: 0, Decode: true},
	{Func: "encoding/json.Unmarshal", From: 0, To: 1, Decode: true},
	{Func: "(*encoding/xml.Decoder).Decode", From: Recv, To: 0, Decode: true},
	{Func: "encoding/xml.Unmarshal", From: 0, To: 1, Decode: true},
	{Func: "(*github.com/gorilla/schema.Decoder).Decode", From: 1, To: 0, Decode: true},
	{Func: "(*github.com/go-playground/form/v4.Decoder).Decode", From: 1, To: 0, Decode: true},

	// errors.As fills its target with the error it finds in the chain.
	{Func: "errors.As", From: 0, To: 1},

	// A framework's HTTP error carries its message (echo.NewHTTPError(404,
	// "no ward "+ward)) and prints it in its Error text; its error handler
	// is handed it (frameworks.go, ErrorRoutes).
	{Func: "github.com/labstack/echo/v4.NewHTTPError", From: AllArgs, To: Result},
	{Func: "(*github.com/labstack/echo/v4.HTTPError).Error", From: Recv, To: Result},
	// The internal error is for logs: echo's handlers show the message.
	{Func: "(*github.com/labstack/echo/v4.HTTPError).SetInternal", From: Recv, To: Result},
	{Func: "(*github.com/labstack/echo/v4.HTTPError).WithInternal", From: Recv, To: Result},
	{Func: "(*github.com/labstack/echo/v4.HTTPError).Unwrap", From: Recv, To: Result},
	{Func: "github.com/gofiber/fiber/v2.NewError", From: AllArgs, To: Result},
	{Func: "(*github.com/gofiber/fiber/v2.Error).Error", From: Recv, To: Result},

	// Query helpers that return their query argument rewritten: only the
	// query text flows to the first result, never the bound arguments.
	{Func: "github.com/jmoiron/sqlx.In", From: 0, To: Result},
	{Func: "github.com/jmoiron/sqlx.Named", From: 0, To: Result},
	{Func: "github.com/jmoiron/sqlx.Rebind", From: 1, To: Result},
	{Func: "(*github.com/jmoiron/sqlx.DB).Rebind", From: 0, To: Result},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Rebind", From: 0, To: Result},
	{Func: "(*github.com/jmoiron/sqlx.DB).BindNamed", From: 0, To: Result},
	{Func: "(*github.com/jmoiron/sqlx.Tx).BindNamed", From: 0, To: Result},
	{Func: "github.com/jmoiron/sqlx.BindNamed", From: 1, To: Result},
	{Func: "(*github.com/jmoiron/sqlx.Conn).Rebind", From: 0, To: Result},
}

// sanitisers clean their result of the kinds named; an injection
// sanitiser makes text safe to splice into a query as an identifier.
var sanitisers = []Sanitiser{
	{Func: "(github.com/jackc/pgx/v5.Identifier).Sanitize", Clean: Injection},
	{Func: "(github.com/jackc/pgx/v4.Identifier).Sanitize", Clean: Injection},
	{Func: "github.com/lib/pq.QuoteIdentifier", Clean: Injection},
	{Func: "github.com/lib/pq.QuoteLiteral", Clean: Injection},
	// strconv.Quote and %q are not listed: Go quoting is not SQL quoting.
	// pocketbase's identifier helper keeps only letters, digits, '_' and '.':
	// pocketbase builds column aliases from filter input with it.
	{Func: "github.com/pocketbase/pocketbase/tools/inflector.Columnify", Clean: Injection},
	// A UUID's text is 36 hexadecimal digits and dashes, whatever was
	// parsed: uuid.Parse(input) then id.String() is safe in a query.
	{Func: "(github.com/google/uuid.UUID).String", Clean: Injection},
	{Func: "(github.com/gofrs/uuid.UUID).String", Clean: Injection},
	{Func: "(github.com/gofrs/uuid/v5.UUID).String", Clean: Injection},
	// The public half of a key pair holds nothing of the private key or
	// of the secret it was derived from (a key made from a client secret
	// with ed25519.NewKeyFromSeed), and is no text: a fingerprint of it
	// hashes no secret, and callers that pass a password-named value to
	// a function that hashes it do not hash their password.
	{Func: "(crypto/ed25519.PrivateKey).Public", Clean: Sensitive | Untrusted},
	{Func: "(*crypto/ecdsa.PrivateKey).Public", Clean: Sensitive | Untrusted},
	{Func: "(*crypto/rsa.PrivateKey).Public", Clean: Sensitive | Untrusted},
	{Func: "(*crypto/ecdh.PrivateKey).PublicKey", Clean: Sensitive | Untrusted},
	{Func: "(*crypto/ecdh.PrivateKey).Public", Clean: Sensitive | Untrusted},
}

// callsReceiver: methods of a function type that call the receiver with
// their own arguments, in order (a handler adapter): the call is a call of
// the function the receiver holds.
var callsReceiver = map[string]bool{
	"(github.com/a-h/templ.ComponentFunc).Render":      true,
	"(maragu.dev/gomponents.NodeFunc).Render":          true,
	"(github.com/maragudk/gomponents.NodeFunc).Render": true,
}

// CallsReceiver reports whether the method of a function type calls its
// receiver with its arguments (callsReceiver).
func CallsReceiver(fullName string) bool { return callsReceiver[fullName] }

// purePackages compute their results from their arguments only.
var purePackages = map[string]bool{
	"strings": true, "strconv": true, "bytes": true, "fmt": true, "unicode": true,
	"unicode/utf8": true, "unicode/utf16": true, "path": true, "path/filepath": true,
	"net/url": true, "encoding/json": true, "encoding/xml": true, "encoding/base64": true,
	"encoding/hex": true, "encoding/csv": true, "io": true, "bufio": true, "errors": true,
	"sort": true, "slices": true, "maps": true, "html": true, "regexp": true,
	"mime/multipart": true, "net/http": true, "time": true, "math": true, "cmp": true,
	"golang.org/x/text/cases": true,
	// reflect hands back what it was given; runtime and runtime/debug
	// report on the program itself (file and function names, stack
	// traces): program text, not data of unknown origin.
	"reflect": true, "runtime": true, "runtime/debug": true,
}

// dataTypes are structs of unanalysed packages whose values hold text.
var dataTypes = map[string]bool{
	"strings.Builder": true, "strings.Reader": true, "bytes.Buffer": true, "bytes.Reader": true,
	"bufio.Reader": true, "bufio.Scanner": true, "bufio.Writer": true, "net/url.URL": true,
	"net/url.Userinfo": true, "net/http.Cookie": true, "encoding/json.Decoder": true,
	"encoding/xml.Decoder": true, "mime/multipart.Form": true, "mime/multipart.FileHeader": true,
	"mime/multipart.Reader": true, "mime/multipart.Part": true, "encoding/csv.Reader": true,
	"os.File":       true,  // its contents: os.Stdin
	"regexp.Regexp": false, // a compiled pattern: program text
	"os/exec.Cmd":   true,  // a command's output carries its command line's text
	"reflect.Value": true,  // the value it wraps
	// A slog attribute or value holds what it logs (a LogValue method
	// returns it, see slogh.InLogValue).
	"log/slog.Attr": true, "log/slog.Value": true,
	// A framework's HTTP error holds its message.
	"github.com/labstack/echo/v4.HTTPError": true, "github.com/gofiber/fiber/v2.Error": true,
	// A parsed Markdown document holds its source's text (an interface).
	"github.com/gomarkdown/markdown/ast.Node": true,
	// A parsed address or message holds the text it was parsed from: a
	// quoted local part or display name may be any text
	// ("<script>..."@example.com is an address).
	"net/mail.Address": true, "net/mail.Message": true,
	// A client's response holds the server's reply (its body, headers).
	"net/http.Response": true,
}

// errorArgs: functions whose error result quotes only these arguments
// (the convention above), not all of them: the error names what was
// malformed. Other results follow the default.
var errorArgs = map[string][]int{
	// Go 1.26: a bad method or a url.Parse error quoting the URL; never the
	// body.
	"net/http.NewRequest":            {0, 1},
	"net/http.NewRequestWithContext": {1, 2},
	// An encoder's error names the type it could not encode (json:
	// unsupported type: func()), or a NaN, a cycle: never the text of the
	// value (a user's Password field) it was encoding.
	"encoding/json.Marshal":           {},
	"encoding/json.MarshalIndent":     {},
	"(*encoding/json.Encoder).Encode": {},
	"encoding/xml.Marshal":            {},
	"encoding/xml.MarshalIndent":      {},
	"(*encoding/xml.Encoder).Encode":  {},
	// A writer's error says why it stopped (a closed pipe, a full disk),
	// never what it was given to write (io.Writer's contract); a hash's
	// Write never fails.
	"(io.Writer).Write":             {},
	"(io.StringWriter).WriteString": {},
	// An HTTP response is such a writer (net/http is a pure package: its
	// results otherwise carry the arguments).
	"(net/http.ResponseWriter).Write":                       {},
	"(github.com/gin-gonic/gin.ResponseWriter).WriteString": {},
	"(*github.com/labstack/echo/v4.Response).Write":         {},
	// A template's error quotes the template (its name and text), the
	// name asked for, and values of the data it was executing
	// (text/template's "range can't iterate over %v"); what the writer
	// failed with says why it stopped. Partial quotes: see below.
	"(*html/template.Template).Execute":         {Recv, 1},
	"(*html/template.Template).ExecuteTemplate": {Recv, 1, 2},
	"(*text/template.Template).Execute":         {Recv, 1},
	"(*text/template.Template).ExecuteTemplate": {Recv, 1, 2},
}

// partialErrorArgs: functions whose error quotes a value of an argument
// here and there (the one a template action failed on), never the
// argument whole: its text may be input, but it does not carry the
// personal data or credentials the argument holds.
var partialErrorArgs = map[string]bool{
	"(*html/template.Template).Execute":         true,
	"(*html/template.Template).ExecuteTemplate": true,
	"(*text/template.Template).Execute":         true,
	"(*text/template.Template).ExecuteTemplate": true,
}

// PartialErrorArgs reports whether a function's ErrorArgs are quoted in
// part only (partialErrorArgs).
func PartialErrorArgs(fullName string) bool { return partialErrorArgs[fullName] }

func init() {
	// A framework's response methods fail as the writer under them does
	// (a closed connection) or as an encoder does (an unsupported type):
	// their error never quotes the body. A handler's "return c.JSON(...)"
	// hands that error to the framework's error handler (ErrorRoutes).
	for _, m := range []string{"HTML", "HTMLBlob", "String", "JSON", "JSONPretty", "JSONBlob", "JSONP", "JSONPBlob",
		"XML", "XMLPretty", "XMLBlob", "Blob", "Stream", "File", "Attachment", "Inline", "NoContent", "Redirect", "Render"} {
		errorArgs["(github.com/labstack/echo/v4.Context)."+m] = []int{}
	}
	for _, m := range []string{"JSON", "JSONP", "XML", "Send", "SendString", "SendStatus", "SendStream", "Render", "Redirect"} {
		errorArgs["(*github.com/gofiber/fiber/v2.Ctx)."+m] = []int{}
	}
}

// ErrorQuote is a call whose error quotes the text of argument From
// where the receiver was set up by a call of After: a JSON decoder told
// to DisallowUnknownFields fails with `json: unknown field "<key>"`,
// the key being the input's; by default its errors quote at most a
// character or a number's digits.
type ErrorQuote struct {
	From  int
	After string
	Op    string // the step, for the flow's related locations
}

var errorQuotes = map[string]ErrorQuote{
	"(*encoding/json.Decoder).Decode": {From: Recv, After: "(*encoding/json.Decoder).DisallowUnknownFields", Op: "json: unknown field error"},
}

// BindQuote is a request binder (a Source row filling its argument Out)
// whose error quotes the text it could not parse into the destination:
// strconv's `parsing "<script>...": invalid syntax` for a number or a
// bool, time's `parsing time "..."` for a time.Time. Numbers: the binder
// may decode XML, a form, a query or YAML, as the request chooses, so
// fields of number and bool kinds quote too; a JSON-only binder's error
// for them names only the type (json: cannot unmarshal string into ...
// of type int), and only a time.Time's quotes.
type BindQuote struct{ Numbers bool }

var bindQuotes = map[string]BindQuote{
	"(github.com/labstack/echo/v4.Context).Bind":                 {Numbers: true},
	"(*github.com/gofiber/fiber/v2.Ctx).BodyParser":              {Numbers: true},
	"(*github.com/gofiber/fiber/v2.Ctx).QueryParser":             {Numbers: true},
	"(*github.com/gin-gonic/gin.Context).BindJSON":               {},
	"(*github.com/gin-gonic/gin.Context).ShouldBindJSON":         {},
	"(*github.com/gin-gonic/gin.Context).ShouldBindBodyWithJSON": {},
}

func init() {
	for _, m := range []string{"Bind", "BindQuery", "BindXML", "BindYAML", "BindTOML", "BindHeader", "BindUri",
		"ShouldBind", "ShouldBindQuery", "ShouldBindUri", "ShouldBindXML", "ShouldBindYAML", "ShouldBindTOML",
		"ShouldBindHeader", "ShouldBindBodyWithXML", "ShouldBindBodyWithYAML", "ShouldBindBodyWithTOML"} {
		bindQuotes["(*github.com/gin-gonic/gin.Context)."+m] = BindQuote{Numbers: true}
	}
}

// ErrorModelled reports whether a row says what the error result of a
// function quotes (errorArgs, bindQuotes, errorQuotes): its text is
// that, not text of unknown origin.
func ErrorModelled(fullName string) bool {
	_, bq := bindQuotes[fullName]
	_, eq := errorQuotes[fullName]
	return errorArgs[fullName] != nil || bq || eq
}

// BindQuoteFor returns the BindQuote row of a function.
func BindQuoteFor(fullName string) (BindQuote, bool) {
	q, ok := bindQuotes[fullName]
	return q, ok
}

// ErrorQuoteFor returns the ErrorQuote row of a function, or nil.
func ErrorQuoteFor(fullName string) *ErrorQuote {
	if q, ok := errorQuotes[fullName]; ok {
		return &q
	}
	return nil
}

// ErrorArgs returns the arguments a function's error result quotes, or
// nil when it has no such row.
func ErrorArgs(fullName string) []int { return errorArgs[fullName] }
