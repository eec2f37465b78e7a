package sharedstate

import (
	"encoding/json"
	"fmt"
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
		fmt.Fprintf(w, "<p>%s</p>", c) // want `r.FormValue\("comment"\) \(request input\) written unescaped`
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
