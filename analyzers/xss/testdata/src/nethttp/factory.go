package nethttp

import (
	"fmt"
	"html"
	"net/http"
)

// banner makes a handler that writes the text it was made with: whoever
// passes input to banner writes it into every response the handler serves.
func banner(msg string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "<div class=banner>%s</div>", msg)
	}
}

func setBanner(mux *http.ServeMux, r *http.Request) {
	mux.Handle("/banner", banner(r.FormValue("msg"))) // want `r.FormValue\("msg"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via nethttp.banner → nethttp.banner.func1`

	// Safe look-alikes: escaped text, a constant.
	mux.Handle("/escaped", banner(html.EscapeString(r.FormValue("msg"))))
	mux.Handle("/fixed", banner("Ward closed for cleaning"))
}
