package nethttp

import (
	"fmt"
	"html"
	"net/http"
)

// stream writes the messages other handlers post to it, as server-sent
// events whose data a page inserts as HTML.
type stream struct {
	msgs   chan string
	notes  chan string
	client http.ResponseWriter
}

func (s *stream) serve() {
	for {
		select {
		case m := <-s.msgs:
			fmt.Fprintf(s.client, "<li>%s</li>", m) // want `r.FormValue\("msg"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
		case n := <-s.notes:
			fmt.Fprintf(s.client, "<li>%s</li>", n)
		}
	}
}

func (s *stream) post(w http.ResponseWriter, r *http.Request) {
	s.msgs <- r.FormValue("msg")
	s.notes <- html.EscapeString(r.FormValue("note"))
}
