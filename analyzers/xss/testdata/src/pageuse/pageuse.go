// Package pageuse keeps a pagewriter.Writer in a field.
package pageuse

import (
	"net/http"

	"pagewriter"
)

type proxy struct{ pw pagewriter.Writer }

func newProxy() *proxy {
	pw, err := pagewriter.New(false)
	if err != nil {
		panic(err)
	}
	return &proxy{pw: pw}
}

// The field holds only what New returns: the escaping writer.
func (p *proxy) denied(w http.ResponseWriter, r *http.Request) {
	p.pw.WriteErrorPage(w, r.FormValue("reason")) // safe
}

// A field any writer may be stored into: every implementation counts.
type open struct{ pw pagewriter.Writer }

func newOpen(pw pagewriter.Writer) *open { return &open{pw: pw} }

func (o *open) denied(w http.ResponseWriter, r *http.Request) {
	o.pw.WriteErrorPage(w, r.FormValue("reason")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via \(\*pagewriter.RawWriter\).WriteErrorPage`
}
