package nethttp

import (
	"encoding/base64"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/mail"
	"net/url"
)

// A decoder undoes the escape before it: the text is the input again.
func unescapedAgain(w http.ResponseWriter, r *http.Request) {
	note := html.EscapeString(r.FormValue("note"))
	_ = template.HTML(html.UnescapeString(note)) // want `r.FormValue\("note"\) \(request input\) converted to template.HTML`
	enc := base64.StdEncoding.EncodeToString([]byte(r.FormValue("bio")))
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return
	}
	w.Write(raw) // want `written unescaped into an HTML response`
	q, _ := url.QueryUnescape(url.QueryEscape(r.FormValue("q")))
	_ = template.URL(q) // want `converted to template.URL`
}

// Escaped after decoding: safe.
func escapedAfterDecode(w http.ResponseWriter, r *http.Request) {
	_ = template.HTML(html.EscapeString(html.UnescapeString(r.FormValue("note"))))
	q, _ := url.QueryUnescape(r.FormValue("q"))
	_ = template.URL("/search?q=" + url.QueryEscape(q))
}

// A parsed e-mail address keeps its text: a quoted local part may be
// markup ("<script>alert(1)</script>"@example.com is an address).
func inviteSent(w http.ResponseWriter, r *http.Request) {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		http.Error(w, "invalid e-mail address", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Invitation sent to <strong>%s</strong>.</p>", addr.Address) // want `written unescaped into an HTML response by fmt.Fprintf`
}

func inviteSentEscaped(w http.ResponseWriter, r *http.Request) {
	addr, err := mail.ParseAddress(r.FormValue("email"))
	if err != nil {
		http.Error(w, "invalid e-mail address", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Invitation sent to <strong>%s</strong>.</p>", html.EscapeString(addr.Address)) // safe
}
