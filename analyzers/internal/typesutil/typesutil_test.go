package typesutil

import "testing"

func TestShortFuncName(t *testing.T) {
	for in, want := range map[string]string{
		"(*database/sql.DB).QueryContext":                       "(*sql.DB).QueryContext",
		"(*github.com/jackc/pgx/v5.Conn).Query":                 "(*pgx.Conn).Query",
		"fmt.Sprintf":                                           "fmt.Sprintf",
		"(github.com/Masterminds/squirrel.SelectBuilder).Where": "(squirrel.SelectBuilder).Where",
		"gorm.io/gorm.Open":                                     "gorm.Open",
	} {
		if got := ShortFuncName(in); got != want {
			t.Errorf("ShortFuncName(%q) = %q, want %q", in, got, want)
		}
	}
}
