package checkcase

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

type listReq struct {
	Dir  string
	Cols []string
}

// A field compared with constants is one of them where the comparison
// held, however many times it is read.
func fieldEquals(db *sql.DB, r *http.Request) {
	var req listReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if req.Dir != "asc" && req.Dir != "desc" {
		return
	}
	db.Query("SELECT * FROM t ORDER BY a " + req.Dir)
}

// Look-alikes: the field written after the check, an element checked and
// another one used.
func fieldEqualsLookalikes(db *sql.DB, r *http.Request) {
	var req listReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if req.Dir == "asc" {
		req.Dir = r.FormValue("dir")
		db.Query("SELECT * FROM t ORDER BY a " + req.Dir) // want `request input`
	}
	if len(req.Cols) > 1 && req.Cols[0] == "id" {
		db.Query("SELECT " + req.Cols[1] + " FROM t") // want `request input`
	}
}
