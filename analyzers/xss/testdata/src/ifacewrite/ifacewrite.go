// Package ifacewrite: a response written through the program's own writer
// interfaces, which the response writer implements.
package ifacewrite

import (
	"bytes"
	"html"
	"net/http"
	"strings"
)

// htmlSink is implemented by every writer: only a value seen to be the
// response writer makes its Write a write into the response.
type htmlSink interface {
	Write([]byte) (int, error)
}

type stringSink interface {
	WriteString(string) (int, error)
}

func echoBack(w http.ResponseWriter, r *http.Request) {
	var out htmlSink = w
	out.Write([]byte("<blockquote>" + r.URL.Query().Get("quote") + "</blockquote>")) // want `r.URL.Query\(\).Get\("quote"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

// The response converted between interfaces twice.
func echoTwice(w http.ResponseWriter, r *http.Request) {
	var out htmlSink = w
	var again interface{ Write([]byte) (int, error) } = out
	again.Write([]byte("<p>" + r.FormValue("q") + "</p>")) // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

// A buffer, not the response.
func buffered(w http.ResponseWriter, r *http.Request) []byte {
	var buf bytes.Buffer
	var out htmlSink = &buf
	out.Write([]byte("<p>" + r.FormValue("q") + "</p>"))
	return buf.Bytes()
}

func built(r *http.Request) string {
	var b strings.Builder
	var out stringSink = &b
	out.WriteString("<p>" + r.FormValue("q") + "</p>")
	return b.String()
}

// Plain text declared before the write.
func plain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	var out htmlSink = w
	out.Write([]byte("<p>" + r.FormValue("q") + "</p>"))
}

// Escaped first.
func escaped(w http.ResponseWriter, r *http.Request) {
	var out htmlSink = w
	out.Write([]byte("<p>" + html.EscapeString(r.FormValue("q")) + "</p>"))
}

// The first write of a handler that sets no type, text that sniffing
// serves as text/plain.
func sniffed(w http.ResponseWriter, r *http.Request) {
	var out htmlSink = w
	out.Write([]byte("no such patient: " + r.FormValue("id")))
}

// A helper whose writer parameter is of the program's own interface: a
// write into the response where a caller passes the response writer.
func writeNote(out htmlSink, note string) {
	out.Write([]byte("<p>" + note + "</p>"))
}

func noteToResponse(w http.ResponseWriter, r *http.Request) {
	writeNote(w, r.FormValue("note")) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by \(io.Writer\).Write via ifacewrite.writeNote`
}

// The same helper writing into a buffer.
func noteToBuffer(r *http.Request) []byte {
	var buf bytes.Buffer
	writeNote(&buf, r.FormValue("note"))
	return buf.Bytes()
}

// An escaped note into the response.
func escapedNote(w http.ResponseWriter, r *http.Request) {
	writeNote(w, html.EscapeString(r.FormValue("note")))
}
