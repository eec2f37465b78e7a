package nethttp

import (
	"fmt"
	"io"
	"net/http"
)

// A header set after the response's headers were sent is not served:
// the body is sniffed, as if nothing were set.
func typeAfterWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

func typeAfterFirstWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<p>Results</p>"))
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// Set before WriteHeader: served.
func typeBeforeWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q"))
}

func typeAfterFprint(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "<h1>Results</h1>")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// A helper that types its response text/plain, then writes: safe where it
// sends the headers, not after its caller wrote a page.
func writeTextResp(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	w.Write([]byte(msg))
}

func textHelperFirst(w http.ResponseWriter, r *http.Request) {
	writeTextResp(w, http.StatusOK, "<p>"+r.FormValue("q")) // safe: served as text/plain
}

func textHelperAfterPage(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<!doctype html><pre>")
	writeTextResp(w, http.StatusOK, "last sync by "+r.FormValue("by")) // want `r.FormValue\("by"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.writeTextResp: the Content-Type nethttp.writeTextResp sets is not served, because this function.s earlier write already sent the headers; escape it, or call nethttp.writeTextResp before anything else is written`
}
