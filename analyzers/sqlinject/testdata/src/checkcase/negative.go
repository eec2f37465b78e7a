package checkcase

import (
	"database/sql"
	"net/http"
	"regexp"

	validation "github.com/go-ozzo/ozzo-validation/v4"
)

var (
	identRe = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)
	wordRe  = regexp.MustCompile(`\A\w{1,64}\z`)
)

func anchoredGlobal(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if !identRe.MatchString(col) {
		return
	}
	db.Query("SELECT " + col + " FROM t")
}

func ozzoMatch(db *sql.DB, r *http.Request) error {
	col := r.FormValue("col")
	if err := validation.Match(wordRe).Error("bad column").Validate(col); err != nil {
		return err
	}
	_, err := db.Query("SELECT " + col + " FROM t")
	return err
}

func ozzoIn(db *sql.DB, r *http.Request) error {
	dir := r.FormValue("dir")
	if err := validation.In("asc", "desc").Validate(dir); err != nil {
		return err
	}
	_, err := db.Query("SELECT * FROM t ORDER BY a " + dir)
	return err
}

func packageMatch(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if ok, _ := regexp.MatchString(`^(name|email)$`, col); !ok {
		return
	}
	db.Query("SELECT " + col + " FROM t")
}

func localRegexp(db *sql.DB, r *http.Request) {
	col := r.FormValue("col")
	if !regexp.MustCompile(`^\w+$`).MatchString(col) {
		return
	}
	db.Query("SELECT " + col + " FROM t")
}

// An exported function's parameter checked before use.
func DropTable(db *sql.DB, name string) error {
	if !identRe.MatchString(name) {
		return nil
	}
	_, err := db.Exec("DROP TABLE " + name)
	return err
}
