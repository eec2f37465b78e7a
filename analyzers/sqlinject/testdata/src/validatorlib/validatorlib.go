// Package validatorlib holds validators other packages call before they
// splice the validated value into a query, and look-alikes that are not.
package validatorlib

import (
	"errors"
	"fmt"
	"log"
	"slices"
)

var sortKeys = []string{"name", "created_at"}

// ErrBadColumn is returned for a column outside the allow-list.
var ErrBadColumn = errors.New("bad column")

// ValidateSort returns an error unless col is a sortable column.
func ValidateSort(col string) error {
	if !slices.Contains(sortKeys, col) {
		return fmt.Errorf("cannot sort by %q", col)
	}
	return nil
}

// ValidateColumn allows two columns by a switch.
func ValidateColumn(col string) error {
	switch col {
	case "ward", "clinician":
		return nil
	}
	return ErrBadColumn
}

// ValidDir reports whether dir is a sort direction.
func ValidDir(dir string) bool { return dir == "asc" || dir == "desc" }

var tables = map[string]string{"visits": "visits_v2", "notes": "notes_v1"}

// KnownTable reports whether t is a table name of the map.
func KnownTable(t string) bool {
	_, ok := tables[t]
	return ok
}

// ValidateSortAgain validates through another validator.
func ValidateSortAgain(col string) error { return ValidateSort(col) }

// Look-alikes.

// CheckLength checks the length only.
func CheckLength(col string) error {
	if len(col) > 20 {
		return ErrBadColumn
	}
	return nil
}

// LogOdd logs an odd column and lets it through.
func LogOdd(col string) error {
	if !slices.Contains(sortKeys, col) {
		log.Print("odd column")
	}
	return nil
}

// OrElse passes a caller's error on when col is unknown: that may be nil.
func OrElse(col string, err error) error {
	if slices.Contains(sortKeys, col) {
		return nil
	}
	return err
}

// Always returns an error for every column.
func Always(col string) error { return fmt.Errorf("no sorting by %q", col) }
