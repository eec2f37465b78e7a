package models

// Models for HTML output (the xss analyzer): trusted-type conversions,
// writes into HTTP responses, template execution and template text;
// escaping functions; values read from storage.

import (
	"go/types"
	"strings"
)

// Escape is a set of output contexts that a value has been escaped for.
// An escaping sanitiser (Sanitiser.Esc) does not clear a value's kinds: it
// marks the value safe for sinks of those contexts (Sink.Ctx) only, so that
// url.QueryEscape makes text safe in a URL but not in a script.
type Escape uint8

// The output contexts.
const (
	// EscHTML is HTML text and quoted attribute values.
	EscHTML Escape = 1 << iota
	// EscJS is JavaScript code and string literals.
	EscJS
	// EscCSS is a style sheet or style attribute.
	EscCSS
	// EscURL is a URL or a URL component.
	EscURL
	// EscScheme: the text starts with program text that fixes its URL
	// scheme ("https://" + host, "/search?q=" + q), so it is safe as a
	// URL whatever follows: html/template still normalises and escapes a
	// template.URL and only skips its check of the scheme (javascript:).
	// Set on concatenations, kept by what is appended after.
	EscScheme
)

// String lists the contexts, for fact strings and tests.
func (e Escape) String() string {
	s := ""
	for i, name := range []string{"html", "js", "css", "url", "scheme"} {
		if e&(1<<i) != 0 {
			if s != "" {
				s += "|"
			}
			s += name
		}
	}
	return s
}

// The HTML sink classes.
const (
	// HTMLTrusted: a conversion to a type that html/template trusts as
	// already safe (template.HTML and its siblings).
	HTMLTrusted Class = "html-trusted"
	// HTMLWrite: bytes written unescaped into an HTTP response.
	HTMLWrite Class = "html-write"
	// TemplateExec: data executed by text/template into an HTTP response.
	TemplateExec Class = "template-exec"
	// TemplateText: text parsed as a template.
	TemplateText Class = "template-text"
)

// LabelStored is the Source.Label of values read back from storage: text a
// user may have stored earlier (stored XSS, second-order injection).
const LabelStored = "stored data"

// LabelUpstream is the Source.Label of another server's reply to the
// program's HTTP client: text that service stored or was sent, stored XSS
// when it is written into a page as it is.
const LabelUpstream = "upstream response"

// TypeSink is a named type whose conversion from non-constant text is a
// sink: html/template renders values of it without escaping them in its
// context (bun writes a schema.Safe into the query as raw SQL:
// sqlTypeSinks). Values of a TypeSink's type are escaped for its context
// (they were checked where they were converted).
type TypeSink struct {
	Type  string // "html/template.HTML"
	Class Class
	Ctx   Escape // the context the type is trusted in
	// InTag: the renderer inserts the text inside a tag, where attribute
	// values its text opens are judged (html/template's HTMLAttr).
	InTag bool
}

var typeSinks = []TypeSink{
	{Type: "html/template.HTML", Class: HTMLTrusted, Ctx: EscHTML},
	{Type: "html/template.HTMLAttr", Class: HTMLTrusted, Ctx: EscHTML, InTag: true},
	{Type: "html/template.JS", Class: HTMLTrusted, Ctx: EscJS},
	{Type: "html/template.JSStr", Class: HTMLTrusted, Ctx: EscJS},
	{Type: "html/template.CSS", Class: HTMLTrusted, Ctx: EscCSS},
	{Type: "html/template.URL", Class: HTMLTrusted, Ctx: EscURL},
	{Type: "html/template.Srcset", Class: HTMLTrusted, Ctx: EscURL},
	// templ (v0.3): SafeURL and SafeCSS skip the URL and CSS sanitising
	// templ applies to other values in those attributes.
	{Type: "github.com/a-h/templ.SafeURL", Class: HTMLTrusted, Ctx: EscURL},
	{Type: "github.com/a-h/templ.SafeCSS", Class: HTMLTrusted, Ctx: EscCSS},
}

var typeSinkByName = map[string]*TypeSink{}

func init() {
	for _, tab := range [][]TypeSink{typeSinks, sqlTypeSinks} {
		for i := range tab {
			typeSinkByName[tab[i].Type] = &tab[i]
		}
	}
}

