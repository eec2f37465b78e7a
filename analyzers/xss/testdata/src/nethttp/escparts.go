package nethttp

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
)

// Escaped input beside a parameter: the input is safe here; the parameter
// is its callers' to judge.
func resultsPage(w http.ResponseWriter, r *http.Request, title string) {
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p>", title, html.EscapeString(r.FormValue("q")))
}

func resultsBanner(r *http.Request, title string) template.HTML {
	return template.HTML("<h1>" + title + "</h1><p>" + html.EscapeString(r.FormValue("q")) + "</p>")
}

func results(w http.ResponseWriter, r *http.Request) {
	resultsPage(w, r, "Results")
	_ = resultsBanner(r, "Results")
	resultsPage(w, r, r.FormValue("title"))      // want `r.FormValue\("title"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via nethttp.resultsPage`
	_ = resultsBanner(r, r.FormValue("heading")) // want `r.FormValue\("heading"\) \(request input\) converted to template.HTML`
}

// Input both escaped and raw: the raw one is reported.
func escapedAndRaw(w http.ResponseWriter, r *http.Request, title string) {
	fmt.Fprintf(w, "<h1>%s</h1><p>%s</p><p>%s</p>", title, html.EscapeString(r.FormValue("q")), r.FormValue("raw")) // want `r.FormValue\("raw"\) \(request input\) written unescaped`
}
