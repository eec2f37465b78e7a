// Package validatorcase: a value checked by a validator function (one that
// returns a nil error or true only where its parameter passed an
// allow-list check), here or in another package, is safe where the caller
// leaves on failure.
package validatorcase

import (
	"database/sql"
	"errors"
	"net/http"
	"slices"
	"strconv"

	"validatorlib"
)

var orderable = []string{"name", "created_at"}

func validateOrder(col string) error {
	if !slices.Contains(orderable, col) {
		return errors.New("bad order")
	}
	return nil
}

type validationError struct{ field string }

func (e *validationError) Error() string { return "invalid " + e.field }

func (s *store) checkGroup(by string) error {
	if _, ok := s.groups[by]; !ok {
		return &validationError{field: "group"}
	}
	return nil
}

type store struct {
	db     *sql.DB
	groups map[string]string
}

func allowedDir(dir string) bool {
	switch dir {
	case "ASC", "DESC":
		return true
	}
	return false
}

func (s *store) sortLocal(w http.ResponseWriter, r *http.Request) {
	col := r.URL.Query().Get("sort")
	if err := validateOrder(col); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col)
}

func (s *store) groupMethod(r *http.Request) {
	by := r.FormValue("by")
	if err := s.checkGroup(by); err != nil {
		return
	}
	s.db.Query("SELECT count(*) FROM visits GROUP BY " + by)
}

func (s *store) dirBool(r *http.Request) {
	dir := r.FormValue("dir")
	if !allowedDir(dir) {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY name " + dir)
}

func (s *store) sortImported(r *http.Request) {
	col := r.FormValue("sort")
	if err := validatorlib.ValidateSort(col); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col)
}

func (s *store) columnImported(r *http.Request) {
	col := r.FormValue("col")
	if validatorlib.ValidateColumn(col) != nil {
		return
	}
	s.db.Query("SELECT " + col + " FROM visits")
}

func (s *store) dirImported(r *http.Request) {
	dir := r.FormValue("dir")
	if validatorlib.ValidDir(dir) {
		s.db.Query("SELECT id FROM visits ORDER BY name " + dir)
	}
}

func (s *store) tableImported(r *http.Request) {
	t := r.FormValue("t")
	if !validatorlib.KnownTable(t) {
		return
	}
	s.db.Query("SELECT id FROM " + t)
}

func (s *store) sortChained(r *http.Request) {
	col := r.FormValue("sort")
	if err := validatorlib.ValidateSortAgain(col); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col)
}

// True positives: look-alike validators, and callers that do not leave.

func (s *store) lengthOnly(r *http.Request) {
	col := r.FormValue("sort")
	if err := validatorlib.CheckLength(col); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) logsOnly(r *http.Request) {
	col := r.FormValue("sort")
	if err := validatorlib.LogOdd(col); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) orElse(r *http.Request) {
	col := r.FormValue("sort")
	if err := validatorlib.OrElse(col, nil); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) notLeaving(r *http.Request) {
	col := r.FormValue("sort")
	if err := validateOrder(col); err != nil {
		println("bad sort")
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) ignored(r *http.Request) {
	col := r.FormValue("sort")
	_ = validatorlib.ValidateSort(col)
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) otherValue(r *http.Request) {
	col := r.FormValue("sort")
	if err := validateOrder(r.FormValue("other")); err != nil {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY " + col) // want `request input`
}

func (s *store) inverted(r *http.Request) {
	dir := r.FormValue("dir")
	if allowedDir(dir) {
		return
	}
	s.db.Query("SELECT id FROM visits ORDER BY name " + dir) // want `request input`
}

// A validator whose check is a parse with several results: its error is
// the check's.
func validPage(s string) error {
	_, err := strconv.Atoi(s)
	return err
}

func pageChecked(db *sql.DB, r *http.Request) {
	page := r.FormValue("page")
	if err := validPage(page); err != nil {
		return
	}
	db.Query("SELECT * FROM notes LIMIT 20 OFFSET " + page)
}

func pageUnchecked(db *sql.DB, r *http.Request) {
	page := r.FormValue("page")
	if err := validPage("1"); err != nil {
		return
	}
	db.Query("SELECT * FROM notes LIMIT 20 OFFSET " + page) // want `built with string concatenation from r.FormValue\("page"\)`
}
