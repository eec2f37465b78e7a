package nethttp

import (
	"fmt"
	"net/http"
	"sync"
)

// An in-memory store kept in a package variable: what one handler puts
// into it through its methods, another reads back (stored XSS).
type wardNote struct{ Text string }

type wardNoteStore struct {
	mu    sync.Mutex
	notes []wardNote
	byBed map[string]string
	count int
}

func (s *wardNoteStore) add(n wardNote) {
	s.mu.Lock()
	s.notes = append(s.notes, n)
	s.count++
	s.mu.Unlock()
}

func (s *wardNoteStore) all() []wardNote {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]wardNote(nil), s.notes...)
}

func (s *wardNoteStore) put(bed, text string) {
	s.mu.Lock()
	s.byBed[bed] = text
	s.mu.Unlock()
}

func (s *wardNoteStore) get(bed string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.byBed[bed]
}

func (s *wardNoteStore) size() int { return s.count }

var wardNotes = &wardNoteStore{byBed: map[string]string{}}

func postWardNote(w http.ResponseWriter, r *http.Request) {
	wardNotes.add(wardNote{Text: r.FormValue("note")})
	wardNotes.put(r.FormValue("bed"), r.FormValue("bednote"))
	http.Redirect(w, r, "/ward", http.StatusSeeOther)
}

func listWardNotes(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%d notes</p>", wardNotes.size())
	for _, n := range wardNotes.all() {
		fmt.Fprintf(w, "<li>%s</li>", n.Text) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
	}
}

func bedNote(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", wardNotes.get(r.FormValue("bed"))) // want `r.FormValue\("bednote"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}
