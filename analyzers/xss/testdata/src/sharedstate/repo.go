package sharedstate

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"sync"
)

// What a shared object holds is shared too: here the repository the app
// keeps in an interface field, a *memRepo stored there at start-up.
type Repo interface {
	Save(c string)
	All() []string
}

type memRepo struct {
	mu       sync.Mutex
	comments []string
}

func (m *memRepo) Save(c string) { m.mu.Lock(); m.comments = append(m.comments, c); m.mu.Unlock() }

func (m *memRepo) All() []string { m.mu.Lock(); defer m.mu.Unlock(); return m.comments }

type App struct{ repo Repo }

func (a *App) save(w http.ResponseWriter, r *http.Request) { a.repo.Save(r.FormValue("comment")) }

func (a *App) show(w http.ResponseWriter, r *http.Request) {
	for _, c := range a.repo.All() {
		fmt.Fprintf(w, "<p>%s</p>", c) // want `r.FormValue\("comment"\) \(request input, kept in memRepo.comments across requests\) written unescaped`
	}
}

func AppRoutes() {
	a := &App{repo: &memRepo{}}
	http.HandleFunc("/save", a.save)
	http.HandleFunc("/show", a.show)
}

// A closure made while a request is served captures that request's
// values: reqData is not shared, so another handler's reqData of its own
// is not the request's.
type reqData struct{ name string }

func perRequest(w http.ResponseWriter, r *http.Request) {
	d := &reqData{name: r.FormValue("n")}
	reply := func(w2 http.ResponseWriter, r2 *http.Request) { json.NewEncoder(w2).Encode(d.name) }
	reply(w, r)
}

func (d *reqData) greet(w http.ResponseWriter) { fmt.Fprintf(w, "<p>%s</p>", d.name) }

func otherPage(w http.ResponseWriter, r *http.Request) {
	d := &reqData{name: "static"}
	d.greet(w)
}

// A store whose method keeps what it is given: its field holds its
// callers' values and the state alike. Escaped before it is added, a
// note stays escaped; added raw, it is reported where it is written.
type Notebook struct {
	mu    sync.Mutex
	notes []string
}

func (b *Notebook) Add(n string) { b.mu.Lock(); b.notes = append(b.notes, n); b.mu.Unlock() }

func (b *Notebook) Notes() []string { b.mu.Lock(); defer b.mu.Unlock(); return b.notes }

func addEscaped(b *Notebook) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { b.Add(html.EscapeString(r.FormValue("n"))) }
}

func listNotebook(b *Notebook) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for _, n := range b.Notes() {
			fmt.Fprintf(w, "<li>%s</li>", n)
		}
	}
}

func NotebookRoutes(mux *http.ServeMux) {
	b := &Notebook{}
	b.Add("<em>welcome</em>")
	mux.HandleFunc("/nb/add", addEscaped(b))
	mux.HandleFunc("/nb", listNotebook(b))
}
