// Package urlctx: an escaper counts only in the HTML context where the
// text it escaped lands.
package urlctx

import (
	"bytes"
	"database/sql"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
)

// HTML escaping leaves "javascript:alert(1)" as it is: at the start of
// a URL attribute it still runs.
func hrefAttr(r *http.Request) template.HTMLAttr {
	return template.HTMLAttr(`href="` + html.EscapeString(r.FormValue("profile")) + `"`) // want `\(request input\) escaped for HTML but placed in an href URL attribute, where javascript: URLs still run, converted to template.HTMLAttr, which html/template renders unescaped: check the scheme`
}

func sprintfLink(r *http.Request) template.HTML {
	u := r.URL.Query().Get("u")
	return template.HTML(fmt.Sprintf(`<a href="%s">x</a>`, html.EscapeString(u))) // want `escaped for HTML but placed in an href URL attribute, where javascript: URLs still run, converted to template.HTML`
}

func fprintfFrame(w http.ResponseWriter, r *http.Request) {
	u := r.FormValue("page")
	fmt.Fprintf(w, `<iframe title="page" src="%s">`, html.EscapeString(u)) // want `\(request input\) escaped for HTML but placed in a src URL attribute, where javascript: URLs still run, written into an HTML response by fmt.Fprintf: check the scheme`
}

// A script needs no markup: an HTML escape does not stop it.
func scriptBody(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script>var x = "%s";</script>`, template.HTMLEscapeString(r.FormValue("x"))) // want `escaped for HTML but placed in a script element, where it runs as JavaScript, which HTML escaping does not stop, written into an HTML response by fmt.Fprintf: escape it for JavaScript`
}

// The browser decodes &#39; in an attribute before it runs the handler.
func onclick(r *http.Request) template.HTML {
	name := html.EscapeString(r.FormValue("name"))
	return template.HTML(`<button onclick="greet('` + name + `')">hi</button>`) // want `escaped for HTML but placed in the onclick event-handler attribute, whose character references the browser decodes before it runs the script`
}

// A space starts a new attribute: onmouseover=alert(1).
func unquoted(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<td class=" + html.EscapeString(r.FormValue("c")) + ">x</td>")) // want `escaped for HTML but placed in an unquoted class attribute value, where a space starts a new attribute`
}

// A constant that leaves the scheme open.
func javascriptPrefix(r *http.Request) template.HTML {
	return template.HTML(`<a href="javascript:` + html.EscapeString(r.FormValue("f")) + `">run</a>`) // want `escaped for HTML but placed in a javascript: URL in the href attribute, which the browser percent-decodes and runs as script`
}

// Concatenation assembled in steps, then written.
func steps(w http.ResponseWriter, r *http.Request) {
	link := `<iframe src="` + html.EscapeString(r.FormValue("embed"))
	link += `"></iframe>`
	fmt.Fprint(w, link) // want `placed in a src URL attribute, where javascript: URLs still run, written into an HTML response by fmt.Fprint`
}

// A user's stored website may be a javascript: URL.
func storedWebsite(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var site string
	_ = db.QueryRowContext(r.Context(), "SELECT website FROM users WHERE id = 1").Scan(&site)
	fmt.Fprintf(w, `<p><a rel="nofollow" href="%s">website</a></p>`, html.EscapeString(site)) // want `\(stored data\) escaped for HTML but placed in an href URL attribute`
}

// Formatted into a buffer, then written.
func buffered(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, `<form method="post" action="%s">`, html.EscapeString(r.FormValue("next")))
	buf.WriteTo(w) // want `escaped for HTML but placed in an action URL attribute`
}

// A helper that escapes its parameter into an href: judged at each call
// by what the caller passes (request input here; a link the program
// built is silent, see avatar in negative.go).
func profileLink(u string) template.HTML {
	return template.HTML(`<a class="profile" href="` + html.EscapeString(u) + `">profile</a>`)
}

func helperCaller(r *http.Request) template.HTML {
	return profileLink(r.FormValue("profile")) // want `\(request input\) escaped for HTML but placed in an href URL attribute, where javascript: URLs still run, converted to template.HTML, which html/template renders unescaped via urlctx.profileLink`
}

// Query escaping inside a javascript: URL: the browser decodes %27 back to
// a quote before it runs the script.
func javascriptQuery(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<a href="javascript:load('%s')">load</a>`, url.QueryEscape(r.FormValue("id"))) // want `\(request input\) escaped for HTML but placed in a javascript: URL in the href attribute`
}

// A misplaced escape beside text not escaped at all: the unescaped text
// is what the message names.
func mixedRaw(r *http.Request) template.HTML {
	return template.HTML(`<a href="` + html.EscapeString(r.FormValue("u")) + `">` + r.FormValue("name") + `</a>`) // want `\(request input\) converted to template.HTML, which html/template renders unescaped: pass the plain string`
}

// Two helpers deep: the outer one passes its parameter on to one that
// escapes it for HTML into an href.
func linkInner(w http.ResponseWriter, u string) {
	fmt.Fprintf(w, `<a href="%s">profile</a>`, html.EscapeString(u))
}

func linkOuter(w http.ResponseWriter, u string) { linkInner(w, u) }

func twoLevels(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	linkOuter(w, r.FormValue("u")) // want `\(request input\) escaped for HTML but placed in an href URL attribute`
	linkOuter(w, "/home")
}

type avatarSource interface{ FromEmail(string) (string, error) }

type member struct {
	Email string
	src   avatarSource
}

func (m *member) avatarLink() string { s, _ := m.src.FromEmail(m.Email); return s }

// The program's own link, built from its parameter: what the parameter
// carries besides is no user's text, so only the callers' arguments count.
func avatarOf(w http.ResponseWriter, m *member) { linkInner(w, m.avatarLink()) }

func showAvatar(w http.ResponseWriter, m *member) {
	w.Header().Set("Content-Type", "text/html")
	avatarOf(w, m)
}
