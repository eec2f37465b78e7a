package checkcase

import (
	"database/sql"
	"net/http"
	"strconv"
)

// A value strconv parsed without error is a number's spelling: safe to
// splice where the parse succeeded.

func numericLimit(db *sql.DB, r *http.Request) {
	limit := r.FormValue("limit")
	if _, err := strconv.Atoi(limit); err != nil {
		return
	}
	db.Query("SELECT * FROM t LIMIT " + limit)
}

func numericUint(db *sql.DB, r *http.Request) error {
	off := r.FormValue("offset")
	if _, err := strconv.ParseUint(off, 10, 32); err != nil {
		return err
	}
	_, err := db.Query("SELECT * FROM t OFFSET " + off)
	return err
}

func numericIgnored(db *sql.DB, r *http.Request) {
	limit := r.FormValue("limit")
	n, _ := strconv.Atoi(limit)
	_ = n
	db.Query("SELECT * FROM t LIMIT " + limit) // want `request input`
}

func numericFailed(db *sql.DB, r *http.Request) {
	limit := r.FormValue("limit")
	if _, err := strconv.Atoi(limit); err == nil {
		return
	}
	db.Query("SELECT * FROM t LIMIT " + limit) // want `request input`
}
