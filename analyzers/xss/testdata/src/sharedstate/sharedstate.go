// Package sharedstate: objects that outlive a request. What one handler
// stores in the fields of its receiver, or of an object its closure
// captures, another handler reads: the in-memory guestbook.
package sharedstate

import (
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strings"
	"sync"

	"github.com/gin-gonic/gin"
)

// Guestbook's handlers are its methods: every request shares it.
type Guestbook struct {
	mu      sync.Mutex
	title   string
	entries []string
	last    string
	byID    map[string]string
	safe    []string
	visits  int
}

func (g *Guestbook) post(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	msg := r.FormValue("msg")
	g.entries = append(g.entries, msg)
	g.last = msg
	g.byID[r.FormValue("id")] = msg
	g.safe = append(g.safe, html.EscapeString(msg))
	g.visits++
}

func (g *Guestbook) list(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	fmt.Fprintf(w, "<h1>%s</h1>", g.title) // a constant set at start-up
	for _, e := range g.entries {
		fmt.Fprintf(w, "<li>%s</li>", e) // want `^r.FormValue\("msg"\) \(request input, kept in Guestbook.entries across requests\) written unescaped into an HTML response by fmt.Fprintf: render it with html/template, escape it \(html.EscapeString\), or set a non-HTML Content-Type before writing$`
	}
	for _, e := range g.safe {
		fmt.Fprintf(w, "<li>%s</li>", e)
	}
	fmt.Fprintf(w, "<p>%d visits</p>", g.visits)
}

func (g *Guestbook) lastOne(w http.ResponseWriter, r *http.Request) {
	g.render(w)
}

// render is no handler, but its receiver is the shared guestbook.
func (g *Guestbook) render(w http.ResponseWriter) {
	_ = template.HTML(g.last) // want `r.FormValue\("msg"\) \(request input, kept in Guestbook.last across requests\) converted to template.HTML`
}

func (g *Guestbook) one(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "<p>%s</p>", g.byID[r.FormValue("id")]) // want `r.FormValue\("msg"\) \(request input, kept in Guestbook.byID\[\] across requests\) written unescaped`
}

func (g *Guestbook) setTitle(t string) { g.title = t }

func Routes() {
	g := &Guestbook{byID: map[string]string{}}
	g.setTitle("Guestbook")
	http.HandleFunc("/post", g.post)
	http.HandleFunc("/list", g.list)
	http.HandleFunc("/last", g.lastOne)
	http.HandleFunc("/one", g.one)
}

// Store is captured by handler closures: every request shares it too.
type Store struct {
	mu    sync.Mutex
	notes []string
}

func (s *Store) Add(n string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notes = append(s.notes, n)
}

func (s *Store) All() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.notes...)
}

func addNote(st *Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st.Add(r.PostFormValue("note"))
	}
}

func listNotes(st *Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Join(st.All(), "<br>"))) // want `r.PostFormValue\("note"\) \(request input, kept in Store.notes across requests\) written unescaped`
	}
}

func StoreRoutes(mux *http.ServeMux) {
	st := &Store{}
	mux.HandleFunc("/notes/add", addNote(st))
	mux.HandleFunc("/notes", listNotes(st))
}

// A gin handler type.
type Board struct{ posts []string }

func (b *Board) Post(c *gin.Context) { b.posts = append(b.posts, c.PostForm("p")) }

func (b *Board) Show(c *gin.Context) {
	c.Data(http.StatusOK, "text/html", []byte(strings.Join(b.posts, "<hr>"))) // want `c.PostForm\("p"\) \(request input, kept in Board.posts across requests\) written unescaped`
}

// page is per-request data, not shared: filling one page from the
// request says nothing of another page a handler makes.
type page struct{ Title string }

func (p *page) fill(r *http.Request) { p.Title = r.FormValue("t") }

func renderPage(w http.ResponseWriter, p *page) { fmt.Fprintf(w, "<h1>%s</h1>", p.Title) }

func apiPage(w http.ResponseWriter, r *http.Request) {
	var p page
	p.fill(r)
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(p)
}

func homePage(w http.ResponseWriter, r *http.Request) {
	renderPage(w, &page{Title: "Home"})
}

// Site keeps its board behind a pointer field: a path continues through a
// pointer loaded from a field, so the board's methods store in and read
// from the Site's ".board.items".
type Site struct{ board *board }

type board struct {
	mu    sync.Mutex
	items []string
}

func (b *board) add(s string) { b.mu.Lock(); b.items = append(b.items, s); b.mu.Unlock() }

func (b *board) all() []string { b.mu.Lock(); defer b.mu.Unlock(); return b.items }

func (s *Site) pin(w http.ResponseWriter, r *http.Request) { s.board.add(r.FormValue("pin")) }

func (s *Site) pins(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	w.Write([]byte(strings.Join(s.board.all(), "<br>"))) // want `r.FormValue\("pin"\) \(request input, kept in Site.board.items across requests\) written unescaped`
}

func (s *Site) pinsJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s.board.all())
}

func SiteRoutes() {
	s := &Site{board: &board{}}
	s.board.add("<b>welcome</b>")
	http.HandleFunc("/pin", s.pin)
	http.HandleFunc("/pins", s.pins)
	http.HandleFunc("/pins.json", s.pinsJSON)
}
