// Package squirrel is a trimmed stub of github.com/Masterminds/squirrel v1.5.4.
package squirrel

type SelectBuilder struct{}
type Eq map[string]interface{}
type Sqlizer interface {
	ToSql() (string, []interface{}, error)
}

func Select(columns ...string) SelectBuilder       { return SelectBuilder{} }
func Expr(sql string, args ...interface{}) Sqlizer { return nil }

func (b SelectBuilder) From(from string) SelectBuilder                            { return b }
func (b SelectBuilder) Where(pred interface{}, args ...interface{}) SelectBuilder { return b }
func (b SelectBuilder) OrderBy(orderBys ...string) SelectBuilder                  { return b }
func (b SelectBuilder) Suffix(sql string, args ...interface{}) SelectBuilder      { return b }
func (b SelectBuilder) ToSql() (string, []interface{}, error)                     { return "", nil, nil }
