// Package nethttp holds net/http handlers: findings in positive.go, safe
// look-alikes in negative.go.
package nethttp

import (
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strings"
	ttemplate "text/template"
)

// Rule 1: trusted-type conversions.

func convHTML(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	page := template.HTML("<p>" + name + "</p>") // want `r.FormValue\("name"\) \(request input\) converted to template.HTML, which html/template renders unescaped`
	_ = page
}

func convKinds(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	_ = template.HTMLAttr(q) // want `converted to template.HTMLAttr`
	_ = template.JS(q)       // want `converted to template.JS`
	_ = template.JSStr(q)    // want `converted to template.JSStr`
	_ = template.CSS(q)      // want `converted to template.CSS`
	_ = template.URL(q)      // want `converted to template.URL`
	_ = template.Srcset(q)   // want `converted to template.Srcset`
}

// toHTML is a wrapper: reported at its callers, not here.
func toHTML(s string) template.HTML { return template.HTML(s) }

func viaWrapper(w http.ResponseWriter, r *http.Request) {
	_ = toHTML(r.FormValue("bio")) // want `converted to template.HTML, which html/template renders unescaped via nethttp.toHTML`
}

// The wrong escaper for the context: HTML escaping leaves javascript: URLs.
func wrongContext(w http.ResponseWriter, r *http.Request) {
	_ = template.URL(template.HTMLEscapeString(r.FormValue("next"))) // want `converted to template.URL`
	_ = template.JS(template.HTMLEscapeString(r.FormValue("cb")))    // want `converted to template.JS`
}

// Stored XSS: a value read from the database, medium.
func stored(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var bio string
	if err := db.QueryRow("SELECT bio FROM patients WHERE id = 1").Scan(&bio); err != nil {
		return
	}
	_ = template.HTML(bio) // want `Scan\(&bio\) \(stored data\) converted to template.HTML`
}

func storedRaw(w http.ResponseWriter, rows *sql.Rows) {
	for rows.Next() {
		var note string
		if err := rows.Scan(&note); err != nil {
			return
		}
		fmt.Fprintf(w, "<li>%s</li>", note) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
	}
}

// Rule 3: raw writes.

func rawWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<p>" + r.FormValue("msg") + "</p>")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

func rawFprintf(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

func rawIO(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, r.Header.Get("Referer")) // want `written unescaped into an HTML response by io.WriteString`
	io.Copy(w, r.Body)                         // want `written unescaped into an HTML response by io.Copy`
}

func htmlType(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, r.FormValue("x")) // want `written unescaped into an HTML response by fmt.Fprint`
}

// render writes its parameter: reported at the caller.
func render(w http.ResponseWriter, body string) {
	w.Write([]byte(body))
}

func viaRender(w http.ResponseWriter, r *http.Request) {
	render(w, "<b>"+r.FormValue("b")+"</b>") // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.render`
}

// Rule 2: text/template into a response.

var plain = ttemplate.Must(ttemplate.New("p").Parse(`<p>{{.}}</p>`))

func textTemplate(w http.ResponseWriter, r *http.Request) {
	plain.Execute(w, r.FormValue("name")) // want `rendered by \(\*template.Template\).Execute into an HTTP response; text/template does not escape HTML`
}

func textTemplateBuffered(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	plain.Execute(&b, r.FormValue("name"))
	io.WriteString(w, b.String()) // want `written unescaped into an HTML response by io.WriteString`
}

// Rule 4: template injection.

func injection(w http.ResponseWriter, r *http.Request) {
	t, err := template.New("x").Parse(r.FormValue("tpl")) // want `r.FormValue\("tpl"\) \(request input\) parsed as template text`
	if err == nil {
		t.Execute(w, nil)
	}
	ttemplate.New("y").Parse("Hi " + r.FormValue("n")) // want `parsed as template text`
}

// A subtype chosen by the request may be html.
func chosenType(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/"+r.FormValue("sub"))
	w.Write([]byte(r.FormValue("body"))) // want `written unescaped into an HTML response`
}

// The scheme is left open: a constant that does not end it, or a choice
// that includes the empty string.
func openScheme(w http.ResponseWriter, r *http.Request, rel bool) {
	_ = template.URL("java" + r.FormValue("u")) // want `converted to template.URL`
	prefix := "https://example.com/"
	if rel {
		prefix = ""
	}
	_ = template.URL(prefix + r.FormValue("u"))               // want `converted to template.URL`
	_ = template.URL(r.FormValue("u") + "https://x.example/") // want `converted to template.URL`
	_ = template.HTML("https://" + r.Host)                    // want `converted to template.HTML`
	// A fixed scheme no longer starts the text once something comes
	// before it: "javascript:https://..." runs script.
	fixed := "https://" + r.FormValue("h")
	_ = template.URL("javascript:" + fixed) // want `converted to template.URL`
}
