package nethttp

import (
	"fmt"
	"net/http"
	"strconv"
)

// Text that strconv parsed without error is a number's (or a boolean's)
// spelling: no markup. Written raw only where the parse succeeded.

func numericChecked(w http.ResponseWriter, r *http.Request) {
	room := r.URL.Query().Get("room")
	if _, err := strconv.Atoi(room); err != nil {
		http.Error(w, "bad room", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "<h2>Room %s</h2>", room)
}

func numericKinds(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	id, f, b := q.Get("id"), q.Get("f"), q.Get("b")
	if _, err := strconv.ParseInt(id, 10, 64); err == nil {
		fmt.Fprintf(w, "<p>%s</p>", id)
	}
	if _, err := strconv.ParseFloat(f, 64); err != nil {
		return
	}
	if _, err := strconv.ParseBool(b); err != nil {
		return
	}
	fmt.Fprintf(w, "<p>%s %s</p>", f, b)
}

// Look-alikes: the error ignored, the failing branch, or another value.
func numericUnchecked(w http.ResponseWriter, r *http.Request) {
	room := r.URL.Query().Get("room")
	strconv.Atoi(room)
	fmt.Fprintf(w, "<h2>Room %s</h2>", room) // want `written unescaped into an HTML response`
	if _, err := strconv.Atoi(room); err != nil {
		fmt.Fprintf(w, "<p>bad room %s</p>", room) // want `written unescaped into an HTML response`
	}
	name := r.URL.Query().Get("name")
	if _, err := strconv.Atoi(room); err != nil {
		return
	}
	fmt.Fprintf(w, "<p>%s</p>", name) // want `written unescaped into an HTML response`
}
