package nethttp

import (
	"database/sql"
	"fmt"
	"io"
	"net/http"
)

// A response with Content-Disposition: attachment is saved as a file:
// the browser renders none of it.
func noteDownload(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var body string
	_ = db.QueryRow("SELECT body FROM notes WHERE id = 1").Scan(&body)
	w.Header().Set("Content-Disposition", `attachment; filename="note.txt"`)
	io.WriteString(w, body)
}

func noteDownloadNamed(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name+".txt"))
	io.WriteString(w, r.FormValue("body"))
}

func noteDownloadMap(w http.ResponseWriter, r *http.Request) {
	w.Header()["Content-Disposition"] = []string{"attachment"}
	io.WriteString(w, r.FormValue("body"))
}

func setDownload(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Disposition", "attachment; filename="+name)
}

func noteDownloadHelper(w http.ResponseWriter, r *http.Request) {
	setDownload(w, "note.txt")
	io.WriteString(w, r.FormValue("body"))
}

// inline is rendered.
func noteInline(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	var body string
	_ = db.QueryRow("SELECT body FROM notes WHERE id = 1").Scan(&body)
	w.Header().Set("Content-Disposition", `inline; filename="note.html"`)
	io.WriteString(w, body) // want `\(stored data\) written unescaped into an HTML response by io.WriteString`
}

// Set after the headers were sent: not served.
func noteLateAttachment(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Disposition", "attachment")
	io.WriteString(w, r.FormValue("body")) // want `r.FormValue\("body"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}

// On one path only.
func noteMaybeAttachment(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("dl") != "" {
		w.Header().Set("Content-Disposition", "attachment")
	}
	io.WriteString(w, r.FormValue("body")) // want `r.FormValue\("body"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}
