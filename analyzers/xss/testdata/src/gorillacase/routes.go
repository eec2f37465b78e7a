package gorillacase

import (
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

// A route variable whose pattern admits digits only is digits in the
// handler: gorilla/mux does not match the route otherwise.

func appointment(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>Appointment %s not found</p>", mux.Vars(r)["id"])
}

func noteOf(w http.ResponseWriter, r *http.Request) {
	v := mux.Vars(r)
	fmt.Fprintf(w, "<p>Note %s of %s</p>", v["note"], v["id"]) // want `mux.Vars\(r\) \(request input\) written unescaped`
}

func ward(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>Ward %s</h1>", mux.Vars(r)["ward"])
}

func anySegment(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>%s</h1>", mux.Vars(r)["name"]) // want `written unescaped`
}

func twice(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<h1>%s</h1>", mux.Vars(r)["id"]) // want `written unescaped`
}

func routes() *mux.Router {
	m := mux.NewRouter()
	m.HandleFunc("/appointments/{id:[0-9]+}", appointment).Methods("GET")
	// The prefix constrains id; note is any segment.
	m.PathPrefix("/patients/{id:[0-9]+}").Subrouter().HandleFunc("/notes/{note}", noteOf)
	m.Path("/wards/{ward:[a-z0-9-]+}").HandlerFunc(ward)
	m.HandleFunc("/names/{name:.+}", anySegment)
	// One registration without the regexp is enough.
	m.HandleFunc("/a/{id:[0-9]+}", twice)
	m.HandleFunc("/b/{id}", twice)
	return m
}

// A constrained route does not speak for other ways the handler runs.

func visitByID(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>Visit %s</p>", mux.Vars(r)["id"]) // want `mux.Vars\(r\) \(request input\) written unescaped`
}

func visitAlias(w http.ResponseWriter, r *http.Request) {
	visitByID(w, r) // registered at a route whose id is any segment
}

func recordByID(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>Record %s</p>", mux.Vars(r)["id"]) // want `mux.Vars\(r\) \(request input\) written unescaped`
}

func logged(h http.HandlerFunc) http.HandlerFunc { return h }

func moreRoutes(m *mux.Router) {
	m.HandleFunc("/visits/{id:[0-9]+}", visitByID)
	m.HandleFunc("/v/{id}", visitAlias)
	m.HandleFunc("/records/{id:[0-9]+}", recordByID)
	m.HandleFunc("/r/{id}", logged(recordByID))
}
