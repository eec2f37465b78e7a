package nethttp

import (
	"fmt"
	"net/http"
)

// Handler adapters of a function type whose ServeHTTP calls the receiver:
// the receiver is one of the functions the package converts to the type.

type pageHandler func(w http.ResponseWriter, r *http.Request) error

func (h pageHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", err) // want `r.URL.Query\(\).Get\("visit"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
	}
}

func visitPage(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("visit %s was not found", r.URL.Query().Get("visit"))
}

func wardPage(w http.ResponseWriter, r *http.Request) error {
	return nil
}

// The blog's appHandler reports with http.Error: text/plain.

type appHandler func(w http.ResponseWriter, r *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func visitApp(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("visit %s was not found", r.URL.Query().Get("visit"))
}

func adapterRoutes(mux *http.ServeMux) {
	mux.Handle("/visit", pageHandler(visitPage))
	mux.Handle("/ward", pageHandler(wardPage))
	mux.Handle("/app/visit", appHandler(visitApp))
}

// An exported function type of an importable package: other packages may
// convert their functions to it, so its receiver stays a callback.

type PageFunc func(w http.ResponseWriter, r *http.Request) error

func (h PageFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		fmt.Fprintf(w, "<p>%s</p>", err)
	}
}

func wardVisit(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("ward %s was not found", r.URL.Query().Get("ward"))
}

var wardRoute = PageFunc(wardVisit)
