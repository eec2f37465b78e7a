// Package schemas is a trimmed stub of xorm.io/xorm/schemas v1.3.9.
package schemas

type Table struct {
	Name string
}

type Column struct {
	Name    string
	Default string
}

func (t *Table) Columns() []*Column            { return nil }
func (t *Table) GetColumn(name string) *Column { return nil }
