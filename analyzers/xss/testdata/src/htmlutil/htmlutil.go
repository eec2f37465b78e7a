package htmlutil // want package:"analysed"

// The wrappers here are called from package wrapuse: their summaries
// travel as facts.

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	"slices"
	"strings"
)

// ToHTML converts its parameter: reported at the callers.
func ToHTML(s string) template.HTML { return template.HTML(s) } // want ToHTML:`taint\(r0=p0/esc=html; sink html-trusted template.HTML<-p0 ctx=html\)`

// Bold builds markup around its parameter.
func Bold(s string) template.HTML { return template.HTML("<b>" + s + "</b>") } // want Bold:`sink html-trusted template.HTML<-p0/built ctx=html`

// Escaped escapes before converting: no sink effect.
func Escaped(s string) template.HTML { return template.HTML(html.EscapeString(s)) } // want Escaped:`taint\(r0=p0/esc=html\)`

// Write writes its parameter into the response.
func Write(w http.ResponseWriter, s string) { io.WriteString(w, s) } // want Write:`sink html-write io.WriteString<-p1 ctx=html`

// Format escapes its arguments in place before formatting them into
// markup (gitea's htmlutil.HTMLFormat): the loop overwrites every text
// element, so no unescaped argument reaches the conversion.
func Format(s template.HTML, rawArgs ...any) template.HTML { // want Format:`taint\(r0=p0,p1/built/esc=html\)`
	return template.HTML(fmt.Sprintf(string(s), formatArgs(rawArgs)...))
}

func formatArgs(rawArgs []any) []any { // want formatArgs:`taint\(r0=p0/built/esc=html\)`
	args := slices.Clone(rawArgs)
	for i, v := range args {
		switch v := v.(type) {
		case nil, bool, int, int64, float64, template.HTML:
		case string:
			args[i] = template.HTMLEscapeString(v)
		case fmt.Stringer:
			args[i] = template.HTMLEscapeString(v.String())
		default:
			args[i] = template.HTMLEscapeString(fmt.Sprint(v))
		}
	}
	return args
}

// FormatStrings escapes only string arguments; a Stringer is left in
// place unescaped: reported at the callers. The format is trusted HTML
// (checked where it was converted), so only the arguments count.
func FormatStrings(s template.HTML, rawArgs ...any) template.HTML { // want FormatStrings:`sink html-trusted template.HTML<-p1/built ctx=html`
	args := slices.Clone(rawArgs)
	for i, v := range args {
		if v, ok := v.(string); ok {
			args[i] = template.HTMLEscapeString(v)
		}
	}
	return template.HTML(fmt.Sprintf(string(s), args...))
}

// Renderer marks up trusted content with its prefix (gitea's
// RenderInternal.ProtectSafeAttrs).
type Renderer struct{ Prefix string }

// Protect converts content, already trusted, joined with the receiver's
// Prefix: trusted content does not count as unescaped because the prefix
// is not escaped; the sink is the prefix's.
func (r *Renderer) Protect(content template.HTML) template.HTML { // want Protect:`sink html-trusted template.HTML<-f0/built ctx=html`
	return template.HTML(strings.ReplaceAll(string(content), "class=", "data-"+r.Prefix+"class="))
}

// SecureRenderer's id is set by its package only.
type SecureRenderer struct{ id string }

func NewSecureRenderer(id string) *SecureRenderer { return &SecureRenderer{id: id} } // want NewSecureRenderer:`taint\(r0.id=p0\)`

// Protect converts trusted content marked with the renderer's id.
func (r *SecureRenderer) Protect(content template.HTML) template.HTML { // want Protect:`sink html-trusted template.HTML<-f0/built ctx=html`
	return template.HTML(string(content) + "<!--" + r.id + "-->")
}

// SetPlain declares a plain-text response: its callers' writes after it
// are not HTML.
func SetPlain(w http.ResponseWriter) { // want SetPlain:`taint\(headers type=plain; quiet p0\)`
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
}

// ServeSandboxed writes under a policy that runs no script: no sink effect.
func ServeSandboxed(w http.ResponseWriter, body string) { // want ServeSandboxed:`taint\(headers noscript\)`
	w.Header().Set("Content-Security-Policy", "sandbox")
	io.WriteString(w, body)
}

// Trust is generic: its fact is on the generic function, applied at each
// instantiation in other packages.
func Trust[T ~string | ~[]byte](v T) template.HTML { return template.HTML(v) } // want Trust:`taint\(r0=p0/esc=html; sink html-trusted template.HTML<-p0 ctx=html\)`

// WriteText writes msg into the response first: its callers' text
// decides what content sniffing serves.
func WriteText(w http.ResponseWriter, code int, msg string) { // want WriteText:`taint\(sink html-write \(http.ResponseWriter\).Write<-p2 ctx=html leads p2 into p0\)`
	w.WriteHeader(code)
	w.Write([]byte(msg))
}

// WriteTextPlain serves msg as plain text: safe unless its caller sent the
// headers already.
func WriteTextPlain(w http.ResponseWriter, msg string) { // want WriteTextPlain:`taint\(sink html-write \(http.ResponseWriter\).Write<-p1 ctx=html after typing p0; headers type=plain\)`
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(msg))
}
