// Package templcase: templ escapes what a component renders unless told
// not to: templ.Raw, templ.SafeURL, templ.SafeCSS and
// templ.JSUnsafeFuncCall take their text as it is.
package templcase

import (
	"net/http"
	"strconv"

	"github.com/a-h/templ"
)

func Note(w http.ResponseWriter, r *http.Request) {
	note := r.FormValue("note")
	_ = templ.Raw(note).Render(r.Context(), w) // want `r.FormValue\("note"\) \(request input\) passed to templ.Raw, which templ renders unescaped`
	_ = templ.Raw(templ.EscapeString(note)).Render(r.Context(), w)
	_ = templ.Raw("<hr>").Render(r.Context(), w)
	_ = templ.Raw("<p>"+strconv.Itoa(len(note))+"</p>").Render(r.Context(), w)
}

func Links(r *http.Request) []templ.SafeURL {
	next := r.URL.Query().Get("next")
	return []templ.SafeURL{
		templ.SafeURL(next), // want `r.URL.Query\(\).Get\("next"\) \(request input\) converted to templ.SafeURL, which templ renders unescaped`
		templ.URL(next),
		templ.SafeURL("/patients/" + strconv.Itoa(len(next))),
	}
}

func Styles(r *http.Request) (templ.SafeCSS, templ.ComponentScript) {
	colour := r.FormValue("colour")
	return templ.SafeCSS("color: " + colour), // want `converted to templ.SafeCSS, which templ renders unescaped`
		templ.JSUnsafeFuncCall("greet('" + colour + "')") // want `passed to templ.JSUnsafeFuncCall, which templ renders unescaped`
}
