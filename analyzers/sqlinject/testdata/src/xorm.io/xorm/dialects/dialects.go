// Package dialects is a trimmed stub of xorm.io/xorm/dialects v1.3.9.
package dialects

import "xorm.io/xorm/schemas"

type Dialect interface {
	SQLType(*schemas.Column) string
}
