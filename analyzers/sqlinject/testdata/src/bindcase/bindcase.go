// Package bindcase: struct fields bound from a request and validated by
// go-playground/validator tags (gin's binding, validator's Struct,
// echo's c.Validate) that admit only safe text are checked, where the
// validation's error was checked; other tags, and unchecked errors, clean
// nothing.
package bindcase

import (
	"database/sql"

	"github.com/gin-gonic/gin"
	"github.com/go-playground/validator/v10"
	"github.com/labstack/echo/v4"
)

type listQuery struct {
	Dir   string `form:"dir" binding:"omitempty,oneof=asc desc"`
	Ward  string `form:"ward"`
	Limit string `form:"limit" binding:"required,max=10"`
	Name  string `form:"name" binding:"alphaunicode"`
	Kind  string `form:"kind" validate:"oneof=a b"`
	Page  page
}

type page struct {
	Sort string `form:"sort" binding:"oneof=id name"`
}

// Safe: an allow-list of constants, a default set after the check, a
// nested struct's field.
func ordered(c *gin.Context, db *sql.DB) {
	var q listQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	if q.Dir == "" {
		q.Dir = "asc"
	}
	db.Query("SELECT id FROM t ORDER BY id " + q.Dir)
	db.Query("SELECT id FROM t ORDER BY " + q.Page.Sort)
}

// Safe: the passing branch of err == nil.
func orderedIfNil(c *gin.Context, db *sql.DB) {
	q := new(listQuery)
	if c.BindQuery(q) == nil {
		db.Query("SELECT id FROM t ORDER BY id " + q.Dir)
	}
}

func unsafeFields(c *gin.Context, db *sql.DB) {
	var q listQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	db.Query("SELECT id FROM t WHERE ward = '" + q.Ward + "'") // want `built with string concatenation from c.ShouldBindQuery`
	db.Query("SELECT id FROM t LIMIT " + q.Limit)              // want `built with string concatenation from c.ShouldBindQuery`
	db.Query("SELECT id FROM t WHERE n = '" + q.Name + "'")    // want `built with string concatenation from c.ShouldBindQuery`
	db.Query("SELECT id FROM t WHERE k = '" + q.Kind + "'")    // want `built with string concatenation from c.ShouldBindQuery`
}

func errorIgnored(c *gin.Context, db *sql.DB) {
	var q listQuery
	_ = c.ShouldBindQuery(&q)
	db.Query("SELECT id FROM t ORDER BY id " + q.Dir) // want `built with string concatenation from c.ShouldBindQuery`
}

func failingBranch(c *gin.Context, db *sql.DB) {
	var q listQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		db.Query("SELECT id FROM t ORDER BY id " + q.Dir) // want `built with string concatenation from c.ShouldBindQuery`
	}
}

func overwritten(c *gin.Context, db *sql.DB) {
	var q listQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	q.Dir = c.Query("dir")
	db.Query("SELECT id FROM t ORDER BY id " + q.Dir) // want `built with string concatenation`
}

type tableReq struct {
	Table string `uri:"table" binding:"required,alphanum"`
	ID    string `uri:"id" validate:"required,uuid4"`
}

// Safe: alphanum and uuid4 admit no SQL syntax.
func tenant(c *gin.Context, db *sql.DB) {
	var req tableReq
	if err := c.ShouldBindUri(&req); err != nil {
		return
	}
	db.Query("SELECT * FROM rx_" + req.Table)
}

var validate = validator.New()

func byStruct(c *gin.Context, db *sql.DB) {
	var req tableReq
	if err := c.ShouldBindUri(&req); err != nil {
		return
	}
	db.Query("SELECT * FROM t WHERE id = '" + req.ID + "'") // want `built with string concatenation from c.ShouldBindUri`
	if err := validate.Struct(&req); err != nil {
		return
	}
	db.Query("SELECT * FROM t WHERE id = '" + req.ID + "'")
}

func byEcho(c echo.Context, db *sql.DB) error {
	var req tableReq
	if err := c.Bind(&req); err != nil {
		return err
	}
	if err := c.Validate(&req); err != nil {
		return err
	}
	db.Query("SELECT * FROM t WHERE id = '" + req.ID + "'")
	db.Query("SELECT * FROM rx_" + req.Table) // want `built with string concatenation from c.Bind`
	return nil
}

func byVar(c *gin.Context, db *sql.DB) {
	col := c.Query("col")
	if err := validate.Var(col, "required,alphanum"); err != nil {
		return
	}
	db.Query("SELECT " + col + " FROM t")
	n := c.Query("n")
	if err := validate.Var(n, "required,max=5"); err != nil {
		return
	}
	db.Query("SELECT id FROM t LIMIT " + n) // want `built with string concatenation from c.Query\("n"\)`
}

// The other binders are request input too.
func headerBound(c *gin.Context, db *sql.DB) {
	var h struct {
		Tenant string `header:"X-Tenant"`
	}
	if err := c.ShouldBindHeader(&h); err != nil {
		return
	}
	db.Query("SELECT * FROM t WHERE tenant = '" + h.Tenant + "'") // want `from c.ShouldBindHeader\(&h\) \(request input\)`
	var body string
	if err := c.BindPlain(&body); err != nil {
		return
	}
	db.Query("SELECT * FROM t WHERE note = '" + body + "'") // want `from c.BindPlain\(&body\) \(request input\)`
}

// Safe: a field promoted from an embedded struct.
func embedded(c *gin.Context, db *sql.DB) {
	var q struct {
		page
		Ward string `form:"ward"`
	}
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	db.Query("SELECT id FROM t ORDER BY " + q.Sort)
	db.Query("SELECT id FROM t WHERE ward = '" + q.Ward + "'") // want `built with string concatenation from c.ShouldBindQuery`
}

// Nested structs tagged structonly or nostructlevel: validator does not
// check their fields, so their tags clean nothing.
type shallowQuery struct {
	Page  page `binding:"structonly"`
	Other page `binding:"nostructlevel"`
}

func shallow(c *gin.Context, db *sql.DB) {
	var q shallowQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		return
	}
	db.Query("SELECT id FROM t ORDER BY " + q.Page.Sort)  // want `built with string concatenation from c.ShouldBindQuery`
	db.Query("SELECT id FROM t ORDER BY " + q.Other.Sort) // want `built with string concatenation from c.ShouldBindQuery`
}
