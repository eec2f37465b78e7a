package nethttp

import (
	"fmt"
	"net/http"
)

// A handler served only behind a middleware that declares a non-HTML
// Content-Type before calling it: its writes are not HTML.

func plainTextMW(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

func jsonOnly(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		next(w, r)
	}
}

func timed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

func echoPlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func echoJSON(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

type diag struct{}

func (diag) echoMethod(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

// Look-alikes: a middleware that sets no type, a handler also served
// unwrapped, an exported handler (other packages may serve it as it is).

func echoTimed(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

func echoTwice(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

func EchoExported(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

// A middleware that declares HTML, one that sets the type only after the
// handler wrote, and a wrapped handler that declares HTML itself.

func htmlPage(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		next.ServeHTTP(w, r)
	})
}

func lateType(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		w.Header().Set("Content-Type", "text/plain")
	})
}

func echoHTMLPage(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

func echoLate(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

func echoOwnHTML(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `r.URL.Query\(\).Get\("q"\) \(request input\) written unescaped into an HTML response`
}

func routesWithTypes(mux *http.ServeMux) {
	mux.Handle("/html-page", htmlPage(http.HandlerFunc(echoHTMLPage)))
	mux.Handle("/late", lateType(http.HandlerFunc(echoLate)))
	mux.Handle("/own-html", plainTextMW(http.HandlerFunc(echoOwnHTML)))
	var d diag
	mux.Handle("/plain", plainTextMW(http.HandlerFunc(echoPlain)))
	mux.Handle("/json", jsonOnly(echoJSON))
	mux.Handle("/method", plainTextMW(http.HandlerFunc(d.echoMethod)))
	mux.Handle("/timed", timed(http.HandlerFunc(echoTimed)))
	mux.Handle("/twice", plainTextMW(http.HandlerFunc(echoTwice)))
	mux.HandleFunc("/twice-raw", echoTwice)
	mux.Handle("/exported", plainTextMW(http.HandlerFunc(EchoExported)))
}
