package interproc

import (
	"database/sql"
	"net/http"
	"strconv"
)

// A sort order one handler keeps in its receiver and another builds into
// its query: the receiver is every request's (see the xss sharedstate
// test for the mechanism).
type ward struct {
	db      *sql.DB
	order   string
	limit   int
	checked string
}

func (h *ward) setOrder(w http.ResponseWriter, r *http.Request) {
	h.order = r.FormValue("order")
	h.limit, _ = strconv.Atoi(r.FormValue("limit"))
	if o := r.FormValue("order"); o == "name" || o == "bed" {
		h.checked = o
	}
}

func (h *ward) list(w http.ResponseWriter, r *http.Request) {
	h.db.Query("SELECT * FROM patients ORDER BY " + h.order)            // want `r.FormValue\("order"\) \(request input, kept in ward.order across requests\)`
	h.db.Query("SELECT * FROM patients ORDER BY " + h.checked)          // checked against constants before it was stored
	h.db.Query("SELECT * FROM patients LIMIT " + strconv.Itoa(h.limit)) // a number
}

func wardRoutes(db *sql.DB) {
	h := &ward{db: db, order: "id"}
	http.HandleFunc("/order", h.setOrder)
	http.HandleFunc("/list", h.list)
}
