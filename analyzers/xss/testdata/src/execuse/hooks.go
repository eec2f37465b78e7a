package execuse

import (
	"net/http"

	"execlib"
)

// A hook another package installs, whose errors begin plain.
func bedHook(w http.ResponseWriter, r *http.Request) {
	if _, err := execlib.ParseBed(r.FormValue("bed")); err != nil {
		w.Write([]byte(err.Error())) // safe
	}
}

// Data a helper builds from its parameter: the parameter is what an
// error after output may quote.
func panelNote(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Panel(w, "ward", r.FormValue("note")); err != nil {
		w.Write([]byte(err.Error())) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response`
	}
}

func panelName(w http.ResponseWriter, r *http.Request) {
	if err := execlib.Panel(w, r.FormValue("page"), "ok"); err != nil {
		w.Write([]byte(err.Error())) // safe: the name is quoted only before output
	}
}
