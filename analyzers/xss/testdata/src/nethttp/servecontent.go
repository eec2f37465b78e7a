package nethttp

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// http.ServeContent serves the content under the type of the name's
// extension, or sniffs it when the name has none.
func serveDraft(w http.ResponseWriter, r *http.Request) {
	http.ServeContent(w, r, r.FormValue("filename"), time.Now(), strings.NewReader(r.FormValue("draft"))) // want `strings.NewReader\(r.FormValue\("draft"\)\) \(request input\) written unescaped into an HTML response by http.ServeContent`
	http.ServeContent(w, r, "draft.html", time.Now(), strings.NewReader(r.FormValue("draft")))            // want `written unescaped into an HTML response by http.ServeContent`
	http.ServeContent(w, r, "draft", time.Now(), strings.NewReader(r.FormValue("draft")))                 // want `written unescaped into an HTML response by http.ServeContent`
}

// A name whose extension is not markup, or a type set first: safe.
func serveExport(w http.ResponseWriter, r *http.Request) {
	http.ServeContent(w, r, "export.csv", time.Now(), strings.NewReader(r.FormValue("rows")))
	http.ServeContent(w, r, "notes.txt", time.Now(), strings.NewReader(r.FormValue("notes")))
}

func serveTyped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	http.ServeContent(w, r, r.FormValue("filename"), time.Now(), strings.NewReader(r.FormValue("draft")))
}

// A file served by name is a file server's, whatever the path.
func serveFile(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open(filepath.Join("uploads", filepath.Base(r.URL.Path)))
	if err != nil {
		return
	}
	defer f.Close()
	http.ServeContent(w, r, r.URL.Path, time.Now(), f)
}
