package nethttp

import (
	"fmt"
	"html"
	"html/template"
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

// A local channel a goroutine or a closure sends on: what it sends is
// what the handler receives.
func fromGoroutine(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1)
	go func() { ch <- "<p>" + r.FormValue("x") + "</p>" }()
	_ = template.HTML(<-ch) // want `r.FormValue\("x"\) \(request input\) converted to template.HTML`
	done := make(chan string, 1)
	send := func() { done <- r.FormValue("y") }
	send()
	_ = template.HTML(<-done) // want `r.FormValue\("y"\) \(request input\) converted to template.HTML`
	safe := make(chan string, 1)
	go func() { safe <- html.EscapeString(r.FormValue("z")) }()
	_ = template.HTML(<-safe)
}
