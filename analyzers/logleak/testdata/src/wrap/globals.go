package wrap

import (
	"log"
	"net/url"
)

// A package variable is field-sensitive: a password stored in one field
// does not reach a read of another field, while the whole variable and the
// field itself still carry it. Stores reach reads in any order (a later
// call sees what an earlier one left).

var indexer struct {
	Endpoint string
	Auth     string
}

func loadIndexer() {
	u, err := url.Parse(indexer.Endpoint)
	if err != nil {
		log.Printf("parse indexer endpoint: %v", err) // safe: the password is stored in another field
		return
	}
	indexer.Auth, _ = u.User.Password()
	u.User = nil
	indexer.Endpoint = u.String()
}

func logIndexerAuth() {
	log.Printf("indexer auth %s", indexer.Auth) // want `credential \(password\) u.User.Password\(\) written to the log`
}

func logIndexer() {
	log.Printf("indexer %+v", indexer) // want `credential \(password\) u.User.Password\(\) written to the log`
}

// A field of an anonymous struct is not a name source (see
// taint.fieldSource): only what the program stores there counts.

var search struct {
	ConnStr string
}

func loadSearch() {
	if _, err := url.Parse(search.ConnStr); err != nil {
		log.Printf("parse search conn: %v", err) // not reported: a known gap, kept deliberately
	}
}
