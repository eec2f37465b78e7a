package chancase

import (
	"database/sql"
	"net/http"
)

// Channels whose type is a type parameter's (C ~chan T): a receive and a
// select on them, in the same package as other findings.

func first[C ~chan T, T any](c C) T { return <-c }

func pick[C ~chan T, T any](a, b C) T {
	select {
	case x := <-a:
		return x
	case y := <-b:
		return y
	}
}

func genericChannels(db *sql.DB, r *http.Request) {
	ch := make(chan string, 2)
	ch <- r.FormValue("ward")
	ch <- "beds"
	db.Query("SELECT * FROM " + first(ch))    // want `request input`
	db.Query("SELECT * FROM " + pick(ch, ch)) // want `request input`
}

// A worker's channel field that its caller fills with input, while the
// package also sends other text on that field elsewhere.
type drainer struct {
	db   *sql.DB
	jobs chan string
}

func (d *drainer) drain() {
	q := <-d.jobs
	d.db.Query("SELECT * FROM t WHERE " + q) // want `query passed to \(\*sql\.DB\)\.Query is built with string concatenation from r\.FormValue\("where"\) \(request input\), which chancase\.fillDrainer passes to \(\*chancase\.drainer\)\.drain`
}

func (d *drainer) notify(table string) { d.jobs <- "name = '" + table + "'" }

func fillDrainer(db *sql.DB, r *http.Request) {
	ch := make(chan string, 1)
	ch <- r.FormValue("where")
	d := &drainer{db: db, jobs: ch}
	d.drain()
}
