package gormcase

import (
	"fmt"

	"github.com/gin-gonic/gin"
	jgorm "github.com/jinzhu/gorm"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type User struct{ Name string }

func handler(db *gorm.DB, c *gin.Context) {
	var users []User
	db.Where("name = '" + c.Query("name") + "'").Find(&users)               // want `query passed to \(\*gorm.DB\).Where is built with string concatenation from c.Query\("name"\) \(request input\)`
	db.Raw(fmt.Sprintf("SELECT * FROM users WHERE id = %s", c.Param("id"))) // want `\(\*gorm.DB\).Raw is built with fmt.Sprintf from c.Param\("id"\)`
	db.Order(c.Query("sort")).Find(&users)                                  // want `\(\*gorm.DB\).Order comes from c.Query\("sort"\)`
	db.Table("users_" + c.Param("tenant")).Find(&users)                     // want `\(\*gorm.DB\).Table`

	// Safe look-alikes: placeholders, a map condition, a struct condition.
	db.Where("name = ?", c.Query("name")).Find(&users)
	db.Where(map[string]any{"name": c.Query("name")}).Find(&users)
	db.Where(&User{Name: c.Query("name")}).Find(&users)
	db.Raw("SELECT * FROM users WHERE id = ?", c.Param("id")).Scan(&users)
}

func bind(db *gorm.DB, c *gin.Context) {
	var in struct{ Filter string }
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	db.Exec("DELETE FROM users WHERE " + in.Filter) // want `\(\*gorm.DB\).Exec is built with string concatenation from c.ShouldBindJSON\(&in\) \(request input\)`
}

func v1(db *jgorm.DB, c *gin.Context) {
	var users []User
	db.Where("name = '" + c.Query("name") + "'").Find(&users) // want `query passed to \(\*gorm.DB\).Where`
	db.Where("name = ?", c.Query("name")).Find(&users)
}

// Raw expressions: gorm builds their text into the statement as it is.
func expr(db *gorm.DB, c *gin.Context) {
	var users []User
	db.Where(gorm.Expr("name = '" + c.Query("name") + "'")).Find(&users)        // want `query passed to gorm.Expr is built with string concatenation from c.Query\("name"\)`
	db.Where(clause.Expr{SQL: "name = '" + c.Query("name") + "'"}).Find(&users) // want `query text stored in clause.Expr.SQL is built with string concatenation from c.Query\("name"\)`
	var e clause.NamedExpr
	e.SQL = "ORDER BY " + c.Query("sort") // want `query text stored in clause.NamedExpr.SQL is built with string concatenation from c.Query\("sort"\)`
	db.Where(e).Find(&users)

	// Safe look-alikes: placeholders with arguments.
	db.Where(gorm.Expr("name = ?", c.Query("name"))).Find(&users)
	db.Where(clause.Expr{SQL: "name = ?", Vars: []any{c.Query("name")}}).Find(&users)
}

// Inline conditions: a string first condition is a WHERE clause.
func inline(db *gorm.DB, c *gin.Context, id int64) {
	var u User
	db.First(&u, c.Param("id"))                             // want `query passed to \(\*gorm.DB\).First comes from c.Param\("id"\)`
	db.Find(&[]User{}, "name = '"+c.Query("name")+"'")      // want `\(\*gorm.DB\).Find is built with string concatenation`
	db.Delete(&User{}, "name LIKE '%"+c.Query("name")+"%'") // want `\(\*gorm.DB\).Delete is built with string concatenation`
	db.First(&u, "name = ?", c.Query("name"))
	db.First(&u, id)
	db.Find(&[]User{})
}
