// Command cmdportal: a command's functions are named main.f, as Go names
// them.
package main

import (
	"io"
	"net/http"
)

func writePage(w http.ResponseWriter, s string) {
	io.WriteString(w, "<h1>Portal</h1>")
	io.WriteString(w, s)
}

func search(w http.ResponseWriter, r *http.Request) {
	writePage(w, r.FormValue("q")) // want `by io.WriteString via main.writePage`
}

func main() { http.HandleFunc("/search", search) }
