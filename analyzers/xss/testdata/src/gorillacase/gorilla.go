// Package gorillacase: gorilla/mux handlers.
package gorillacase

import (
	"html/template"
	"net/http"

	"github.com/gorilla/mux"
)

var page = template.Must(template.New("p").Parse(`<p>{{.}}</p>`))

func positive(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	w.Write([]byte("<p>" + id + "</p>")) // want `mux.Vars\(r\).* \(request input\) written unescaped`
}

func positiveJS(w http.ResponseWriter, r *http.Request) {
	_ = template.JS("var id = '" + mux.Vars(r)["id"] + "';") // want `converted to template.JS`
}

func negative(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	page.Execute(w, id) // html/template escapes
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte(id))
}
