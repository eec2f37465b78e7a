package urlctx

import (
	"fmt"
	"html"
	"html/template"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// Text context: HTML escaping is what it needs.
func text(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<p title="%s">%s</p>`, html.EscapeString(r.FormValue("t")), html.EscapeString(r.FormValue("b")))
	_ = template.HTML(`<a href="/help">` + html.EscapeString(r.FormValue("label")) + `</a>`)
}

// A constant path before the value fixes the scheme.
func pathPrefix(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("id")
	fmt.Fprintf(w, `<a href="/patients/%s">record</a>`, html.EscapeString(id))
	fmt.Fprintf(w, `<a href="/patients/%s">record</a>`, url.PathEscape(id))
	_ = template.HTML(`<a href="https://example.org/u/` + html.EscapeString(id) + `">u</a>`)
	_ = template.HTMLAttr(`href="/users/` + html.EscapeString(id) + `"`)
}

// A query-escaped value holds no ':' (so no scheme) and no markup.
func queryValue(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	fmt.Fprintf(w, `<a href="/search?q=%s">again</a>`, url.QueryEscape(q))
	fmt.Fprintf(w, `<a href="%s">again</a>`, url.QueryEscape(q))
}

// A scheme checked before the value is escaped.
func schemeChecked(w http.ResponseWriter, r *http.Request) {
	site := r.FormValue("site")
	if !strings.HasPrefix(site, "https://") {
		return
	}
	fmt.Fprintf(w, `<a href="%s">site</a>`, html.EscapeString(site))
}

// A JavaScript escape in a script or a handler: safe there, and as HTML.
func jsEscaped(w http.ResponseWriter, r *http.Request) {
	x := r.FormValue("x")
	fmt.Fprintf(w, `<script>var x = "%s";</script>`, template.JSEscapeString(x))
	_ = template.HTML(`<button onclick="greet('` + template.JSEscapeString(x) + `')">hi</button>`)
}

// After the script element closes, text again.
func afterScript(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script src="/app.js"></script><p>%s</p>`, html.EscapeString(r.FormValue("m")))
}

// A base URL the program is configured with decides the scheme.
var base = "https://example.org"

func configuredBase(w http.ResponseWriter, r *http.Request) {
	link := base + "/u/" + url.PathEscape(r.FormValue("name"))
	fmt.Fprintf(w, `<a href="%s">%s</a>`, html.EscapeString(link), html.EscapeString(r.FormValue("name")))
}

// The format is not constant: the context is not known, the escape
// counts as before.
func unknownFormat(w http.ResponseWriter, r *http.Request, format string) {
	fmt.Fprintf(w, format, html.EscapeString(r.FormValue("v")))
}

// Quoted non-URL attribute values and constant text only.
func quoted(w http.ResponseWriter, r *http.Request) {
	_ = template.HTMLAttr(`title="` + html.EscapeString(r.FormValue("t")) + `"`)
	fmt.Fprintf(w, `<input value='%s'>`, html.EscapeString(r.FormValue("v")))
}

// A link the program builds (unknown origin, not request input or stored
// data) decides its own scheme, as a configured base URL does; a helper's
// parameter is judged as before.
func avatarHTML(src, name string) template.HTML {
	return template.HTML(`<img class="avatar" src="` + html.EscapeString(src) + `" title="` + html.EscapeString(name) + `">`)
}

// avatarLink is of unknown origin: an unmodelled library's answer.
func avatarLink() string {
	host, _ := net.LookupCNAME("avatars.example.org")
	return host
}

func avatar(r *http.Request) template.HTML {
	return avatarHTML(avatarLink(), r.FormValue("user"))
}

// The helper given a link whose scheme the caller fixed, or one it built.
func helperCallers(r *http.Request) {
	_ = profileLink("/users/" + url.PathEscape(r.FormValue("name")))
	_ = profileLink(url.QueryEscape(r.FormValue("name")))
	_ = profileLink(avatarLink())
}
