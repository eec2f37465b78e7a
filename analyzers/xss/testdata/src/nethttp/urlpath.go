package nethttp

import (
	"fmt"
	"io"
	"net/http"
)

// The request's URL is input down to its fields: r.URL.Path is decoded
// (%3Cscript%3E arrives as <script>).
func NotFoundPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, "<h1>Not found: "+r.URL.Path+"</h1>") // want `r.URL.Path \(request input\) written unescaped`
}

func EchoQuery(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.RawQuery) // want `r.URL.RawQuery \(request input\) written unescaped`
}

func EchoCopiedURL(w http.ResponseWriter, r *http.Request) {
	u := *r.URL
	fmt.Fprintf(w, "<p>%s</p>", u.Path) // want `request input\) written unescaped`
}

// Safe twins: a text/plain answer, and a first write that content
// sniffing serves as text/plain.
func NotFoundPlain(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not found: "+r.URL.Path, http.StatusNotFound)
}

func NotFoundSniffed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotFound)
	fmt.Fprintf(w, "page %s not found", r.URL.Path)
}
