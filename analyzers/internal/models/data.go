package models

import "strings"

// Data access for the authz analyzer, derived from the SQL sink table rather
// than listed a second time: a call touches data when it is a query-text sink
// of SQLSinks, or a method of a type that has one (gorm's First and Save,
// sqlx's Get, a dbx Builder's Select: the database handles and query
// builders of the modelled libraries).

// dataHandles are the receiver types ("database/sql.DB",
// "github.com/pocketbase/dbx.Builder") of the SQL sink rows.
var dataHandles = map[string]bool{}

// notDataAccess are methods of data handles that configure the handle or
// release it without reading or writing rows.
var notDataAccess = map[string]bool{
	"Close": true, "Ping": true, "PingContext": true, "Stats": true, "Driver": true,
	"SetMaxOpenConns": true, "SetMaxIdleConns": true, "SetConnMaxLifetime": true,
	"SetConnMaxIdleTime": true, "Err": true, "String": true, "Error": true,
	// bun: the SQL dialect and model registration configure the handle.
	"Dialect": true, "RegisterModel": true,
}

func init() {
	for _, s := range sqlSinks {
		if recv := RecvType(s.Func); recv != "" {
			dataHandles[recv] = true
		}
	}
}

// RecvType returns the receiver's named type "pkgpath.Type" of a method's
// FullName ("(*database/sql.DB).Query" → "database/sql.DB"), or "".
func RecvType(fullName string) string {
	if !strings.HasPrefix(fullName, "(") {
		return ""
	}
	end := strings.Index(fullName, ").")
	if end < 0 {
		return ""
	}
	return strings.TrimPrefix(fullName[1:end], "*")
}

// IsDataHandle reports whether the named type "pkgpath.Type" is a database
// handle or query builder of the SQL table.
func IsDataHandle(named string) bool { return dataHandles[named] }

// IsDataAccess reports whether a call of the function with the given
// FullName reads or writes a database: an SQL query-text sink, or a method
// of a data handle other than configuration and cleanup.
func IsDataAccess(fullName string) bool {
	for _, s := range sinkByFunc[fullName] {
		if s.Class == SQL {
			return true
		}
	}
	recv := RecvType(fullName)
	if recv == "" || !dataHandles[recv] {
		return false
	}
	name := fullName[strings.LastIndexByte(fullName, '.')+1:]
	return !notDataAccess[name]
}
