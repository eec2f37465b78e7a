// Package mwgorilla: gorilla/mux routes behind middleware that sets the
// Content-Type (Use, subrouters).
package mwgorilla

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

func plainText(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		next.ServeHTTP(w, r)
	})
}

func onSub(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", mux.Vars(r)["id"])
}

func onParent(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", mux.Vars(r)["id"])
}

func onRoute(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", mux.Vars(r)["id"])
}

func outside(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", mux.Vars(r)["id"]) // want `written unescaped into an HTML response`
}

func siblingSub(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", mux.Vars(r)["id"]) // want `written unescaped into an HTML response`
}

// Routes registers the routes.
func Routes() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/out/{id}", outside)
	api := r.PathPrefix("/api").Subrouter()
	api.Use(plainText)
	api.HandleFunc("/sub/{id}", onSub).Methods("GET")
	api.PathPrefix("/r").Handler(http.HandlerFunc(onRoute))
	other := r.PathPrefix("/other").Subrouter()
	other.HandleFunc("/sib/{id}", siblingSub)

	p := mux.NewRouter()
	p.Use(plainText)
	p.PathPrefix("/x").Subrouter().HandleFunc("/{id}", onParent)
	return r
}
