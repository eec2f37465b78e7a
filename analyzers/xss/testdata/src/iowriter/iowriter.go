package iowriter // want package:"analysed"

// Helpers that write into an io.Writer they are given: whether that is
// an HTML response is decided at their callers (package iowriteruse),
// through the condition in their facts.

import (
	"database/sql"
	"fmt"
	"html/template"
	"io"
	ttemplate "text/template"
)

var letterTmpl = ttemplate.Must(ttemplate.New("letter").Parse(`<p>Dear {{.Name}},</p><p>{{.Notes}}</p>`))

var safeTmpl = template.Must(template.New("letter").Parse(`<p>Dear {{.Name}},</p><p>{{.Notes}}</p>`))

// Patient is a view model.
type Patient struct{ Name, Notes string }

// Letter executes a text/template into w.
func Letter(w io.Writer, p *Patient) error { // want Letter:`sink template-exec \(\*template.Template\).Execute<-p1 ctx=html if p0 is response; write p0=p1/built`
	return letterTmpl.Execute(w, p)
}

// SafeLetter uses html/template: no sink.
func SafeLetter(w io.Writer, p *Patient) error { return safeTmpl.Execute(w, p) } // want SafeLetter:`taint\(r0=p1\+blind\(p1\); named-exec w=0 name=-1 quotes=\[1\]\)`

// Banner formats its parameter into w: an HTML write where w is a
// response, a log line where it is os.Stderr (one mechanism for both).
func Banner(w io.Writer, name string) { // want Banner:`taint\(sink html-write fmt.Fprintf<-p1 ctx=html if p0 is response; sink log fmt.Fprintf<-p1 if p0 is stdio; write p0=p1/built\)`
	fmt.Fprintf(w, "<div>Welcome back, %s</div>", name)
}

// Raw writes its parameter with io.WriteString and w.Write.
func Raw(w io.Writer, s string) { // want Raw:`sink html-write \(io.Writer\).Write<-p1 ctx=html if p0 is response; sink html-write io.WriteString<-p1/built ctx=html if p0 is response`
	io.WriteString(w, "<b>"+s+"</b>")
	w.Write([]byte(s))
}

// Stored writes a value it reads from the database: the origin travels
// in the fact, and the finding is at the callers that pass a response.
func Stored(w io.Writer, db *sql.DB) { // want Stored:`sink html-write fmt.Fprint<- ctx=html if p0 is response src=unknown`
	var bio string
	_ = db.QueryRow("SELECT bio FROM users").Scan(&bio)
	fmt.Fprint(w, bio)
}

// Forward passes its writer on: the condition moves to its parameter 1.
func Forward(name string, w io.Writer) { // want Forward:`sink html-write fmt.Fprintf<-p0 ctx=html if p1 is response via iowriter.Banner`
	Banner(w, name)
}

// Escaped escapes before writing: no sink.
func Escaped(w io.Writer, s string) { io.WriteString(w, template.HTMLEscapeString(s)) } // want Escaped:`taint\(write p0=p1/built/esc=html\)`