// TypeSinkFor returns the row of the named type "pkg.Type", or nil.
func TypeSinkFor(named string) *TypeSink { return typeSinkByName[named] }

// TypeSinkTable returns every type sink row, for tests and docs.
func TypeSinkTable() []TypeSink {
	return append(append([]TypeSink(nil), typeSinks...), sqlTypeSinks...)
}

// decoders undo an escaping or an encoding: what they return is the text
// that was escaped or encoded (html.UnescapeString(html.EscapeString(s))
// is s again), so it keeps its kinds and loses every escape.
var decoders = map[string]bool{
	"html.UnescapeString":                      true,
	"net/url.QueryUnescape":                    true,
	"net/url.PathUnescape":                     true,
	"net/url.ParseQuery":                       true,
	"strconv.Unquote":                          true,
	"(*encoding/base64.Encoding).DecodeString": true,
	"(*encoding/base32.Encoding).DecodeString": true,
	"encoding/hex.DecodeString":                true,
}

// An HTML sanitiser configured by calls on it (bluemonday's Policy): its
// Sanitize methods (sanitiser rows) make safe markup unless a call on the
// policy lets script through. PolicyCall says what each call does.
type PolicyCall uint8

const (
	PolicyNone PolicyCall = iota
	// PolicyBare: a constructor of a policy that allows nothing and
	// checks no URL until told to (NewPolicy).
	PolicyBare
	// PolicyUGC: a constructor of a policy that allows links and images
	// and checks their URLs (UGCPolicy: AllowStandardURLs).
	PolicyUGC
	// PolicyStrict: a constructor of a policy that allows no markup.
	PolicyStrict
	// PolicyCheckURLs: makes the policy check URLs (AllowStandardURLs,
	// RequireParseableURLs(true)); a false or computed argument makes it
	// stop.
	PolicyCheckURLs
	// PolicyUnsafe: lets script and style elements through, unless given
	// false, when the policy also allows them (AllowUnsafe; bluemonday
	// v1.0.27 drops them and their content otherwise).
	PolicyUnsafe
	// PolicyAttrs: allows the attributes it names (AllowAttrs): an event
	// handler (on*), srcdoc, or a form's action lets script through; a URL
	// attribute does in a policy that checks no URL; unless the builder it
	// returns constrains their values (Matching).
	PolicyAttrs
	// PolicySchemes: allows the URL schemes it names (AllowURLSchemes): a
	// script scheme lets script through.
	PolicySchemes
	// PolicyAnyScheme: allows schemes it cannot name (a regexp).
	PolicyAnyScheme
	// PolicyChain: returns the policy it is called on (AllowElements,
	// OnElements, Globally): followed back to its receiver.
	PolicyChain
	// PolicyMatching: constrains the values of the attributes a builder
	// allows.
	PolicyMatching
)

// policyPkg is the configured sanitiser's package.
const policyPkg = "github.com/microcosm-cc/bluemonday"

// PolicyPkg is policyPkg, for the engine.
const PolicyPkg = policyPkg

// IsPolicyType reports whether t is a configured sanitiser (a
// *bluemonday.Policy).
func IsPolicyType(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == policyPkg && n.Obj().Name() == "Policy"
}

