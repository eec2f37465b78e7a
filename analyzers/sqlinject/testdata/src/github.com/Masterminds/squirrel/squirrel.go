// Package squirrel is a trimmed stub of github.com/Masterminds/squirrel v1.5.4.
package squirrel

type SelectBuilder struct{}
type UpdateBuilder struct{}
type InsertBuilder struct{}
type StatementBuilderType struct{}
type Eq map[string]interface{}
type NotEq map[string]interface{}
type Like map[string]interface{}
type Sqlizer interface {
	ToSql() (string, []interface{}, error)
}

// StatementBuilder is a parent builder for other builders.
var StatementBuilder = StatementBuilderType{}

func Select(columns ...string) SelectBuilder       { return SelectBuilder{} }
func Update(table string) UpdateBuilder            { return UpdateBuilder{} }
func Insert(into string) InsertBuilder             { return InsertBuilder{} }
func Expr(sql string, args ...interface{}) Sqlizer { return nil }

func (b StatementBuilderType) Select(columns ...string) SelectBuilder { return SelectBuilder{} }

func (b SelectBuilder) Columns(columns ...string) SelectBuilder                      { return b }
func (b SelectBuilder) Column(column interface{}, args ...interface{}) SelectBuilder { return b }
func (b SelectBuilder) From(from string) SelectBuilder                               { return b }
func (b SelectBuilder) LeftJoin(join string, rest ...interface{}) SelectBuilder      { return b }
func (b SelectBuilder) Where(pred interface{}, args ...interface{}) SelectBuilder    { return b }
func (b SelectBuilder) GroupBy(groupBys ...string) SelectBuilder                     { return b }
func (b SelectBuilder) OrderBy(orderBys ...string) SelectBuilder                     { return b }
func (b SelectBuilder) Suffix(sql string, args ...interface{}) SelectBuilder         { return b }
func (b SelectBuilder) ToSql() (string, []interface{}, error)                        { return "", nil, nil }

func (b UpdateBuilder) Set(column string, value interface{}) UpdateBuilder        { return b }
func (b UpdateBuilder) SetMap(clauses map[string]interface{}) UpdateBuilder       { return b }
func (b UpdateBuilder) Where(pred interface{}, args ...interface{}) UpdateBuilder { return b }

func (b InsertBuilder) Columns(columns ...string) InsertBuilder    { return b }
func (b InsertBuilder) Values(values ...interface{}) InsertBuilder { return b }

func (eq Eq) ToSql() (sql string, args []interface{}, err error)     { return "", nil, nil }
func (neq NotEq) ToSql() (sql string, args []interface{}, err error) { return "", nil, nil }
func (lk Like) ToSql() (sql string, args []interface{}, err error)   { return "", nil, nil }
