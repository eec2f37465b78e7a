// Package goqu is a trimmed stub of github.com/doug-martin/goqu/v9 (v9.19.0).
package goqu

type Expression interface{}

type SelectDataset struct{}

func From(table ...interface{}) *SelectDataset                           { return &SelectDataset{} }
func (sd *SelectDataset) Where(expressions ...Expression) *SelectDataset { return sd }
func (sd *SelectDataset) ToSQL() (string, []interface{}, error)          { return "", nil, nil }

func L(sql string, args ...interface{}) Expression       { return nil }
func Literal(sql string, args ...interface{}) Expression { return nil }
func I(ident string) Expression                          { return nil }
func C(col string) Expression                            { return nil }
