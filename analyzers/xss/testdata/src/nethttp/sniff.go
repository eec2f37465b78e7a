package nethttp

import (
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"strconv"
)

// A handler's first write decides what net/http sniffs when no
// Content-Type is set: text beginning with constant non-markup bytes is
// served as text/plain.

func sniffFprintf(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "no such user: %s", r.FormValue("u")) // text/plain by sniffing: safe
}

func sniffConcat(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "Not found: "+r.URL.Path) // safe
}

func sniffChoice(w http.ResponseWriter, r *http.Request) {
	msg := "Internal Server Error"
	if r.FormValue("debug") != "" {
		msg = "PANIC: " + r.FormValue("detail")
	}
	w.WriteHeader(http.StatusInternalServerError)
	w.Write([]byte(msg)) // both begin with plain text: safe
}

func sniffLoop(w http.ResponseWriter, r *http.Request) {
	for _, v := range r.Form["v"] {
		io.WriteString(w, "value: "+v+"\n") // every write begins the same way: safe
	}
}

func sniffMarkup(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "  <p>"+r.FormValue("q")) // want `r.FormValue\("q"\) \(request input\) written unescaped into an HTML response by io.WriteString`
}

func sniffBare(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s: not found", r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

func sniffSecond(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Search</h1>")
	io.WriteString(w, "Results for "+r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

func sniffTyped(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(w, "Results for "+r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

// writeErr is not a handler: its caller may have written first.
func writeErr(w http.ResponseWriter, msg string) { io.WriteString(w, "Error: "+msg) }

func sniffHelper(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Title</h1>")
	writeErr(w, r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString via nethttp.writeErr`
}

// The writer passed on before the write: the callee may have written.
func sniffPassed(w http.ResponseWriter, r *http.Request) {
	render(w, "<h1>Title</h1>")
	io.WriteString(w, "Results for "+r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

// The type is set to HTML on one path: sniffing does not decide it there.
func sniffTypedSometimes(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("html") != "" {
		w.Header().Set("Content-Type", "text/html")
	}
	io.WriteString(w, "Results for "+r.FormValue("q")) // want `written unescaped into an HTML response by io.WriteString`
}

// Other headers leave the sniffing alone.
func sniffOtherHeader(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("nocache") != "" {
		w.Header().Set("Cache-Control", "no-store")
	}
	io.WriteString(w, "Results for "+r.FormValue("q")) // safe
}

// The standard library's errors name the operation before the text they
// quote: sniffed as text/plain.
func sniffParseError(w http.ResponseWriter, r *http.Request) {
	if _, err := strconv.ParseInt(r.PathValue("rx"), 10, 64); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		w.Write([]byte(err.Error())) // safe
	}
}

func sniffURLError(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("next"))
	if err != nil {
		io.WriteString(w, err.Error()) // safe
		return
	}
	_ = u
}

// An error the program makes begins with what it says.
func sniffProgramError(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("%s: not found", r.FormValue("q"))
	w.Write([]byte(err.Error())) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

// After markup, the error's text is in HTML.
func sniffParseErrorAfter(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Prescription</h1>")
	if _, err := strconv.ParseInt(r.PathValue("rx"), 10, 64); err != nil {
		w.Write([]byte(err.Error())) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
	}
}

// A helper that writes the text it is given into the response it is
// given, first: its caller's text decides what is sniffed.
func writeMsg(w http.ResponseWriter, status int, msg string) {
	w.WriteHeader(status)
	w.Write([]byte(msg))
}

func sniffHelperPlain(w http.ResponseWriter, r *http.Request) {
	writeMsg(w, http.StatusNotFound, "no patient with MRN "+r.FormValue("mrn")) // safe
}

func sniffHelperMarkup(w http.ResponseWriter, r *http.Request) {
	writeMsg(w, http.StatusNotFound, "<p>"+r.FormValue("mrn")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.writeMsg`
}

func sniffHelperAfter(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Patients</h1>")
	writeMsg(w, http.StatusNotFound, "no patient with MRN "+r.FormValue("mrn")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.writeMsg`
}

// Passed on by another helper, still first.
func notFoundMsg(w http.ResponseWriter, msg string) { writeMsg(w, http.StatusNotFound, msg) }

func sniffHelperTwice(w http.ResponseWriter, r *http.Request) {
	notFoundMsg(w, "no patient with MRN "+r.FormValue("mrn")) // safe
}

// A helper that writes markup before the text it is given.
func writePage(w http.ResponseWriter, msg string) {
	io.WriteString(w, "<h1>Error</h1>")
	io.WriteString(w, msg)
}

func sniffHelperPage(w http.ResponseWriter, r *http.Request) {
	writePage(w, "no patient with MRN "+r.FormValue("mrn")) // want `written unescaped into an HTML response by io.WriteString via nethttp.writePage`
}

// A number or a bool printed first is digits or a word: plain text.
func sniffStatusFirst(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%d - %s", http.StatusBadRequest, r.FormValue("q")) // safe
}

func sniffStatusSprintf(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(fmt.Sprintf("%d %v: %s", 400, true, r.FormValue("q")))) // safe
}

func sniffStringFirst(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%v - %s", r.FormValue("code"), r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// A character verb may print '<'.
func sniffCharFirst(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%c%s", 60, r.FormValue("q")) // want `written unescaped into an HTML response by fmt.Fprintf`
}

// A helper whose body begins with the status code, called first.
func writeStatusPage(w http.ResponseWriter, status int, err error) {
	w.WriteHeader(status)
	w.Write([]byte(fmt.Sprintf("%d - %v", status, err)))
}

func sniffStatusHelper(w http.ResponseWriter, r *http.Request) {
	writeStatusPage(w, http.StatusBadRequest, errors.New(r.FormValue("q"))) // safe
}

func sniffStatusHelperAfter(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Error</h1>")
	writeStatusPage(w, http.StatusBadRequest, errors.New(r.FormValue("q"))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.writeStatusPage`
}

// A helper between the handler and the writing helper that passes text
// beginning with plain text of its own: the body begins with it.
func authFallback(w http.ResponseWriter, authType string) {
	if authType != "recaptcha" {
		writeMsg(w, http.StatusNotImplemented, fmt.Sprintf("Unknown authtype %q", authType))
		return
	}
	writeMsg(w, http.StatusOK, "ok")
}

func sniffHelperChain(w http.ResponseWriter, r *http.Request) {
	authFallback(w, r.PathValue("type")) // safe
}

func authFallbackMarkup(w http.ResponseWriter, authType string) {
	writeMsg(w, http.StatusNotImplemented, "<b>"+authType+"</b> is not supported")
}

func sniffHelperChainMarkup(w http.ResponseWriter, r *http.Request) {
	authFallbackMarkup(w, r.PathValue("type")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.authFallbackMarkup → nethttp.writeMsg`
}

// The writer a closure captures: the closure's calls are writes too.
func authFallbackServe(w http.ResponseWriter, authType string) {
	serve := func() { io.WriteString(w, "<h1>Sign in</h1>") }
	if authType != "recaptcha" {
		writeMsg(w, http.StatusNotImplemented, fmt.Sprintf("Unknown authtype %q", authType))
		return
	}
	serve()
}

func sniffCapturedWriter(w http.ResponseWriter, r *http.Request) {
	authFallbackServe(w, r.PathValue("type")) // safe: the closure runs on another path
}

func authFallbackServedFirst(w http.ResponseWriter, authType string) {
	serve := func() { io.WriteString(w, "<h1>Sign in</h1>") }
	serve()
	writeMsg(w, http.StatusNotImplemented, fmt.Sprintf("Unknown authtype %q", authType))
}

func sniffCapturedWriterAfter(w http.ResponseWriter, r *http.Request) {
	authFallbackServedFirst(w, r.PathValue("type")) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via nethttp.authFallbackServedFirst → nethttp.writeMsg`
}

// Handlers that return an error for an adapter to report are served a
// fresh response too, unless the package calls one after writing.

func adaptErrors(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	}
}

func adaptedDelete(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprintf(w, "Deleted %s", r.FormValue("id")) // text/plain by sniffing: safe
	return nil
}

func adaptedMarkup(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprintf(w, "<p>Deleted %s</p>", r.FormValue("id")) // want `r.FormValue\("id"\) \(request input\) written unescaped`
	return nil
}

func adaptedAfterPage(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprintf(w, "Deleted %s", r.FormValue("id")) // want `r.FormValue\("id"\) \(request input\) written unescaped`
	return nil
}

func adminPage(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Admin</h1>")
	_ = adaptedAfterPage(w, r) // the page began: the text lands in it
}

var adaptedRoutes = []http.HandlerFunc{adaptErrors(adaptedDelete), adaptErrors(adaptedMarkup), adaptErrors(adaptedAfterPage)}

// A body that began plain is text/plain for every later write.

func sniffReport(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "Import report (%d rows)\n", len(r.Form["row"]))
	for _, row := range r.Form["row"] {
		io.WriteString(w, row+"\n")
	}
}

func sniffReportMarkup(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "<h1>Import report</h1>\n")
	io.WriteString(w, r.FormValue("row")) // want `r.FormValue\("row"\) \(request input\) written unescaped`
}

func sniffReportMaybe(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("title") != "" {
		io.WriteString(w, "Import report\n")
	}
	io.WriteString(w, r.FormValue("row")) // want `r.FormValue\("row"\) \(request input\) written unescaped`
}

// An error value printed by fmt is its text.

func sniffErrValue(w http.ResponseWriter, r *http.Request) {
	if _, err := strconv.Atoi(r.URL.Query().Get("limit")); err != nil {
		fmt.Fprintln(w, err) // strconv.Atoi: parsing "...": text/plain
	}
}

func sniffErrValueRaw(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, errors.New(r.URL.Query().Get("limit"))) // want `written unescaped`
}

// http.Error serves text/plain with nosniff only while the headers are
// unsent.

func errorAfterPage(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "<html><body><h1>Slots</h1>")
	http.Error(w, r.URL.Query().Get("slot"), http.StatusBadRequest) // want `r.URL.Query\(\).Get\("slot"\) \(request input\) written unescaped into an HTML response by http.Error: the Content-Type http.Error sets is not served, because this function's earlier write already sent the headers`
}

func errorFirst(w http.ResponseWriter, r *http.Request) {
	http.Error(w, r.URL.Query().Get("slot"), http.StatusBadRequest)
	fmt.Fprint(w, "<p>more</p>")
}

func errorAfterPlain(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "Slots report\n")
	http.Error(w, r.URL.Query().Get("slot"), http.StatusBadRequest)
}

func errorAfterStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest)
	http.Error(w, "bad slot: "+r.URL.Query().Get("slot"), http.StatusBadRequest)
	w.WriteHeader(http.StatusBadRequest)
}

// After WriteHeader alone the message is sniffed itself: not reported
// (an error's text mostly begins plain).
func errorAfterStatusRaw(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest)
	http.Error(w, r.URL.Query().Get("slot"), http.StatusBadRequest)
}

// A helper that always writes sends the headers as a write does.

func pageHeadAlways(w http.ResponseWriter, title string) {
	fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>%s</title></head><body>", html.EscapeString(title))
}

func pageHeadMaybe(w http.ResponseWriter, title string) {
	if title != "" {
		fmt.Fprintf(w, "<!DOCTYPE html><title>%s</title>", html.EscapeString(title))
	}
}

func typedText(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, msg)
}

func labResults(w http.ResponseWriter, r *http.Request) {
	pageHeadAlways(w, "Lab results")
	typedText(w, "bad value: "+r.URL.Query().Get("value")) // want `the Content-Type nethttp.typedText sets is not served`
}

func labResultsMaybe(w http.ResponseWriter, r *http.Request) {
	pageHeadMaybe(w, r.URL.Query().Get("title"))
	typedText(w, "bad value: "+r.URL.Query().Get("value"))
}
