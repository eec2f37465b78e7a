package chancase

import (
	"database/sql"
	"net/http"
	"strconv"
)

// Channels in struct fields and package variables: a handler sends, a
// worker started elsewhere receives.

type Queue struct {
	db      *sql.DB
	jobs    chan string
	urgent  chan string
	routine chan string
	counts  chan int
	tasks   chan task
}

type task struct {
	table string
	id    string
}

func NewQueue(db *sql.DB) *Queue {
	q := &Queue{db: db, jobs: make(chan string, 8), urgent: make(chan string), routine: make(chan string),
		counts: make(chan int), tasks: make(chan task)}
	go q.work()
	go q.pick()
	go q.tally()
	go q.runTasks()
	return q
}

func (q *Queue) work() {
	for ward := range q.jobs {
		q.db.Exec("UPDATE beds SET seen = true WHERE ward = '" + ward + "'") // want `r.FormValue\("ward"\) \(request input\)`
	}
}

func (q *Queue) Enqueue(w http.ResponseWriter, r *http.Request) {
	q.jobs <- r.FormValue("ward")
}

// A select's send and receive cases.
func (q *Queue) pick() {
	for {
		select {
		case u := <-q.urgent:
			q.db.Exec("DELETE FROM beds WHERE id = '" + u + "'") // want `r.FormValue\("bed"\) \(request input\)`
		case r := <-q.routine:
			q.db.Exec("UPDATE beds SET routine = true WHERE id = '" + r + "'")
		}
	}
}

func (q *Queue) Release(w http.ResponseWriter, r *http.Request) {
	select {
	case q.urgent <- r.FormValue("bed"):
	default:
	}
	q.routine <- "42"
}

// A select in a worker closure on a local channel.
func workerSelect(db *sql.DB, r *http.Request) {
	ch := make(chan string)
	quit := make(chan bool)
	go func() {
		for {
			select {
			case stmt := <-ch:
				db.Exec(stmt) // want `r.FormValue\("name"\) \(request input\)`
			case <-quit:
				return
			}
		}
	}()
	ch <- "DELETE FROM t WHERE name = '" + r.FormValue("name") + "'"
	quit <- true
}

var audits = make(chan string, 16)

func drain(db *sql.DB) {
	for {
		entry, ok := <-audits
		if !ok {
			return
		}
		db.Exec("INSERT INTO audit (line) VALUES ('" + entry + "')") // want `r.URL.Path \(request input\)`
	}
}

func audit(w http.ResponseWriter, r *http.Request) {
	audits <- r.URL.Path
}

// Safe look-alikes: a channel of ints, a struct element whose queried
// field is a constant (the input goes in the bound one), a field's channel
// only ever sent constants (q.routine above).

func (q *Queue) tally() {
	for n := range q.counts {
		q.db.Exec("UPDATE stats SET n = " + strconv.Itoa(n))
	}
}

func (q *Queue) runTasks() {
	for t := range q.tasks {
		q.db.Exec("UPDATE "+t.table+" SET done = true WHERE id = $1", t.id)
	}
}

func (q *Queue) Count(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	q.counts <- n
	q.tasks <- task{table: "beds", id: r.FormValue("id")}
}

// A field's channel passed to a worker that receives from its parameter,
// and to a producer that sends on its parameter.

type Pool struct {
	db  *sql.DB
	in  chan string
	out chan string
}

func NewPool(db *sql.DB) *Pool {
	p := &Pool{db: db, in: make(chan string), out: make(chan string)}
	go consume(db, p.in)
	go p.drainOut()
	return p
}

func consume(db *sql.DB, ch <-chan string) {
	for x := range ch {
		db.Exec("DELETE FROM t WHERE x = '" + x + "'") // want `query passed to \(\*sql\.DB\)\.Exec is built with string concatenation from r\.FormValue\("x"\) \(request input\), which chancase\.NewPool passes to chancase\.consume`
	}
}

func produce(ch chan<- string, v string) {
	ch <- "UPDATE t SET y = '" + v + "'"
}

func (p *Pool) drainOut() {
	for stmt := range p.out {
		p.db.Exec(stmt) // want `r.FormValue\("y"\) \(request input\)`
	}
}

func (p *Pool) Submit(w http.ResponseWriter, r *http.Request) {
	p.in <- r.FormValue("x")
	produce(p.out, r.FormValue("y"))
}
