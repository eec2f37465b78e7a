package nethttp

import (
	"database/sql"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
)

// Files the program names are its own: a source file found through
// runtime.Caller, a constant asset, an embedded file. Their contents are
// program text, as a constant would be.

var assets embed.FS

func sourceLines(w http.ResponseWriter, r *http.Request) {
	_, file, _, _ := runtime.Caller(0)
	src, err := os.ReadFile(file)
	if err != nil {
		return
	}
	io.WriteString(w, fmt.Sprintf("<pre>%s</pre>", src))
}

func constantAsset(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open(filepath.Join("static", "help.html"))
	if err != nil {
		return
	}
	defer f.Close()
	body, _ := io.ReadAll(f)
	io.WriteString(w, "<main>"+string(body)+"</main>")
}

func embedded(w http.ResponseWriter, r *http.Request) {
	page, err := assets.ReadFile("pages/" + r.FormValue("page") + ".html")
	if err != nil {
		return
	}
	w.Write([]byte("<main>" + string(page) + "</main>"))
	viaFS, _ := fs.ReadFile(assets, "pages/"+r.FormValue("page")+".html")
	w.Write([]byte("<main>" + string(viaFS) + "</main>"))
}

// True positives: a path from the request reads any file the server can
// (and quotes the path in its error); a path read from the database
// names a file of unknown origin.

func requestedFile(w http.ResponseWriter, r *http.Request) {
	body, _ := os.ReadFile(filepath.Join("uploads", r.FormValue("name")))
	w.Write([]byte("<main>" + string(body) + "</main>")) // want `\(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

func embeddedError(w http.ResponseWriter, r *http.Request) {
	if _, err := assets.ReadFile(r.FormValue("page")); err != nil {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>"+err.Error()+"</p>") // want `\(request input\) written unescaped into an HTML response by io.WriteString`
	}
}

func storedPath(w http.ResponseWriter, db *sql.DB) {
	var path string
	_ = db.QueryRow("SELECT attachment FROM notes").Scan(&path)
	body, _ := os.ReadFile(path)
	io.WriteString(w, "<main>"+string(body)+"</main>") // want `written unescaped into an HTML response by io.WriteString`
}
