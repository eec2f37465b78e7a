package nethttp

import (
	"fmt"
	"io"
	"net/http"
)

// A header set after the response's headers were sent is not served:
// the body is sniffed, as if nothing were set.
func typeAfterWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

func typeAfterFirstWrite(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("<p>Results</p>"))
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// Set before WriteHeader: served.
func typeBeforeWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q"))
}

func typeAfterFprint(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "<h1>Results</h1>")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintf(w, "<p>%s</p>", r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// A helper that types its response text/plain, then writes: safe where it
// sends the headers, not after its caller wrote a page.
func writeTextResp(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	w.Write([]byte(msg))
}

func textHelperFirst(w http.ResponseWriter, r *http.Request) {
	writeTextResp(w, http.StatusOK, "<p>"+r.FormValue("q")) // safe: served as text/plain
}

func textHelperAfterPage(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<!doctype html><pre>")
	writeTextResp(w, http.StatusOK, "last sync by "+r.FormValue("by")) // want `r.FormValue\("by"\) \(request input\) written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.writeTextResp: the Content-Type nethttp.writeTextResp sets is not served, because this function.s earlier write already sent the headers; escape it, or call nethttp.writeTextResp before anything else is written`
}

// A JSON type set after WriteHeader is not served either: the body is
// sniffed, and one that begins with plain text is served as text/plain.
func writeLegacyJSONError(w http.ResponseWriter, code int, msg string) {
	w.WriteHeader(code)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"error":%q}`, msg)
}

func legacyPatient(w http.ResponseWriter, r *http.Request) {
	writeLegacyJSONError(w, http.StatusNotFound, "no patient with MRN "+r.FormValue("mrn")) // safe: sniffed as text/plain
}

func writeLegacyHTMLError(w http.ResponseWriter, code int, msg string) {
	w.WriteHeader(code)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `<p class="error">%s</p>`, msg)
}

func legacyWard(w http.ResponseWriter, r *http.Request) {
	writeLegacyHTMLError(w, http.StatusNotFound, "no ward "+r.FormValue("ward")) // want `r.FormValue\("ward"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via nethttp.writeLegacyHTMLError`
}

// A 204 or 304 response has no body: net/http refuses the writes after it.
func cancelAppointment(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintf(w, "<p>Appointment %s cancelled</p>", r.FormValue("id")) // safe: never sent
}

func notModified(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(304)
	io.WriteString(w, "<p>"+r.FormValue("id")) // safe: never sent
}

// Only the first status counts: after a 200, the 204 is ignored.
func cancelAfterOK(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("verbose") != "" {
		w.WriteHeader(http.StatusOK)
	}
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintf(w, "<p>Appointment %s cancelled</p>", r.FormValue("id")) // want `r.FormValue\("id"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// A body begun before the 204 was sent with a 200.
func cancelAfterWrite(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<!doctype html>")
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintf(w, "<p>Appointment %s cancelled</p>", r.FormValue("id")) // want `r.FormValue\("id"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// A 204 on one path only.
func cancelMaybe(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("quiet") != "" {
		w.WriteHeader(http.StatusNoContent)
	}
	fmt.Fprintf(w, "<p>Appointment %s cancelled</p>", r.FormValue("id")) // want `r.FormValue\("id"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}
