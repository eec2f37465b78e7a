package nethttp

import (
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	ttemplate "text/template"

	"github.com/golang-jwt/jwt/v5"
	"github.com/microcosm-cc/bluemonday"
)

var page = template.Must(template.New("page").Parse(`<p>{{.}}</p>`))

// Constant conversions.
func constConv(w http.ResponseWriter, r *http.Request) {
	_ = template.HTML("<b>bold</b>")
	const banner = "<hr>"
	_ = template.HTML(banner + "<br>")
	_ = toHTML("<i>constant through the wrapper</i>")
}

// Sanitised conversions.
func sanitised(w http.ResponseWriter, r *http.Request, p *bluemonday.Policy) {
	name := r.FormValue("name")
	_ = template.HTML("<p>" + html.EscapeString(name) + "</p>")
	_ = template.HTML(template.HTMLEscapeString(name))
	_ = template.HTML(p.Sanitize(name))
	_ = template.JS("var q = '" + template.JSEscapeString(name) + "'")
	_ = template.URL("/search?q=" + url.QueryEscape(name))
	_ = template.URL("/u/" + url.PathEscape(name))
	_ = toHTML(html.EscapeString(name))
}

// Numbers and allow-lists of constants.
func numeric(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	_ = template.HTML("<td>" + strconv.Itoa(n) + "</td>")
	_ = template.HTML(fmt.Sprintf("<td>%d</td>", n))
	colours := map[string]string{"red": "#f00", "green": "#0f0"}
	_ = template.CSS("color: " + colours[r.FormValue("c")])
	var align string
	switch r.FormValue("align") {
	case "left":
		align = "left"
	default:
		align = "right"
	}
	_ = template.HTMLAttr(`align="` + align + `"`)
}

// A trusted value already checked where it was converted.
func composed(w http.ResponseWriter, r *http.Request) {
	h := template.HTML("<b>safe</b>")
	_ = template.HTML(string(h) + "<br>")
}

// html/template with plain string data: contextual escaping.
func htmlTemplate(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, r.FormValue("name"))
}

// JSON responses.
func jsonResponse(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"name":%q}`, r.FormValue("name"))
}

func jsonEncoded(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(map[string]string{"name": r.FormValue("name")})
	w.Write(b)
	json.NewEncoder(w).Encode(r.FormValue("name"))
}

// text/plain responses.
func plainText(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, r.FormValue("msg"))
}

// http.Error is text/plain with nosniff.
func errorPage(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no such patient: "+r.FormValue("id"), http.StatusNotFound)
}

// Escaped writes.
func escapedWrite(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", html.EscapeString(r.FormValue("msg")))
	w.Write([]byte(template.HTMLEscapeString(r.FormValue("m2"))))
}

// Writes that are not responses.
func notResponse(r *http.Request, out io.Writer) {
	fmt.Fprintf(out, "%s\n", r.FormValue("x"))
}

// A stored value passed to html/template as a string is escaped there.
func storedEscaped(w http.ResponseWriter, db *sql.DB) {
	var bio string
	db.QueryRow("SELECT bio FROM patients").Scan(&bio)
	page.Execute(w, bio)
}

// text/template with constant data, and into a file.
func textConst(w http.ResponseWriter, r *http.Request, out io.Writer) {
	plain.Execute(w, "static")
	plain.Execute(out, r.FormValue("x"))
}

// Templates parsed from constants; a parsed template of unknown origin
// (a file) is not reported.
func parseConst(text string) {
	template.New("c").Parse(`{{.}}`)
	ttemplate.New("f").Parse(text)
}

// plainHelper declares its type before writing: its callers write text,
// not HTML.
func plainHelper(w http.ResponseWriter, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(s))
}

func usesPlainHelper(w http.ResponseWriter, r *http.Request) {
	plainHelper(w, "no such page: "+r.URL.Path)
}

// A media type built around a constant non-HTML type.
func gitAdvertisement(w http.ResponseWriter, r *http.Request, service string) {
	w.Header().Set("Content-Type", fmt.Sprintf("application/x-git-%s-advertisement", service))
	w.Write([]byte(r.FormValue("refs")))
}

// XML-encoded data is escaped.
func xmlResponse(w http.ResponseWriter, r *http.Request) {
	b, _ := xml.Marshal(struct{ Q string }{r.FormValue("q")})
	w.Write(b)
}

// A URL whose scheme the program fixes: html/template still normalises and
// escapes a template.URL, it only skips the check of its scheme.
func fixedScheme(w http.ResponseWriter, r *http.Request, secure bool) {
	_ = template.URL("https://" + r.Host + "/login")
	scheme := "http://"
	if secure {
		scheme = "https://"
	}
	base := scheme + r.Host
	_ = template.URL(base + "/u/" + r.FormValue("user"))
	_ = template.URL("/search?q=" + r.FormValue("q"))
	_ = template.URL("mailto:" + r.FormValue("to"))
}

// Encoded text without markup characters: base64, hex, a signed JWT.
func encoded(w http.ResponseWriter, r *http.Request, m jwt.SigningMethod) {
	q := r.FormValue("q")
	_ = template.HTML("<a href=\"/v?t=" + base64.URLEncoding.EncodeToString([]byte(q)) + "\">verify</a>")
	_ = template.HTML("<code>" + hex.EncodeToString([]byte(q)) + "</code>")
	tok, _ := jwt.NewWithClaims(m, jwt.MapClaims{"sub": q}).SignedString([]byte("k"))
	_ = template.HTML("<a href=\"/reset?token=" + tok + "\">reset</a>")
}
