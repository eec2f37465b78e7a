package models

// Record persistence calls (pwhash): the ORM calls that write a whole
// record, each of its persisted fields a column (gorm's Create, sqlx's
// NamedExec), and those that write one named column (gorm's
// Update("password", v)). A plaintext password in such a record, or as
// such a column's value, is stored as it is.

// Persist is one persistence call. Arguments are counted after the
// receiver; -1 when the call has no such argument.
type Persist struct {
	Record int // the record (a struct, a pointer to one, or a slice of them)
	Column int // the column's name, a string
	Value  int // the column's value
}

var persistCalls = map[string]Persist{}

func init() {
	record := func(i int, names ...string) {
		for _, n := range names {
			persistCalls[n] = Persist{Record: i, Column: -1, Value: -1}
		}
	}
	column := func(names ...string) {
		for _, n := range names {
			persistCalls[n] = Persist{Record: -1, Column: 0, Value: 1}
		}
	}
	for _, g := range []string{"gorm.io/gorm", "github.com/jinzhu/gorm"} {
		record(0, "(*"+g+".DB).Create", "(*"+g+".DB).Save", "(*"+g+".DB).Updates", "(*"+g+".DB).FirstOrCreate",
			"(*"+g+".DB).CreateInBatches", "(*"+g+".DB).UpdateColumns")
		column("(*"+g+".DB).Update", "(*"+g+".DB).UpdateColumn")
	}
	const sqlx = "github.com/jmoiron/sqlx"
	for _, t := range []string{"DB", "Tx"} {
		record(1, "(*"+sqlx+"."+t+").NamedExec", "(*"+sqlx+"."+t+").NamedQuery")
		record(2, "(*"+sqlx+"."+t+").NamedExecContext", "(*"+sqlx+"."+t+").NamedQueryContext")
	}
	record(2, sqlx+".NamedExec", sqlx+".NamedQuery")
	record(3, sqlx+".NamedExecContext", sqlx+".NamedQueryContext")
}

// PersistCall returns the persistence call of this FullName.
func PersistCall(fullName string) (Persist, bool) {
	p, ok := persistCalls[fullName]
	return p, ok
}
