package programtext

import (
	"database/sql"
	"embed"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// A migration's SQL read from a file the program names is program text,
// as a constant query would be.

var migrations embed.FS

func migrate(db *sql.DB, schema string) error {
	q, err := os.ReadFile(filepath.Join("migrations", "001_init.sql"))
	if err != nil {
		return err
	}
	_, err = db.Exec(strings.ReplaceAll(string(q), "{{schema}}", "app"))
	return err
}

func migrateEmbedded(db *sql.DB, name string) error {
	q, err := migrations.ReadFile("migrations/" + name)
	if err != nil {
		return err
	}
	_, err = db.Exec("SET search_path TO app; " + string(q))
	return err
}

// True positives: a file the request names, or one named by the database.

func runNamed(db *sql.DB, r *http.Request) {
	q, _ := os.ReadFile(filepath.Join("queries", r.FormValue("report")+".sql"))
	db.Exec(string(q)) // want `\(\*sql.DB\).Exec comes from r.FormValue\("report"\) \(request input\)`
}

func runStored(db *sql.DB) {
	var path string
	_ = db.QueryRow("SELECT script FROM jobs").Scan(&path)
	q, _ := os.ReadFile(path)
	db.Exec("BEGIN; " + string(q)) // want `\(\*sql.DB\).Exec is built with string concatenation from db.QueryRow\("SELECT script FROM jobs"\).Scan\(&path\) \(stored data\)`
}
