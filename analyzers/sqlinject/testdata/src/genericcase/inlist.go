package genericcase

import (
	"database/sql"
	"fmt"
	"strings"
)

// inList renders each value with %v: what it gives is what the values
// are, numbers or text.
func inList[T any](vals []T) string {
	parts := make([]string, 0, len(vals))
	for _, v := range vals {
		parts = append(parts, fmt.Sprintf("%v", v))
	}
	return strings.Join(parts, ", ")
}

// ByInternalIDs: a slice of numbers holds no text, whoever calls it.
func ByInternalIDs(db *sql.DB, ids []int64) {
	db.Query("SELECT * FROM patients WHERE id IN (" + inList(ids) + ")")
}

// ByIDArray: nor does an array or a pointer to numbers.
func ByIDArray(db *sql.DB, ids *[4]int64) {
	db.Query("SELECT * FROM patients WHERE id IN (" + inList(ids[:]) + ")")
}

// ByCodes: a slice of strings from an exported function's caller does.
func ByCodes(db *sql.DB, codes []string) {
	db.Query("SELECT * FROM patients WHERE code IN (" + inList(codes) + ")") // want `parameter codes`
}

// ByKeyed: a map of numbers to text carries the text.
func ByKeyed(db *sql.DB, names map[int]string) {
	for id, n := range names {
		db.Query(fmt.Sprintf("UPDATE t SET name = '%s' WHERE id = %d", n, id)) // want `parameter names`
	}
}

// ByRawFilter: bytes are text.
func ByRawFilter(db *sql.DB, filter []byte, runes [8]rune) {
	db.Query("SELECT * FROM t WHERE " + string(filter))                 // want `parameter filter`
	db.Query("SELECT * FROM t WHERE name = '" + string(runes[:]) + "'") // want `parameter runes`
}