var policyCalls = map[string]PolicyCall{
	policyPkg + ".NewPolicy":                                     PolicyBare,
	policyPkg + ".UGCPolicy":                                     PolicyUGC,
	policyPkg + ".StrictPolicy":                                  PolicyStrict,
	policyPkg + ".StripTagsPolicy":                               PolicyStrict,
	"(*" + policyPkg + ".Policy).AllowStandardURLs":              PolicyCheckURLs,
	"(*" + policyPkg + ".Policy).RequireParseableURLs":           PolicyCheckURLs,
	"(*" + policyPkg + ".Policy).AllowUnsafe":                    PolicyUnsafe,
	"(*" + policyPkg + ".Policy).AllowAttrs":                     PolicyAttrs,
	"(*" + policyPkg + ".Policy).AllowURLSchemes":                PolicySchemes,
	"(*" + policyPkg + ".Policy).AllowURLSchemeWithCustomPolicy": PolicySchemes,
	"(*" + policyPkg + ".Policy).AllowURLSchemesMatching":        PolicyAnyScheme,
	"(*" + policyPkg + ".Policy).AllowElements":                  PolicyChain,
	"(*" + policyPkg + ".Policy).AllowElementsContent":           PolicyChain,
	"(*" + policyPkg + ".Policy).AllowElementsMatching":          PolicyChain,
	"(*" + policyPkg + ".Policy).AllowNoAttrs":                   PolicyChain,
	"(*" + policyPkg + ".attrPolicyBuilder).OnElements":          PolicyChain,
	"(*" + policyPkg + ".attrPolicyBuilder).Globally":            PolicyChain,
	"(*" + policyPkg + ".attrPolicyBuilder).OnElementsMatching":  PolicyChain,
	"(*" + policyPkg + ".attrPolicyBuilder).Matching":            PolicyMatching,
}

// PolicyCallOf returns what a call does to a configured sanitiser.
func PolicyCallOf(fullName string) PolicyCall { return policyCalls[fullName] }

// IsPolicySanitiser reports whether a sanitiser row is a configured
// policy's method (see PolicyCall).
func IsPolicySanitiser(fullName string) bool {
	return strings.HasPrefix(fullName, "(*"+policyPkg+".Policy).Sanitize")
}

// ScriptAttr reports whether allowing an attribute lets script run: an
// event handler, an iframe's srcdoc, a form's action (never checked as a
// URL).
func ScriptAttr(name string) bool {
	n := strings.ToLower(name)
	return strings.HasPrefix(n, "on") || n == "srcdoc" || n == "action" || n == "formaction"
}

// URLAttr reports whether an attribute holds a URL that a policy checks
// only when told to.
func URLAttr(name string) bool {
	switch strings.ToLower(name) {
	case "href", "src", "cite", "xlink:href", "poster", "data", "background":
		return true
	}
	return false
}

// ScriptScheme reports whether a URL scheme runs script.
func ScriptScheme(name string) bool {
	switch strings.ToLower(name) {
	case "javascript", "vbscript", "data":
		return true
	}
	return false
}

// IsDecoder reports whether a function undoes an escaping (see decoders).
func IsDecoder(fullName string) bool { return decoders[fullName] }

