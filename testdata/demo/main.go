// Command clinic is sanitas's demo: a small patient portal with the mistakes
// sanitas exists to catch. Run `go run ./cmd/sanitas -C testdata/demo ./...`
// from the sanitas repository to see them.
package main

import (
	"database/sql"
	"log"

	"example.com/clinic/api"
	"example.com/clinic/store"
)

func main() {
	db, err := sql.Open("postgres", "postgres://clinic@localhost/clinic")
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(api.ListenAndServe(&api.Server{Store: &store.Store{DB: db}}))
}
