package nethttp

import (
	"database/sql"
	"encoding/json"
	"html/template"
	"net/http"
)

// Text decoded or scanned into a field of a trusted type is trusted
// markup, with no conversion to see.
type trustedLetter struct {
	Title string
	Body  template.HTML
}

type plainLetter struct {
	Title string
	Body  string
}

var letterPage = template.Must(template.New("l").Parse(`<h1>{{.Title}}</h1>{{.Body}}`))

func letterFromRequest(w http.ResponseWriter, r *http.Request) {
	var l trustedLetter
	if err := json.NewDecoder(r.Body).Decode(&l); err != nil { // want `json.NewDecoder\(r.Body\).Decode\(&l\) \(request input\) decoded into trustedLetter.Body of type template.HTML, which html/template renders unescaped`
		return
	}
	letterPage.Execute(w, l)
}

func lettersFromRequest(w http.ResponseWriter, r *http.Request) {
	var ls []trustedLetter
	_ = json.Unmarshal([]byte(r.FormValue("letters")), &ls) // want `decoded into trustedLetter.Body of type template.HTML`
	letterPage.Execute(w, ls)
}

func letterFromDB(w http.ResponseWriter, db *sql.DB) {
	var l trustedLetter
	_ = db.QueryRow("SELECT title, body FROM letters WHERE id = 1").Scan(&l.Title, &l.Body) // want `\(stored data\) decoded into trustedLetter.Body of type template.HTML`
	letterPage.Execute(w, l)
}

// A string field: the template escapes it.
func plainLetterFromRequest(w http.ResponseWriter, r *http.Request) {
	var l plainLetter
	if err := json.NewDecoder(r.Body).Decode(&l); err != nil {
		return
	}
	letterPage.Execute(w, l)
}
