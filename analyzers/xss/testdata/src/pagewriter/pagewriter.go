package pagewriter // want package:"analysed"

// pagewriter renders error pages behind an interface, the way
// oauth2-proxy's does: the constructor returns the escaping writer; a raw
// one is exported for tests.

import (
	"html/template"
	"net/http"
)

type Writer interface {
	WriteErrorPage(rw http.ResponseWriter, msg string)
}

var page = template.Must(template.New("e").Parse(`<p>{{.}}</p>`))

type htmlWriter struct{}

func (htmlWriter) WriteErrorPage(rw http.ResponseWriter, msg string) { _ = page.Execute(rw, msg) }

// New returns the writer the program uses.
func New(debug bool) (Writer, error) { // want New:`returns\(pagewriter.htmlWriter\)` New:`taint\(plain-errors\)`
	if debug {
		return nil, nil
	}
	return htmlWriter{}, nil
}

// RawWriter writes the message as it is (for tests).
type RawWriter struct{}

func (*RawWriter) WriteErrorPage(rw http.ResponseWriter, msg string) { // want WriteErrorPage:`taint\(sink html-write`
	rw.Write([]byte("<p>" + msg + "</p>"))
}
