package nethttp

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
)

// Text refused when it holds a character that opens markup or ends a
// quoted attribute can be written into HTML text and quoted attributes.

func greetChecked(w http.ResponseWriter, r *http.Request) {
	nick := r.URL.Query().Get("nick")
	if strings.ContainsAny(nick, "<>\"'&") {
		http.Error(w, "invalid nickname", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p title=\"%s\">Hi %s</p>", nick, nick) // safe
}

// A check without the quotes leaves attributes open.
func greetTagsOnly(w http.ResponseWriter, r *http.Request) {
	nick := r.URL.Query().Get("nick")
	if strings.ContainsAny(nick, "<>") {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<p>Hi %s</p>", nick) // want `r.URL.Query\(\).Get\("nick"\) \(request input\) written unescaped into an HTML response`
}

// Written where the check did not pass.
func greetUnchecked(w http.ResponseWriter, r *http.Request) {
	nick := r.URL.Query().Get("nick")
	if strings.ContainsAny(nick, "<>\"'") {
		fmt.Fprintf(w, "<p>Bad nickname %s</p>", nick) // want `r.URL.Query\(\).Get\("nick"\) \(request input\) written unescaped into an HTML response`
		return
	}
}

// No markup character is no protection inside a script.
func greetScript(w http.ResponseWriter, r *http.Request) {
	nick := r.URL.Query().Get("nick")
	if strings.ContainsAny(nick, "<>\"'") {
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<script>var nick = %s;</script>", nick) // want `placed in a script element`
}

// The same check of bytes.
func greetBytes(w http.ResponseWriter, r *http.Request) {
	nick := []byte(r.URL.Query().Get("nick"))
	if bytes.ContainsAny(nick, "<>\"'") {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(append([]byte("<p>Hi "), nick...)) // safe
}
