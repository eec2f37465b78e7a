package chicase

import (
	"html"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// go-chi/render's HTML serves text/html whatever type was set before; its
// other responders serve safe types.

func renderHTML(w http.ResponseWriter, r *http.Request) {
	render.HTML(w, r, "<h1>"+chi.URLParam(r, "ward")+"</h1>") // want `^chi.URLParam\(r, "ward"\) \(request input\) written unescaped into an HTML response by render.HTML: `
}

func renderHTMLOverJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	render.HTML(w, r, r.URL.Query().Get("q")) // want `by render.HTML`
}

func renderSafe(w http.ResponseWriter, r *http.Request) {
	ward := chi.URLParam(r, "ward")
	render.HTML(w, r, "<h1>"+html.EscapeString(ward)+"</h1>")
	render.PlainText(w, r, "<h1>"+ward+"</h1>")
	render.Data(w, r, []byte(ward))
	render.JSON(w, r, map[string]string{"ward": ward})
	render.HTML(w, r, "<h1>Wards</h1>")
}
