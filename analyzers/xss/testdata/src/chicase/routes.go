package chicase

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
)

// chi's {name:regexp} constrains the parameter as gorilla/mux's does.

func byID(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>No prescription %s</p>", chi.URLParam(r, "id"))
}

func bySearch(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>No match for %s</p>", chi.URLParam(r, "q")) // want `chi.URLParam\(r, "q"\) \(request input\) written unescaped`
}

func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/rx/{id:^[0-9]{1,9}$}", byID)
	r.Get("/search/{q:[^/]+}", bySearch)
	return r
}
