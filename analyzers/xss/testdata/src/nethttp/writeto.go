package nethttp

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"net/http"
	"os"
	"strings"
)

// A buffer or reader writes its content into the writer WriteTo is given,
// as io.Copy does.

func bufferWriteTo(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("<html><body><h1>")
	buf.WriteString(r.FormValue("title"))
	buf.WriteString("</h1></body></html>")
	buf.WriteTo(w) // want `r.FormValue\("title"\) \(request input\) written unescaped into an HTML response by \(\*bytes.Buffer\).WriteTo`
}

func readerWriteTo(w http.ResponseWriter, r *http.Request) {
	strings.NewReader("<p>" + r.FormValue("a") + "</p>").WriteTo(w) // want `written unescaped into an HTML response by \(\*strings.Reader\).WriteTo`
	bytes.NewReader([]byte(r.FormValue("b"))).WriteTo(w)            // want `written unescaped into an HTML response by \(\*bytes.Reader\).WriteTo`
	bufio.NewReader(strings.NewReader(r.FormValue("c"))).WriteTo(w) // want `written unescaped into an HTML response by \(\*bufio.Reader\).WriteTo`
}

// Safe look-alikes: escaped or constant content, or a writer that is not
// the response.
func writeToSafe(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	buf.WriteString("<h1>")
	buf.WriteString(html.EscapeString(r.FormValue("title")))
	buf.WriteString("</h1>")
	buf.WriteTo(w)
	strings.NewReader("<p>static</p>").WriteTo(w)
	var raw bytes.Buffer
	raw.WriteString(r.FormValue("title"))
	raw.WriteTo(os.Stdout)
	var copyTo bytes.Buffer
	strings.NewReader(r.FormValue("title")).WriteTo(&copyTo)
}

// The buffer written by WriteTo into another buffer carries its content
// there: written to the response afterwards, it is reported.
func writeToChain(w http.ResponseWriter, r *http.Request) {
	var out bytes.Buffer
	strings.NewReader(r.FormValue("t")).WriteTo(&out)
	w.Write(out.Bytes()) // want `written unescaped into an HTML response`
}

// A buffered writer made around the response writes into it on Flush.
func bufferedResponse(w http.ResponseWriter, r *http.Request) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	bw.WriteString("<div>" + r.FormValue("note") + "</div>") // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by \(\*bufio.Writer\).WriteString`
	fmt.Fprintf(bw, "<p>%s</p>", r.FormValue("ward"))        // want `r.FormValue\("ward"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// Safe look-alikes: escaped text into the buffered response, and input
// into a buffered writer around standard output.
func bufferedSafe(w http.ResponseWriter, r *http.Request) {
	bw := bufio.NewWriterSize(w, 4096)
	bw.WriteString("<div>" + html.EscapeString(r.FormValue("note")) + "</div>")
	bw.Flush()
	out := bufio.NewWriter(os.Stdout)
	out.WriteString(r.FormValue("note"))
	out.Flush()
}