// htmlSanitisers escape for the contexts named (Esc) or clean the kinds
// named (Clean).
var htmlSanitisers = []Sanitiser{
	{Func: "html.EscapeString", Esc: EscHTML},
	{Func: "html/template.HTMLEscapeString", Esc: EscHTML},
	{Func: "html/template.HTMLEscaper", Esc: EscHTML},
	{Func: "text/template.HTMLEscapeString", Esc: EscHTML},
	{Func: "text/template.HTMLEscaper", Esc: EscHTML},
	{Func: "html/template.JSEscapeString", Esc: EscJS},
	{Func: "html/template.JSEscaper", Esc: EscJS},
	{Func: "text/template.JSEscapeString", Esc: EscJS},
	{Func: "text/template.JSEscaper", Esc: EscJS},
	// Query escaping leaves only letters, digits and -_.~+%: safe as a
	// URL or URL component (no ':', so no scheme can form) and as markup
	// (no '<', '&' or quote), not in a script (an identifier survives).
	// Not url.PathEscape: it keeps ':', so url.PathEscape("javascript:...")
	// is still a script URL; after a prefix that fixes the scheme
	// ("/patients/" + url.PathEscape(id)) the prefix makes it safe.
	{Func: "html/template.URLQueryEscaper", Esc: EscURL | EscHTML},
	{Func: "text/template.URLQueryEscaper", Esc: EscURL | EscHTML},
	{Func: "net/url.QueryEscape", Esc: EscURL | EscHTML},
	// Path escaping leaves no '<', '>' or quote: inert as markup, but it
	// keeps ':', so not a URL on its own (see above).
	{Func: "net/url.PathEscape", Esc: EscHTML},
	{Func: "(net/url.Values).Encode", Esc: EscURL},
	// JSON encoding escapes <, > and & (json.Marshal's HTML escaping, on
	// by default), so its output is inert in HTML and in a script.
	{Func: "encoding/json.Marshal", Esc: EscHTML | EscJS},
	{Func: "encoding/json.MarshalIndent", Esc: EscHTML | EscJS},
	// Encoders whose output alphabet has no markup, quote or colon:
	// base64 ([A-Za-z0-9+/=_-]), base32, hex, and a signed JWT (three
	// base64url segments joined with '.'). Inert in HTML, in a script
	// string and as a URL (no scheme can form).
	{Func: "(*encoding/base64.Encoding).EncodeToString", Esc: EscHTML | EscJS | EscURL},
	{Func: "(*encoding/base32.Encoding).EncodeToString", Esc: EscHTML | EscJS | EscURL},
	{Func: "encoding/hex.EncodeToString", Esc: EscHTML | EscJS | EscURL},
	// The signature's key is not in the token: only the claims are.
	{Func: "(*github.com/golang-jwt/jwt/v5.Token).SignedString", Esc: EscHTML | EscJS | EscURL, Signs: true},
	{Func: "(*github.com/golang-jwt/jwt/v4.Token).SignedString", Esc: EscHTML | EscJS | EscURL, Signs: true},
	// XML encoding escapes <, >, &, ' and ".
	{Func: "encoding/xml.Marshal", Esc: EscHTML},
	{Func: "encoding/xml.MarshalIndent", Esc: EscHTML},
	// bluemonday v1 policies keep only allowed markup.
	{Func: "(*github.com/microcosm-cc/bluemonday.Policy).Sanitize", Esc: EscHTML},
	{Func: "(*github.com/microcosm-cc/bluemonday.Policy).SanitizeBytes", Esc: EscHTML},
	{Func: "(*github.com/microcosm-cc/bluemonday.Policy).SanitizeReader", Esc: EscHTML},
	{Func: "(*github.com/microcosm-cc/bluemonday.Policy).SanitizeReaderToWriter", Esc: EscHTML},
	// templ (v0.3): URL replaces a URL of another scheme than http(s),
	// mailto, tel or ftp(s) with about:invalid; EscapeString is
	// html.EscapeString.
	{Func: "github.com/a-h/templ.URL", Esc: EscURL},
	{Func: "github.com/a-h/templ.EscapeString", Esc: EscHTML},
}

