package nethttp

import (
	"encoding/base64"
	"html"
	"html/template"
	"net/http"
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
