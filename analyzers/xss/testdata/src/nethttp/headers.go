package nethttp

import (
	"database/sql"
	"io"
	"mime"
	"net/http"
	"path"
)

// Helpers that set the response's headers: a write after a call of one
// follows what it set on every path.

func setPlain(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/plain; charset=utf-8") }

// setPlainVia sets the type through another helper.
func setPlainVia(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
	setPlain(w)
}

func setHTML(w http.ResponseWriter) { w.Header().Set("Content-Type", "text/html") }

// setSandboxed serves a type chosen by the file name (which may be HTML)
// under a policy that runs no script, as a file server of user content
// does: the two branches set different policies, both script-free.
func setSandboxed(w http.ResponseWriter, name string) {
	h := w.Header()
	ct := mime.TypeByExtension(path.Ext(name))
	h.Set("Content-Type", ct)
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
	if ct == "application/pdf" {
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	}
}

// setTyped sets a type chosen by the file name, without a policy.
func setTyped(w http.ResponseWriter, name string) {
	w.Header().Set("Content-Type", mime.TypeByExtension(path.Ext(name)))
}

// setScripts: a sandbox that allows scripts.
func setScripts(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", "sandbox allow-scripts")
}

// setPlainSometimes sets the type on one path only.
func setPlainSometimes(w http.ResponseWriter, json bool) {
	if json {
		w.Header().Set("Content-Type", "application/json")
	}
}

func storedBody(db *sql.DB) string {
	var body string
	_ = db.QueryRow("SELECT body FROM notes").Scan(&body)
	return body
}

func helperPlain(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	setPlainVia(w)
	io.WriteString(w, r.FormValue("q")) // text/plain set by the helper: safe
	io.WriteString(w, storedBody(db))
}

func helperHTML(w http.ResponseWriter, r *http.Request) {
	setHTML(w)
	io.WriteString(w, r.FormValue("q")) // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}

func helperSandboxed(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	setSandboxed(w, r.URL.Path)
	io.WriteString(w, storedBody(db)) // no script runs: safe
}

func helperTyped(w http.ResponseWriter, r *http.Request, db *sql.DB) {
	setTyped(w, r.URL.Path)
	io.WriteString(w, storedBody(db)) // want `written unescaped into an HTML response by io.WriteString`
}

func helperScripts(w http.ResponseWriter, r *http.Request) {
	setScripts(w)
	io.WriteString(w, r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

func helperSometimes(w http.ResponseWriter, r *http.Request) {
	setPlainSometimes(w, r.FormValue("f") == "json")
	io.WriteString(w, r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

// serveStored sets the headers and writes its parameter: its callers pass
// the data, and the write is checked where it happens.
func serveStored(w http.ResponseWriter, name, body string) {
	setSandboxed(w, name)
	io.WriteString(w, body)
}

func serveStoredTyped(w http.ResponseWriter, name, body string) {
	setTyped(w, name)
	io.WriteString(w, body)
}

func callsServe(w http.ResponseWriter, r *http.Request) {
	serveStored(w, r.URL.Path, r.FormValue("body")) // the helper's policy runs no script: safe
}

func callsServeTyped(w http.ResponseWriter, r *http.Request) {
	serveStoredTyped(w, r.URL.Path, r.FormValue("body")) // want `written unescaped into an HTML response by io.WriteString via nethttp.serveStoredTyped`
}

// writeBody writes its parameter; the caller set the type first.
func writeBody(w http.ResponseWriter, body string) { io.WriteString(w, body) }

func plainThenHelper(w http.ResponseWriter, r *http.Request) {
	setPlain(w)
	writeBody(w, r.FormValue("q")) // text/plain set before the helper writes: safe
}

func htmlThenHelper(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'")
	writeBody(w, r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString via nethttp.writeBody`
}

func directPolicy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", "script-src 'none'")
	io.WriteString(w, r.FormValue("q")) // script-src 'none': safe
}

// The header map written directly under its canonical key: net/http reads
// it as Set writes it.
func mapPlain(w http.ResponseWriter, r *http.Request) {
	w.Header()["Content-Type"] = []string{"text/plain; charset=utf-8"}
	io.WriteString(w, r.FormValue("dose"))
}

func mapHTML(w http.ResponseWriter, r *http.Request) {
	w.Header()["Content-Type"] = []string{"text/html; charset=utf-8"}
	io.WriteString(w, r.FormValue("dose")) // want `r.FormValue\("dose"\) \(request input\) written unescaped into an HTML response`
}

// A key net/http does not look up (not canonical) sets nothing.
func mapLowercase(w http.ResponseWriter, r *http.Request) {
	w.Header()["content-type"] = []string{"text/plain"}
	io.WriteString(w, "<p>"+r.FormValue("dose")) // want `r.FormValue\("dose"\) \(request input\) written unescaped into an HTML response`
}

// A script-free policy stored into the header map: the page runs no
// script. One that allows scripts leaves the write reported.
func mapSandboxed(w http.ResponseWriter, r *http.Request) {
	w.Header()["Content-Security-Policy"] = []string{"sandbox"}
	io.WriteString(w, "<p>"+r.FormValue("dose"))
}

func mapScripts(w http.ResponseWriter, r *http.Request) {
	w.Header()["Content-Security-Policy"] = []string{"sandbox allow-scripts"}
	io.WriteString(w, "<p>"+r.FormValue("dose")) // want `r.FormValue\("dose"\) \(request input\) written unescaped into an HTML response`
}

// A header map of the program's own, not the response's, sets nothing.
func ownHeaderMap(w http.ResponseWriter, r *http.Request) {
	out := http.Header{}
	out["Content-Type"] = []string{"text/plain"}
	io.WriteString(w, "<p>"+r.FormValue("dose")) // want `r.FormValue\("dose"\) \(request input\) written unescaped into an HTML response`
}
