// Package programtext: names the program derives from its own types and
// schema are like constants; a name passed as a string is not.
package programtext

import (
	"database/sql"
	"fmt"
	"net/http"
	"reflect"

	"xorm.io/xorm"
)

type Patient struct {
	ID   int64
	Name string `db:"family_name"`
}

// Exported, but the bean's table name is program-defined: silent.
func RecreateTable(e *xorm.Engine, sess *xorm.Session, bean any) error {
	tableName := e.TableName(bean)
	_, err := sess.Exec(fmt.Sprintf("DROP TABLE `%s`", tableName))
	return err
}

func columns(e *xorm.Engine, sess *xorm.Session) {
	table, _ := e.TableInfo(new(Patient))
	q := "INSERT INTO tmp SELECT "
	for _, col := range table.Columns() {
		q += "`" + col.Name + "`, COALESCE(" + col.Default + ")"
	}
	sess.Exec(q + " FROM " + table.Name)
	sqlType := e.Dialect().SQLType(table.GetColumn("name"))
	sess.Exec("ALTER TABLE patient MODIFY COLUMN name " + sqlType)
}

func reflected(db *sql.DB, v any) {
	t := reflect.TypeOf(v)
	f, _ := t.Elem().FieldByName("Name")
	db.Query("SELECT " + f.Tag.Get("db") + " FROM " + t.Elem().Name())
	db.Query("SELECT * FROM " + reflect.ValueOf(v).Type().Name())
}

// True positives: a string given where a bean may go is returned as it is.
func byName(e *xorm.Engine, sess *xorm.Session, r *http.Request) {
	sess.Exec("DELETE FROM " + e.TableName(r.FormValue("t"))) // want `query passed to \(\*xorm.Session\).Exec is built with string concatenation from e.TableName\(r.FormValue\("t"\)\) \(request input\)`
}

func DropNamed(e *xorm.Engine, sess *xorm.Session, name string) {
	sess.Exec("DROP TABLE " + e.TableName(name)) // want `from parameter name of exported DropNamed`
}

// A reflect.Value's text is data, not a type's name.
func reflectValue(db *sql.DB, r *http.Request) {
	db.Query("SELECT * FROM t WHERE a = '" + reflect.ValueOf(r.FormValue("a")).String() + "'") // want `\(\*sql.DB\).Query is built`
}
