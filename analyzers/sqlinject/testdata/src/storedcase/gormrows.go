package storedcase

import (
	"database/sql"

	"gorm.io/gorm"
)

// gorm's ScanRows fills its destination from a row set: stored data.
func gormScanRows(orm *gorm.DB, rows *sql.Rows) {
	var table string
	if err := orm.ScanRows(rows, &table); err != nil {
		return
	}
	orm.Exec("TRUNCATE " + table) // want `built with string concatenation from orm.ScanRows\(rows, &table\) \(stored data\)`
}
