package ifaceslot

import (
	"html/template"
	"io"
	"net/http"
	texttemplate "text/template"
)

// A sink reached through a package variable of the program's own
// interface type: the text/template it holds writes the request input
// into the response unescaped.
type executor interface {
	Execute(io.Writer, any) error
}

var greeting executor = texttemplate.Must(texttemplate.New("g").Parse(`<p>Hello {{.}}</p>`))

func greet(w http.ResponseWriter, r *http.Request) {
	_ = greeting.Execute(w, r.FormValue("name")) // want `r.FormValue\("name"\) \(request input\)`
}

// Safe twin: the variable holds an html/template, which escapes.
var farewell executor = template.Must(template.New("f").Parse(`<p>Bye {{.}}</p>`))

func bye(w http.ResponseWriter, r *http.Request) {
	_ = farewell.Execute(w, r.FormValue("name"))
}
