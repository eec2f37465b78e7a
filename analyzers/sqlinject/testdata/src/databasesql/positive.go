package databasesql

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
)

func sprintf(ctx context.Context, db *sql.DB, r *http.Request) {
	q := fmt.Sprintf("SELECT * FROM t WHERE d > '%s'", r.URL.Query().Get("from"))
	db.QueryContext(ctx, q) // want `query passed to \(\*sql.DB\).QueryContext is built with fmt.Sprintf from r.URL.Query\(\).Get\("from"\) \(request input\): use a placeholder`
}

func concat(db *sql.DB, r *http.Request) {
	name := r.FormValue("name")
	db.Query("SELECT * FROM users WHERE name = '" + name + "'") // want `\(\*sql.DB\).Query is built with string concatenation from r.FormValue\("name"\) \(request input\)`
}

func plusAssign(tx *sql.Tx, r *http.Request) {
	q := "SELECT * FROM users WHERE 1=1"
	if v := r.PostFormValue("city"); v != "" {
		q += " AND city = '" + v + "'"
	}
	tx.Exec(q) // want `\(\*sql.Tx\).Exec is built with string concatenation from r.PostFormValue`
}

func passthrough(db *sql.DB, r *http.Request) {
	db.Exec(r.FormValue("sql")) // want `\(\*sql.DB\).Exec comes from r.FormValue\("sql"\) \(request input\)`
}

func builder(db *sql.DB, r *http.Request) {
	var b strings.Builder
	b.WriteString("SELECT * FROM t WHERE a = '")
	b.WriteString(r.Header.Get("X-A"))
	b.WriteString("'")
	db.Query(b.String()) // want `is built with strings.Builder from r.Header.Get\("X-A"\)`
}

func buffer(db *sql.DB, r *http.Request) {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "DELETE FROM t WHERE id = %s", r.PathValue("id"))
	db.Exec(buf.String()) // want `is built with fmt.Fprintf from r.PathValue\("id"\)`
}

func join(db *sql.DB, r *http.Request) {
	cols := r.URL.Query()["col"]
	db.Query("SELECT " + strings.Join(cols, ", ") + " FROM t") // want `\(\*sql.DB\).Query is built with`
}

func lower(db *sql.DB, r *http.Request) {
	dir := strings.ToLower(strings.TrimSpace(r.FormValue("dir")))
	db.Query("SELECT * FROM t ORDER BY a " + dir) // want `request input`
}

type filter struct {
	Name  string
	Limit int
}

func decoded(db *sql.DB, r *http.Request) {
	var f filter
	json.NewDecoder(r.Body).Decode(&f)
	db.Query("SELECT * FROM t WHERE name = '" + f.Name + "'") // want `request input`
}

type query struct{ SQL string }

func field(db *sql.DB, r *http.Request) {
	q := &query{SQL: "SELECT * FROM t WHERE a = " + r.FormValue("a")}
	db.Query(q.SQL) // want `request input`
}

func slice(db *sql.DB, r *http.Request) {
	parts := []string{"SELECT * FROM t WHERE"}
	parts = append(parts, "a = "+r.FormValue("a"))
	db.Query(strings.Join(parts, " ")) // want `request input`
}

func closure(db *sql.DB, r *http.Request) {
	id := r.FormValue("id")
	run := func() {
		db.Exec("DELETE FROM t WHERE id = " + id) // want `request input`
	}
	run()
}

func args(db *sql.DB) {
	db.Query("SELECT * FROM t WHERE a = " + os.Args[1]) // want `os.Args \(command-line argument\)`
}

func flags(db *sql.DB) {
	table := flag.String("table", "t", "")
	flag.Parse()
	db.Query("SELECT * FROM " + *table) // want `command-line argument`
}

func stdin(db *sql.DB) {
	rd := bufio.NewReader(os.Stdin)
	line, _ := rd.ReadString('\n')
	db.Exec("DELETE FROM t WHERE a = '" + line + "'") // want `standard input`
}

func prepare(db *sql.DB, r *http.Request) {
	db.Prepare("SELECT * FROM " + r.FormValue("t")) // want `\(\*sql.DB\).Prepare is built`
}

func unknown(db *sql.DB) {
	t := os.Getenv("TABLE")
	db.Query("SELECT * FROM " + t) // want `built with string concatenation from os.Getenv\("TABLE"\) \(result of os.Getenv\)`
}

func tableName() string { return os.Getenv("TABLE") }

// Unknown data returned by a helper is named by the helper the code
// called, with the unmodelled call inside it.
// A file read by a path of unknown origin is named by the read and the
// path's origin.
func unknownFile(db *sql.DB) {
	q, _ := os.ReadFile(os.Getenv("FILTER_FILE"))
	db.Query("SELECT * FROM t WHERE " + string(q)) // want `built with string concatenation from os.ReadFile\(os.Getenv\("FILTER_FILE"\)\) \(result of os.Getenv\): use a placeholder`
}

func unknownViaHelper(db *sql.DB) {
	db.Query("SELECT * FROM " + tableName()) // want `built with string concatenation from data returned by databasesql.tableName \(of unknown origin: os.Getenv\("TABLE"\)\)`
}

// Exported: its callers may be in packages sanitas does not see.
func ByColumn(db *sql.DB, col string) {
	db.Query("SELECT " + col + " FROM t") // want `built with string concatenation from parameter col of exported ByColumn`
}

// The elements of a slice parameter are as open as the parameter.
func ByColumns(db *sql.DB, cols []string) {
	for _, col := range cols {
		db.Query("SELECT " + col + " FROM t") // want `built with string concatenation from parameter cols\[\] of exported ByColumns`
	}
}

// The check is not on the path to the query: still a finding.
func guardElsewhere(db *sql.DB, r *http.Request) {
	field := r.FormValue("field")
	if slices.Contains([]string{"a"}, field) {
		println("known field")
	}
	db.Query("SELECT * FROM users WHERE " + field + " = ?") // want `request input`
}

type raw struct {
	Text  string
	Limit int
}

func parse(r *http.Request) *raw { return &raw{Text: r.FormValue("where"), Limit: 10} }

func useRaw(db *sql.DB, r *http.Request) {
	res := parse(r)
	db.Query("SELECT * FROM t WHERE " + res.Text) // want `request input`
	db.Query(fmt.Sprintf("SELECT * FROM t LIMIT %d", res.Limit))
}

// A closure of an exported function splices its parameter: the message
// names the parameter.
func SaveView(db *sql.DB, name string) error {
	return inTx(db, func(tx *sql.Tx) error {
		_, err := tx.Exec("CREATE VIEW " + name + " AS SELECT 1") // want `from parameter name of exported SaveView \(callers may be outside the analysed code\)`
		return err
	})
}

// A parameter whose name says it holds personal data is, for a query, a
// parameter like any other.
func PurgeAudit(db *sql.DB, patientID string) error {
	return inTx(db, func(tx *sql.Tx) error {
		_, err := tx.Exec("DELETE FROM audit WHERE patient_id = '" + patientID + "'") // want `from parameter patientID of exported PurgeAudit \(callers`
		return err
	})
}

func inTx(db *sql.DB, f func(*sql.Tx) error) error { return f(nil) }
