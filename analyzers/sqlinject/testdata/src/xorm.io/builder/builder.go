// Package builder is a trimmed stub of xorm.io/builder v0.3.13.
package builder

type Cond interface{}

type Eq map[string]interface{}

// Expr generate customerize SQL
func Expr(sql string, args ...interface{}) Cond { return nil }
