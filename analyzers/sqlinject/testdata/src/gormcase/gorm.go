package gormcase

import (
	"fmt"

	"github.com/gin-gonic/gin"
	jgorm "github.com/jinzhu/gorm"
	"gorm.io/gorm"
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
