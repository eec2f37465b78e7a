// Package catalog: a query that reads only the database's catalog returns
// names of objects the program created; other query results are data of
// unknown origin (second-order injection).
package catalog

import (
	"database/sql"
	"fmt"

	"xorm.io/xorm"
)

func dropIndexes(sess *xorm.Session) {
	res, _ := sess.Query("PRAGMA index_list(`patient`)")
	for _, row := range res {
		sess.Exec(fmt.Sprintf("DROP INDEX `%s`", row["name"]))
	}
	rows, _ := sess.QueryString("SELECT [name] FROM sys.default_constraints WHERE parent_object_id=OBJECT_ID(?)", "user")
	if len(rows) > 0 {
		sess.Exec("ALTER TABLE [user] DROP CONSTRAINT " + rows[0]["name"])
	}
	idx, _ := sess.Query("SHOW INDEX FROM patient WHERE column_name IN ('a')")
	for _, row := range idx {
		sess.Exec("DROP INDEX `" + string(row["column_name"]) + "` ON patient")
	}
	ddl, _ := sess.Query(fmt.Sprintf("SELECT sql FROM sqlite_master WHERE tbl_name='%s' AND type='table'", "patient"))
	sess.Exec("CREATE TABLE new_patient " + string(ddl[0]["sql"]))
}

// True positives: values stored in ordinary tables, and a catalog relation
// joined with one.
func storedValues(sess *xorm.Session) {
	res, _ := sess.QueryString("SELECT filter FROM saved_search WHERE id = ?", 1)
	sess.Exec("DELETE FROM patient WHERE " + res[0]["filter"]) // want `built with string concatenation from sess.QueryString\("SELECT filter FROM saved_search WHERE id = \?", 1\) \(result of \(\*xorm.Session\).QueryString\)`
	mixed, _ := sess.QueryString("SELECT i.name FROM pg_indexes i JOIN notes n ON n.ix = i.indexname")
	sess.Exec("DROP INDEX " + mixed[0]["name"]) // want `\(\*xorm.Session\).Exec is built`
}

// A query's rows do not carry its text: the name read back is the
// catalog's, not the parameter's.
func readBack(db *sql.DB, sess *xorm.Session, table string) {
	res, _ := sess.Query(fmt.Sprintf("PRAGMA index_list(`%s`)", table))
	for _, row := range res {
		sess.Exec(fmt.Sprintf("DROP INDEX `%s`", row["name"]))
	}
}
