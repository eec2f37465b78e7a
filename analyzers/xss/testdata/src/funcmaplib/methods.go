package funcmaplib

import "html/template"

// Msg is template data of another package: its method's summary travels
// in a fact, which package funcmap applies where its template calls
// {{.Msg.HTML}}.
type Msg struct{ Text string }

// HTML converts without escaping.
func (m Msg) HTML() template.HTML { // want HTML:`taint\(r0=f0/built/esc=html\|scheme; fields 0.Text; sink html-trusted template.HTML<-f0/built ctx=html\)`
	return template.HTML("<p>" + m.Text + "</p>")
}
