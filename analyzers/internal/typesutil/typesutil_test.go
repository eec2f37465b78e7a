package typesutil

import "testing"

func TestShortFuncName(t *testing.T) {
	for in, want := range map[string]string{
		"(*database/sql.DB).QueryContext":                       "(*sql.DB).QueryContext",
		"(*github.com/jackc/pgx/v5.Conn).Query":                 "(*pgx.Conn).Query",
		"fmt.Sprintf":                                           "fmt.Sprintf",
		"(github.com/Masterminds/squirrel.SelectBuilder).Where": "(squirrel.SelectBuilder).Where",
		"gorm.io/gorm.Open":                                     "gorm.Open",
		// Function literals as Go's runtime names them.
		"example.com/web.orderBy$1$1":             "web.orderBy.func1.1",
		"(*example.com/web.app).search$2":         "(*web.app).search.func2",
		"(*example.com/web.T).M$bound":            "(*web.T).M",
		"example.com/web.f → example.com/web.f$1": "web.f → web.f.func1",
	} {
		if got := ShortFuncName(in); got != want {
			t.Errorf("ShortFuncName(%q) = %q, want %q", in, got, want)
		}
	}
}
