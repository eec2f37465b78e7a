package nethttp

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// A request header that a middleware of the package sets before calling
// the handler is the middleware's value, not the client's.

func withNonce(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		nonce := strconv.FormatInt(time.Now().UnixNano(), 36)
		r.Header.Set("X-Nonce", nonce)
		w.Header().Set("Content-Security-Policy", "script-src 'nonce-"+nonce+"'")
		next(w, r)
	}
}

// The same header copied from another of the client's.
func withEcho(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Header.Set("X-Nonce", r.Header.Get("X-Client"))
		next(w, r)
	}
}

func noncePage(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script nonce="%s">init()</script>`, r.Header.Get("X-Nonce")) // safe: the middleware's nonce
}

// Called by a dispatcher that is itself behind the middleware.
func nonceHelp(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script nonce="%s">help()</script>`, r.Header.Get("X-Nonce")) // safe: the middleware's nonce
}

func nonceDispatch(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("help") != "" {
		nonceHelp(w, r)
		return
	}
	w.Write([]byte("ok"))
}

func echoedNoncePage(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script nonce="%s">init()</script>`, r.Header.Get("X-Nonce")) // want `r.Header.Get\("X-Nonce"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// Also served without the middleware: the client's header.
func noncePageBare(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<script nonce="%s">init()</script>`, r.Header.Get("X-Nonce")) // want `r.Header.Get\("X-Nonce"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// Another header than the one set.
func otherHeaderPage(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, `<p>%s</p>`, r.Header.Get("X-Forwarded-User")) // want `r.Header.Get\("X-Forwarded-User"\) \(request input\) written unescaped`
}

func nonceRoutes(mux *http.ServeMux) {
	mux.Handle("/page", withNonce(noncePage))
	mux.Handle("/dispatch", withNonce(nonceDispatch))
	mux.Handle("/echoed", withEcho(echoedNoncePage))
	mux.Handle("/bare1", withNonce(noncePageBare))
	mux.HandleFunc("/bare2", noncePageBare)
	mux.Handle("/other", withNonce(otherHeaderPage))
}

// A handler that overwrites the header with input before reading it.
func nonceOverwritten(w http.ResponseWriter, r *http.Request) {
	r.Header.Set("X-Nonce", r.FormValue("n"))
	fmt.Fprintf(w, `<script nonce="%s">init()</script>`, r.Header.Get("X-Nonce")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

func nonceRoutes2(mux *http.ServeMux) {
	mux.Handle("/over", withNonce(nonceOverwritten))
}
