// Package mwchain: handlers served behind a helper of the program that
// applies a list of middleware.
package mwchain

import (
	"io"
	"net/http"
)

type middleware func(http.Handler) http.Handler

func plainText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

func htmlType(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		next.ServeHTTP(w, r)
	})
}

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		println(r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

// chain applies mws, the first outermost.
func chain(h http.Handler, mws ...middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// wrapAll applies mws in order (the last outermost).
func wrapAll(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler {
	for _, mw := range mws {
		h = mw(h)
	}
	return h
}

// maybeChain returns the handler unwrapped on one path.
func maybeChain(h http.Handler, skip bool, mws ...middleware) http.Handler {
	if skip {
		return h
	}
	for _, mw := range mws {
		h = mw(h)
	}
	return h
}

// firstOnly applies nothing to the handler it returns.
func firstOnly(h http.Handler, mws ...middleware) http.Handler {
	mws[0](h)
	return h
}

type server struct{}

// Silent: behind plainText.

func (s *server) echoPlain(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body)
}

func echoWrapped(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body)
}

func echoLogged(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body)
}

// Reported.

func echoHTML(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoMixed(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoAlsoDirect(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoMaybe(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoFirstOnly(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoNoList(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

// Routes registers the handlers.
func Routes(s *server, mx *http.ServeMux, mws []middleware) {
	mx.Handle("/echo", chain(http.HandlerFunc(s.echoPlain), plainText))
	mx.Handle("/wrapped", wrapAll(http.HandlerFunc(echoWrapped), plainText))
	mx.Handle("/logged", chain(http.HandlerFunc(echoLogged), logged, plainText))

	mx.Handle("/html", chain(http.HandlerFunc(echoHTML), htmlType))
	mx.Handle("/mixed", chain(http.HandlerFunc(echoMixed), htmlType, plainText))
	mx.Handle("/both", chain(http.HandlerFunc(echoAlsoDirect), plainText))
	mx.HandleFunc("/both2", echoAlsoDirect)
	mx.Handle("/maybe", maybeChain(http.HandlerFunc(echoMaybe), false, plainText))
	mx.Handle("/first", firstOnly(http.HandlerFunc(echoFirstOnly), plainText))
	mx.Handle("/list", chain(http.HandlerFunc(echoNoList), mws...))
}

// A handler also called by another handler is served by that one too.

func echoCalled(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

func echoWrapCalled(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	w.Write(body) // want `written unescaped into an HTML response`
}

// Calls registers handlers that call others.
func Calls(mx *http.ServeMux) {
	mx.Handle("/called", chain(http.HandlerFunc(echoCalled), plainText))
	mx.HandleFunc("/caller", func(w http.ResponseWriter, r *http.Request) { echoCalled(w, r) })
	mx.Handle("/wcalled", plainText(http.HandlerFunc(echoWrapCalled)))
	mx.HandleFunc("/wcaller", func(w http.ResponseWriter, r *http.Request) { echoWrapCalled(w, r) })
}