// htmlSinks: writes into HTTP responses, template execution and parsing.
// Rows with Writer ResponseWriter count only when their writer is an HTTP
// response writer.
var htmlSinks = []Sink{
	// templ (v0.3): Raw renders its text as markup, JSUnsafeFuncCall as
	// script, both unescaped (what a .templ file's @templ.Raw compiles to).
	{Func: "github.com/a-h/templ.Raw", Arg: 0, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "github.com/a-h/templ.JSUnsafeFuncCall", Arg: 0, Class: HTMLTrusted, Ctx: EscJS},
	// gomponents (v1; v0 as github.com/maragudk/gomponents): Raw and Rawf
	// render their text as markup; the URL attributes of its html package
	// escape the value for the attribute but do not check its scheme, so
	// a javascript: URL runs (unlike html/template's and templ's).
	{Func: "maragu.dev/gomponents.Raw", Arg: 0, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "maragu.dev/gomponents.Rawf", Arg: 0, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "maragu.dev/gomponents.Rawf", Arg: 1, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "github.com/maragudk/gomponents.Raw", Arg: 0, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "github.com/maragudk/gomponents.Rawf", Arg: 0, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "github.com/maragudk/gomponents.Rawf", Arg: 1, Class: HTMLTrusted, Ctx: EscHTML},
	{Func: "maragu.dev/gomponents/html.Href", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "maragu.dev/gomponents/html.Src", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "maragu.dev/gomponents/html.Action", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "maragu.dev/gomponents/html.FormAction", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "github.com/maragudk/gomponents/html.Href", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "github.com/maragudk/gomponents/html.Src", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "github.com/maragudk/gomponents/html.Action", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	{Func: "github.com/maragudk/gomponents/html.FormAction", Arg: 0, Class: HTMLTrusted, Ctx: EscURL, Lib: "gomponents"},
	// net/http: ResponseWriter.Write (also gin's c.Writer.Write, whose
	// interface embeds http.ResponseWriter) and the writers of io and fmt.
	{Func: "(net/http.ResponseWriter).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(io.Writer).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: Recv},
	// A bufio.Writer made around the response (bufio.NewWriter(w)).
	{Func: "(*bufio.Writer).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: Recv},
	{Func: "(*bufio.Writer).WriteString", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: Recv},
	// A CSV writer made around the response writes each field as it is
	// (quoting only commas, quotes and line breaks): a response without a
	// type is sniffed from its first field.
	{Func: "(*encoding/csv.Writer).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: Recv},
	{Func: "(*encoding/csv.Writer).WriteAll", Arg: 0, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: Recv},
	{Func: "fmt.Fprint", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	{Func: "fmt.Fprintf", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	{Func: "fmt.Fprintf", Arg: 2, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	{Func: "fmt.Fprintln", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	{Func: "io.WriteString", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	{Func: "io.Copy", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	// http.ServeContent serves the reader's content under the type of
	// the name's extension, or sniffed (checked by the analyzer). A file
	// it serves is a file server's; text the program holds is a write.
	{Func: "net/http.ServeContent", Arg: 4, Class: HTMLWrite, Ctx: EscHTML, InMemory: true},
	{Func: "io.CopyN", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter},
	// http.Error after the page began: its text/plain and nosniff are
	// not sent, and the message lands in the page.
	{Func: "net/http.Error", Arg: 1, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, AfterSent: true},
	// A buffer or reader that writes its content into the writer it is
	// given: buf.WriteTo(w) is io.Copy(w, buf).
	{Func: "(*bytes.Buffer).WriteTo", Arg: Recv, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: 0},
	{Func: "(*bytes.Reader).WriteTo", Arg: Recv, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: 0},
	{Func: "(*strings.Reader).WriteTo", Arg: Recv, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: 0},
	{Func: "(*bufio.Reader).WriteTo", Arg: Recv, Class: HTMLWrite, Ctx: EscHTML, Writer: ResponseWriter, WriterAt: 0},
	// gin v1: Data's content type is checked by the analyzer; String is
	// text/plain unless the handler set an HTML type first.
	{Func: "(*github.com/gin-gonic/gin.Context).Data", Arg: 2, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gin-gonic/gin.Context).DataFromReader", Arg: 3, Class: HTMLWrite, Ctx: EscHTML, InMemory: true},
	{Func: "(*github.com/gin-gonic/gin.Context).String", Arg: 1, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gin-gonic/gin.Context).String", Arg: 2, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(github.com/gin-gonic/gin.ResponseWriter).WriteString", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	// echo v4: HTML and HTMLBlob serve text/html and String text/plain
	// unless the handler set a type first; c.Response() is an
	// http.ResponseWriter.
	{Func: "(github.com/labstack/echo/v4.Context).HTML", Arg: 1, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(github.com/labstack/echo/v4.Context).String", Arg: 1, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(github.com/labstack/echo/v4.Context).HTMLBlob", Arg: 1, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(github.com/labstack/echo/v4.Context).Blob", Arg: 2, Class: HTMLWrite, Ctx: EscHTML}, // type checked by the analyzer
	// A reader served under the type given (checked by the analyzer):
	// text in memory is a write, as for ServeContent.
	{Func: "(github.com/labstack/echo/v4.Context).Stream", Arg: 2, Class: HTMLWrite, Ctx: EscHTML, InMemory: true},
	{Func: "(*github.com/labstack/echo/v4.Response).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	// go-chi/render: HTML sets text/html over any type set before and
	// writes its string (PlainText, Data and JSON set safe types).
	{Func: "github.com/go-chi/render.HTML", Arg: 2, Class: HTMLWrite, Ctx: EscHTML, SetsHTML: true},
	// fiber v2: text/plain unless the handler set an HTML type first.
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).SendString", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Send", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Write", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).WriteString", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Writef", Arg: 0, Class: HTMLWrite, Ctx: EscHTML},
	{Func: "(*github.com/gofiber/fiber/v2.Ctx).Writef", Arg: 1, Class: HTMLWrite, Ctx: EscHTML},

	// text/template executed into a response: no escaping at all, unless
	// its text escapes every action itself.
	{Func: "(*text/template.Template).Execute", Arg: 1, Class: TemplateExec, Ctx: EscHTML, Writer: ResponseWriter, SelfEscaping: true},
	{Func: "(*text/template.Template).ExecuteTemplate", Arg: 2, Class: TemplateExec, Ctx: EscHTML, Writer: ResponseWriter, SelfEscaping: true},

	// Template text (template injection, server-side).
	{Func: "(*html/template.Template).Parse", Arg: 0, Class: TemplateText},
	{Func: "(*text/template.Template).Parse", Arg: 0, Class: TemplateText},
}

// htmlPropagators: text/template writes its data, unescaped, into the
// writer (html/template's escaped output is left clean by the default).
var htmlPropagators = []Propagator{
	{Func: "(*text/template.Template).Execute", From: 1, To: 0, Build: true, Op: "text/template", SelfEscaping: true},
	{Func: "(*text/template.Template).ExecuteTemplate", From: 2, To: 0, Build: true, Op: "text/template", SelfEscaping: true},
}

// deferringWriters: response writers whose WriteHeader records the status
// and leaves sending the headers to the first write (gin's
// responseWriter.WriteHeader; WriteHeaderNow sends them): a header set
// after it is still served.
var deferringWriters = map[string]bool{
	"github.com/gin-gonic/gin.ResponseWriter": true,
	"github.com/gin-gonic/gin.responseWriter": true,
}

// DefersHeaders reports whether the response writer type (by its
// NamedPath) sends its headers only at the first write.
func DefersHeaders(typePath string) bool { return deferringWriters[typePath] }

// NamedExec is a call that executes the template of a given name into a
// writer. Its error quotes the name only when it wrote nothing: no
// template has that name, or it is incomplete or cannot be escaped
// (Go 1.26 html/template lookupAndEscapeTemplate, text/template
// ExecuteTemplate), and that error's text begins with constant text
// ("html/template: ", "template: ") that content sniffing serves as
// text/plain. Every error after output began comes from executing a
// defined template: it names defined templates and quotes the template's
// own text and the data (text/template's "range can't iterate over %v").
// Indexes follow the convention above; Name is NoArg when not known.
type NamedExec struct {
	Func         string
	Writer, Name int
	// Quotes: the arguments an error returned after output began may
	// quote (the data); each must hold no source where it is written.
	Quotes []int
}

// NoArg stands for no argument in a row's index.
const NoArg = -1

var namedExecs = []NamedExec{
	{Func: "(*html/template.Template).ExecuteTemplate", Writer: 0, Name: 1, Quotes: []int{2}},
	{Func: "(*text/template.Template).ExecuteTemplate", Writer: 0, Name: 1, Quotes: []int{2}},
}

var namedExecByFunc = map[string]*NamedExec{}

func init() {
	for i := range namedExecs {
		namedExecByFunc[namedExecs[i].Func] = &namedExecs[i]
	}
}

// NamedExecFor returns the row of a call that executes a named template,
// or nil.
func NamedExecFor(fullName string) *NamedExec { return namedExecByFunc[fullName] }

// storedSources: values read back from a database, and from a key-value
// store (cacheSources).
var storedSources = append([]Source{
	{Func: "(*database/sql.Rows).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(*database/sql.Row).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},

	// pgx v5 and v4: Row and Rows are interfaces.
	{Func: "(github.com/jackc/pgx/v5.Row).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(github.com/jackc/pgx/v5.Rows).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(github.com/jackc/pgx/v5.Rows).Values", Out: Result, Kind: Unknown, Label: LabelStored},
	// pgx v5's generic helpers: what they collect from a row set (the
	// rows argument; the RowTo* functions passed to them, or called on
	// a row, scan it).
	{Func: "github.com/jackc/pgx/v5.CollectRows", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.CollectOneRow", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.CollectExactlyOneRow", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.AppendRows", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.ForEachRow", Out: 1, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowTo", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToAddrOf", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToMap", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToStructByPos", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToAddrOfStructByPos", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToStructByName", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToAddrOfStructByName", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToStructByNameLax", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jackc/pgx/v5.RowToAddrOfStructByNameLax", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(github.com/jackc/pgx/v4.Row).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(github.com/jackc/pgx/v4.Rows).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(github.com/jackc/pgx/v4.Rows).Values", Out: Result, Kind: Unknown, Label: LabelStored},

	// sqlx v1.4: the destination of Get and Select, and of a row's scans.
	{Func: "(*github.com/jmoiron/sqlx.DB).Get", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.DB).Select", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.DB).GetContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.DB).SelectContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Get", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Select", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Tx).GetContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Tx).SelectContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jmoiron/sqlx.Get", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jmoiron/sqlx.Select", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jmoiron/sqlx.GetContext", Out: 2, Kind: Unknown, Label: LabelStored},
	{Func: "github.com/jmoiron/sqlx.SelectContext", Out: 2, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Row).StructScan", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Rows).StructScan", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Row).MapScan", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Rows).MapScan", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Row).Scan", Out: 0, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Row).SliceScan", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Rows).SliceScan", Out: Result, Kind: Unknown, Label: LabelStored},
	// Prepared statements and connections.
	{Func: "(*github.com/jmoiron/sqlx.Stmt).Get", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Stmt).Select", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Stmt).GetContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Stmt).SelectContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.NamedStmt).Get", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.NamedStmt).Select", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.NamedStmt).GetContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.NamedStmt).SelectContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Conn).GetContext", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/jmoiron/sqlx.Conn).SelectContext", Out: 1, Kind: Unknown, Label: LabelStored},

	// gorm v2: the destination of a finisher.
	{Func: "(*gorm.io/gorm.DB).Find", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).First", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).Take", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).Last", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).Scan", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).ScanRows", Out: 1, Kind: Unknown, Label: LabelStored},
	{Func: "(*gorm.io/gorm.DB).Pluck", Out: 1, Kind: Unknown, Label: LabelStored},
	// gorm v1.30's generic API: gorm.G[Post](db).Where(...).First(ctx)
	// returns the record (ExecInterface, embedded in the chain's).
	{Func: "(gorm.io/gorm.ExecInterface[T any]).First", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(gorm.io/gorm.ExecInterface[T any]).Last", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(gorm.io/gorm.ExecInterface[T any]).Take", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(gorm.io/gorm.ExecInterface[T any]).Find", Out: Result, Kind: Unknown, Label: LabelStored},
	{Func: "(gorm.io/gorm.ExecInterface[T any]).Scan", Out: 1, Kind: Unknown, Label: LabelStored},

	// bun v1: Scan(ctx, dest...), or with no dest the model the select
	// was given (NewSelect().Model(&u)...Scan(ctx)): the model a select
	// query is given is what it fills.
	{Func: "(*github.com/uptrace/bun.SelectQuery).Scan", Out: 1, OutElems: true, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/uptrace/bun.SelectQuery).Model", Out: 0, Kind: Unknown, Label: LabelStored},
	{Func: "(*github.com/uptrace/bun.RawQuery).Scan", Out: 1, OutElems: true, Kind: Unknown, Label: LabelStored},
}, cacheSources()...)

// cacheSources: what go-redis (v9, and v8 under its old path) reads back
// from Redis, where applications keep user content (a message of the day,
// a cached profile): the result of a string, list or hash command, or
// what Scan fills.
func cacheSources() []Source {
	var out []Source
	for _, pkg := range []string{"github.com/redis/go-redis/v9", "github.com/go-redis/redis/v8"} {
		for _, cmd := range []string{"StringCmd", "StringSliceCmd", "MapStringStringCmd", "StringStringMapCmd", "SliceCmd"} {
			for _, m := range []string{"Result", "Val"} {
				out = append(out, Source{Func: "(*" + pkg + "." + cmd + ")." + m, Out: Result, Kind: Unknown, Label: LabelStored})
			}
		}
		out = append(out,
			Source{Func: "(*" + pkg + ".StringCmd).Bytes", Out: Result, Kind: Unknown, Label: LabelStored},
			Source{Func: "(*" + pkg + ".StringCmd).Scan", Out: 0, Kind: Unknown, Label: LabelStored})
	}
	return out
}
