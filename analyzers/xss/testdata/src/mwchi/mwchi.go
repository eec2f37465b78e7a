// Package mwchi: chi routes served behind middleware that sets the
// Content-Type (Use, With, Group, Route).
package mwchi

import (
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"

	"mwshared"
)

func plainText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		next.ServeHTTP(w, r)
	})
}

func htmlType(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		next.ServeHTTP(w, r)
	})
}

// plainSometimes sets text/plain on one path only.
func plainSometimes(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("raw") != "" {
			w.Header().Set("Content-Type", "text/plain")
		}
		next.ServeHTTP(w, r)
	})
}

// logged sets no type.
func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		println(r.URL.Path)
		next.ServeHTTP(w, r)
	})
}

type server struct{}

// Behind plainText: silent.

func withPlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func withPlainLogged(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func inGroup(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func inRoute(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func inRouteParent(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func usedFirst(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func groupUse(r chi.Router) {
	r.Use(plainText)
	r.Get("/named", inGroupNamed)
}

func inGroupNamed(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

// Reported.

func withHTML(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func bare(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func alsoDirect(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func oneBranch(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func plainThenHTML(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func groupNoUse(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func useAfterBranch(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

// Router registers the routes.
func Router(s *server, debug bool) http.Handler {
	r := chi.NewRouter()
	r.With(plainText).Get("/with", withPlain)
	r.With(logged, plainText).Get("/with2", withPlainLogged)
	r.With(plainText).Get("/method", s.method)
	r.Group(func(r chi.Router) {
		r.Use(plainText)
		r.Get("/group", inGroup)
	})
	r.Group(groupUse)
	r.Route("/sub", func(r chi.Router) {
		r.Use(plainText)
		r.Post("/route", inRoute)
	})

	r.With(htmlType).Get("/html", withHTML)
	r.With(htmlType).Get("/preview", previewNote)
	r.Get("/preview-plain", previewNotePlain)
	r.With(mwshared.PlainText).Get("/shared", sharedPlain)
	r.With(mwshared.HTMLPage).Get("/shared-html", sharedHTML)
	r.Handle("/shared-direct", mwshared.PlainText(http.HandlerFunc(sharedDirect)))
	r.Get("/bare", bare)
	r.With(plainText).Get("/both", alsoDirect)
	r.Get("/both2", alsoDirect)
	r.With(plainSometimes).Get("/branch", oneBranch)
	r.With(plainText, htmlType).Get("/ph", plainThenHTML)
	r.Group(func(r chi.Router) {
		r.Get("/nouse", groupNoUse)
	})
	r.Group(func(r chi.Router) {
		if debug {
			r.Use(plainText)
		}
		r.Get("/cond", useAfterBranch)
	})
	return r
}

// Mounted: the router's own Use covers its routes and its subrouters'.
func Mounted() http.Handler {
	r := chi.NewRouter()
	r.Use(plainText)
	r.Get("/first", usedFirst)
	r.Route("/p", func(r chi.Router) {
		r.Get("/parent", inRouteParent)
	})
	return r
}

// A callback that adds no middleware has its callers' stacks.

func plainRoutes(r chi.Router) { r.Get("/cb", inCallback) }

func inCallback(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func mixedRoutes(r chi.Router) { r.Get("/cb2", inMixedCallback) }

func inMixedCallback(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func passedRoutes(r chi.Router) { r.Get("/cb3", inPassedCallback) }

func inPassedCallback(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func apply(fn func(chi.Router)) { fn(chi.NewRouter()) }

func unknownUse(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

// Callbacks registers through callbacks and lists it does not see.
func Callbacks(mws []func(http.Handler) http.Handler) http.Handler {
	r := chi.NewRouter()
	r.With(plainText).Group(plainRoutes)
	r.With(plainText).Group(mixedRoutes)
	mixedRoutes(chi.NewRouter())
	r.With(plainText).Group(passedRoutes)
	apply(passedRoutes)

	u := chi.NewRouter()
	u.Use(mws...)
	u.With(plainText).Get("/unknown", unknownUse)
	return r
}

// Routes registered by a function of the package on the router it is
// given, called with a plain router, or a method value passed as a
// callback.

func routes(r chi.Router, prefix string) { r.Get(prefix+"/d", inDirect) }

func inDirect(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func (s *server) apiRoutes(r chi.Router) { r.Get("/m", inMethodCallback) }

func inMethodCallback(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func (s *server) htmlRoutes(r chi.Router) { r.Get("/mh", inHTMLMethodCallback) }

func inHTMLMethodCallback(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

// Direct registers through functions of the package.
func Direct(s *server) http.Handler {
	r := chi.NewRouter()
	routes(r.With(plainText), "/a")
	r.With(plainText).Route("/api", s.apiRoutes)
	r.With(htmlType).Route("/apih", s.htmlRoutes)
	return r
}

// chi's middleware.SetHeader sets the header its arguments name.

func setPlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func setHTML(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

func setPlainThenHTML(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q")) // want `written unescaped into an HTML response`
}

// Library registers behind library middleware.
func Library(key string) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.Logger)
	r.With(middleware.SetHeader("Content-Type", "text/plain; charset=utf-8")).Get("/sp", setPlain)
	r.With(middleware.SetHeader("Content-Type", "text/html")).Get("/sh", setHTML)
	r.With(plainText, middleware.SetHeader(key, "text/html")).Get("/sph", setPlainThenHTML)
	return r
}

// Behind a middleware that sets text/html, content sniffing does not
// decide the body: plain-looking text is still HTML.
func previewNote(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Preview of note: %s", r.FormValue("body")) // want `written unescaped into an HTML response`
}

// The same text with no middleware is sniffed as text/plain.
func previewNotePlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Preview of note: %s", r.FormValue("body"))
}

// Middleware of another package of the program counts by its fact.
func sharedPlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func sharedDirect(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", r.URL.Query().Get("q"))
}

func sharedHTML(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Preview of note: %s", r.FormValue("body")) // want `written unescaped into an HTML response`
}
