// Package xorm is a trimmed stub of xorm.io/xorm v1.3.9.
package xorm

import (
	"xorm.io/xorm/dialects"
	"xorm.io/xorm/schemas"
)

type Engine struct{}
type Session struct{}

func (e *Engine) SQL(query interface{}, args ...interface{}) *Session            { return nil }
func (e *Engine) Where(query interface{}, args ...interface{}) *Session          { return nil }
func (e *Engine) Exec(sqlOrArgs ...interface{}) (interface{}, error)             { return nil, nil }
func (e *Engine) TableName(bean interface{}, includeSchema ...bool) string       { return "" }
func (e *Engine) TableInfo(bean interface{}) (*schemas.Table, error)             { return nil, nil }
func (e *Engine) Dialect() dialects.Dialect                                      { return nil }
func (e *Engine) NewSession() *Session                                           { return nil }
func (s *Session) And(query interface{}, args ...interface{}) *Session           { return s }
func (s *Session) Find(rowsSlicePtr interface{}, condiBean ...interface{}) error { return nil }
func (s *Session) Exec(sqlOrArgs ...interface{}) (interface{}, error)            { return nil, nil }
func (s *Session) OrderBy(order interface{}, args ...interface{}) *Session       { return s }

func (s *Session) Query(sqlOrArgs ...interface{}) ([]map[string][]byte, error)       { return nil, nil }
func (s *Session) QueryString(sqlOrArgs ...interface{}) ([]map[string]string, error) { return nil, nil }
