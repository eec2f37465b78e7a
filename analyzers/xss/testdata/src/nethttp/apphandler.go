package nethttp

import (
	"errors"
	"fmt"
	"net/http"
)

// Handler adapters of a function type whose ServeHTTP calls the receiver:
// the receiver is one of the functions the package converts to the type.

type pageHandler func(w http.ResponseWriter, r *http.Request) error

func (h pageHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		fmt.Fprintf(w, "<html><body><p>%s</p></body></html>", err)
	}
}

// The error is reported where the handler returns it.
func visitPage(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("visit %s was not found", r.URL.Query().Get("visit")) // want `r.URL.Query\(\).Get\("visit"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via \(nethttp.pageHandler\).ServeHTTP, the handler adapter this error is handed to: escape the error.s text where \(nethttp.pageHandler\).ServeHTTP writes it`
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

// The adapter hands the error to a helper that writes it.
type chartHandler func(w http.ResponseWriter, r *http.Request) error

func (h chartHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		writeChartError(w, err)
	}
}

func writeChartError(w http.ResponseWriter, err error) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Chart unavailable</h1><p>%v</p>", err)
}

func chartPage(w http.ResponseWriter, r *http.Request) error {
	mrn := r.URL.Query().Get("mrn")
	if len(mrn) != 8 {
		return fmt.Errorf("no patient with MRN %s", mrn) // want `r.URL.Query\(\).Get\("mrn"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via \(nethttp.chartHandler\).ServeHTTP, the handler adapter this error is handed to, then nethttp.writeChartError: escape the error.s text where nethttp.writeChartError writes it`
	}
	if mrn == "00000000" {
		return fmt.Errorf("patient %d is archived", len(mrn))
	}
	return nil
}

func chartRoutes(mux *http.ServeMux) {
	mux.Handle("/chart", chartHandler(chartPage))
}

// An adapter whose page begins with the error's text: an error that
// begins with plain text is sniffed as text/plain, one that begins with
// markup as HTML. The helper's own err.Error() is the routes' error,
// judged where they return it.
type noteHandler func(w http.ResponseWriter, r *http.Request) error

func (h noteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		writeNoteError(w, err)
	}
}

func writeNoteError(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusBadRequest)
	w.Write([]byte(err.Error() + "<br><a href=\"/\">Back</a>"))
}

func notePlain(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("invalid note %s", r.URL.Query().Get("note"))
}

func noteMarkup(w http.ResponseWriter, r *http.Request) error {
	return errors.New("<b>" + r.URL.Query().Get("note") + "</b>") // want `r.URL.Query\(\).Get\("note"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write via \(nethttp.noteHandler\).ServeHTTP`
}

func noteRoutes(mux *http.ServeMux) {
	mux.Handle("/note/plain", noteHandler(notePlain))
	mux.Handle("/note/markup", noteHandler(noteMarkup))
}
