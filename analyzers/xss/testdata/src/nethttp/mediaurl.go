package nethttp

import (
	"fmt"
	"html"
	"net/http"
)

// An image's source never runs a javascript: URL: text escaped for HTML
// is safe in it when quoted. A frame's source does run one.

func avatarImg(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<img src="%s" alt="avatar">`, html.EscapeString(r.FormValue("avatar"))) // safe
	fmt.Fprintf(w, `<video poster="%s"></video>`, html.EscapeString(r.FormValue("poster"))) // safe
}

func avatarFrame(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<iframe src="%s"></iframe>`, html.EscapeString(r.FormValue("page"))) // want `escaped for HTML but placed in a src URL attribute`
}

func avatarUnquoted(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<img src=%s>`, html.EscapeString(r.FormValue("avatar"))) // want `escaped for HTML but placed in an unquoted src attribute value`
}

// A srcdoc's decoded value is parsed as a document: text escaped once
// for HTML is markup again there.
func previewSrcdoc(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<iframe srcdoc="%s"></iframe>`, html.EscapeString(r.FormValue("preview"))) // want `escaped for HTML but placed in the srcdoc attribute, whose decoded value the browser parses as a document`
	fmt.Fprintf(w, `<iframe title="%s"></iframe>`, html.EscapeString(r.FormValue("title"))) // safe
}
