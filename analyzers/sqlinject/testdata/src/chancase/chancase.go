// Package chancase: queries sent over channels, to a receive in the same
// function and to a worker goroutine's closure.
package chancase

import (
	"context"
	"database/sql"
	"net/http"
)

func sameFunction(db *sql.DB, r *http.Request) {
	ch := make(chan string, 1)
	ch <- "UPDATE t SET tag = '" + r.FormValue("tag") + "'"
	close(ch)
	for stmt := range ch {
		db.Exec(stmt) // want `request input`
	}
}

func worker(db *sql.DB, r *http.Request) {
	ch := make(chan string)
	go func() {
		for stmt := range ch {
			db.Exec(stmt) // want `request input`
		}
	}()
	for _, t := range r.Form["tag"] {
		ch <- "UPDATE t SET tag = '" + t + "'"
	}
	close(ch)
}

func workerRecv(db *sql.DB, r *http.Request) {
	ch := make(chan string)
	done := make(chan bool)
	go func() {
		stmt := <-ch
		db.Exec(stmt) // want `request input`
		done <- true
	}()
	ch <- "DELETE FROM t WHERE name = '" + r.FormValue("name") + "'"
	<-done
}

type Store struct{ db *sql.DB }

func (s *Store) run(ctx context.Context, stmt string) error {
	_, err := s.db.ExecContext(ctx, stmt) // want `query passed to \(\*sql\.DB\)\.ExecContext is built with string concatenation from parameter tags\[\] of exported Retag \(callers may be outside the analysed code\), which \(\*chancase\.Store\)\.Retag\.func1 passes to \(\*chancase\.Store\)\.run`
	return err
}

// Retag's callers may pass anything: its parameter is of unknown origin in
// the worker.
func (s *Store) Retag(ctx context.Context, tags []string) {
	ch := make(chan string)
	go func() {
		for stmt := range ch {
			_ = s.run(ctx, stmt)
		}
	}()
	for _, t := range tags {
		ch <- "UPDATE t SET tag = '" + t + "'"
	}
	close(ch)
}

// Safe look-alikes: the worker's channel carries constant statements only,
// or tainted text goes on another channel.

func workerConst(db *sql.DB, r *http.Request) {
	ch := make(chan string)
	go func() {
		for stmt := range ch {
			db.Exec(stmt)
		}
	}()
	if r.FormValue("full") == "1" {
		ch <- "UPDATE t SET done = true"
	}
	ch <- "UPDATE t SET seen = true"
	close(ch)
}

func workerOtherChannel(db *sql.DB, r *http.Request) {
	stmts := make(chan string)
	logs := make(chan string, 1)
	go func() {
		for stmt := range stmts {
			db.Exec(stmt)
		}
	}()
	logs <- "retag " + r.FormValue("tag")
	stmts <- "UPDATE t SET seen = true"
	close(stmts)
	println(<-logs)
}
