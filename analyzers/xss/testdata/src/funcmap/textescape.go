package funcmap

import (
	"net/http"
	"strings"
	ttemplate "text/template"

	"funcmaplib"
)

// A text/template that escapes its actions with the builtin html counts
// as escaping only when no FuncMap can have redefined html: one of this
// package's is read; another package's names are not known.

var (
	ttLocal = ttemplate.Must(ttemplate.New("ttlocal").Funcs(ttemplate.FuncMap{"upper": strings.ToUpper}).Parse(`<p>{{.Title | html}}</p>`))
	ttCross = ttemplate.Must(ttemplate.New("ttcross").Funcs(ttemplate.FuncMap(funcmaplib.Funcs)).Parse(`<p>{{.Title | html}}</p>`))
)

func textLocalFuncs(w http.ResponseWriter, r *http.Request) {
	ttLocal.Execute(w, View{Title: r.FormValue("t")})
}

func textCrossFuncs(w http.ResponseWriter, r *http.Request) {
	ttCross.Execute(w, View{Title: r.FormValue("t")}) // want `text/template does not escape HTML`
}
