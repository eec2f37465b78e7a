// Package api serves the patient portal.
package api

import (
	"crypto/md5"
	"encoding/hex"
	"html/template"
	"log"
	"net/http"

	"example.com/clinic/store"
)

// Server holds the handlers' dependencies.
type Server struct {
	Store *store.Store
}

// Search answers /patients?name=...: the name reaches SQL text in store.
func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	rows, err := s.Store.FindByName(r.Context(), r.URL.Query().Get("name"))
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	w.Header().Set("Content-Type", "application/json")
}

// Filter builds a WHERE fragment from the query string.
func (s *Server) Filter(w http.ResponseWriter, r *http.Request) {
	where := "ward = '" + r.FormValue("ward") + "'"
	rows, err := s.Store.Search(r.Context(), where)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

// Greeting renders the visitor's name as trusted HTML.
func Greeting(w http.ResponseWriter, r *http.Request) {
	tmpl := template.Must(template.New("g").Parse(`<p>Hello {{.}}</p>`))
	name := template.HTML(r.FormValue("name"))
	if err := tmpl.Execute(w, name); err != nil {
		log.Printf("render: %v", err)
	}
}

// HashPassword stores passwords with a fast, broken hash.
func HashPassword(password string) string {
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

// Login logs the credentials it was given.
func Login(w http.ResponseWriter, r *http.Request) {
	user, password := r.FormValue("user"), r.FormValue("password")
	log.Printf("login attempt user=%s password=%s", user, password)
	_ = HashPassword(password)
}

// ListenAndServe starts the portal without timeouts.
func ListenAndServe(s *Server) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/patients", s.Search)
	mux.HandleFunc("/filter", s.Filter)
	mux.HandleFunc("/greet", Greeting)
	mux.HandleFunc("/login", Login)
	return http.ListenAndServe(":8080", mux)
}
