package buncase

import (
	"net/http"

	"github.com/uptrace/bun"
)

func handler(db *bun.DB, r *http.Request) {
	db.NewRaw("SELECT * FROM t WHERE a = '" + r.FormValue("a") + "'") // want `\(\*bun.DB\).NewRaw`
	db.NewSelect().Where("a = '" + r.FormValue("a") + "'")            // want `\(\*bun.SelectQuery\).Where`
	db.NewSelect().OrderExpr(r.FormValue("order"))                    // want `\(\*bun.SelectQuery\).OrderExpr comes from`

	// Safe look-alikes: bun's own placeholders.
	db.NewRaw("SELECT * FROM t WHERE a = ?", r.FormValue("a"))
	db.NewSelect().Where("a = ?", r.FormValue("a")).ColumnExpr("count(*)")
}

// Raw SQL marked safe: bun appends it to the query as it is.
func safeFragment(db *bun.DB, r *http.Request) {
	frag := r.FormValue("expr")
	db.NewSelect().Where("?", bun.Safe(frag))                                  // want `query text converted to schema.Safe comes from r.FormValue\("expr"\) \(request input\)`
	bun.SafeQuery("deleted_at IS NULL AND owner = '" + r.FormValue("o") + "'") // want `query passed to bun.SafeQuery is built with string concatenation from r.FormValue\("o"\)`

	// Safe look-alikes: an identifier bun quotes, constant raw SQL,
	// placeholders.
	db.NewSelect().Where("? = 1", bun.Ident(r.FormValue("col")))
	db.NewSelect().Where("?", bun.Safe("deleted_at IS NULL"))
	bun.SafeQuery("owner = ?", r.FormValue("o"))
}

func inTx(tx bun.Tx, idb bun.IDB, r *http.Request) {
	tx.NewRaw("SELECT * FROM t WHERE a = '" + r.FormValue("a") + "'")  // want `\(bun.Tx\).NewRaw`
	idb.NewRaw("SELECT * FROM t WHERE a = '" + r.FormValue("a") + "'") // want `\(bun.IDB\).NewRaw`
	tx.NewRaw("SELECT * FROM t WHERE a = ?", r.FormValue("a"))
}

// Update, insert and select clauses that bun writes into the query as
// they are.
func rawClauses(db *bun.DB, r *http.Request) {
	note := r.FormValue("note")
	db.NewUpdate().Set("note = '" + note + "'")                        // want `query passed to \(\*bun.UpdateQuery\).Set is built with string concatenation from r.FormValue\("note"\)`
	db.NewUpdate().SetColumn(r.FormValue("col"), "NULL")               // want `\(\*bun.UpdateQuery\).SetColumn comes from r.FormValue\("col"\)`
	db.NewUpdate().SetColumn("note", note)                             // want `\(\*bun.UpdateQuery\).SetColumn comes from r.FormValue\("note"\)`
	db.NewUpdate().Value("note", "upper('"+note+"')")                  // want `\(\*bun.UpdateQuery\).Value is built`
	db.NewUpdate().Returning(r.FormValue("ret"))                       // want `\(\*bun.UpdateQuery\).Returning comes from`
	db.NewInsert().On("CONFLICT (" + r.FormValue("c") + ") DO UPDATE") // want `\(\*bun.InsertQuery\).On is built`
	db.NewInsert().Set("note = '" + note + "'")                        // want `\(\*bun.InsertQuery\).Set is built`
	db.NewInsert().Value("note", note)                                 // want `\(\*bun.InsertQuery\).Value comes from`
	db.NewSelect().GroupExpr(r.FormValue("g"))                         // want `\(\*bun.SelectQuery\).GroupExpr comes from`
	db.NewSelect().Join("JOIN " + r.FormValue("t") + " ON true")       // want `\(\*bun.SelectQuery\).Join is built`
	db.NewSelect().ModelTableExpr(r.FormValue("t"))                    // want `\(\*bun.SelectQuery\).ModelTableExpr comes from`

	// Safe look-alikes: values bound to placeholders, and identifiers bun
	// quotes (Column, Order, InsertQuery.Value's column).
	db.NewUpdate().Set("note = ?", note).Where("id = ?", r.FormValue("id"))
	db.NewUpdate().SetColumn("note", "?", note)
	db.NewUpdate().Value("note", "?", note)
	db.NewUpdate().Column(r.FormValue("col"))
	db.NewInsert().Value(r.FormValue("col"), "?", note)
	db.NewInsert().On("CONFLICT (id) DO UPDATE").Set("note = EXCLUDED.note")
	db.NewSelect().Column(r.FormValue("col")).Order(r.FormValue("order"))
	db.NewSelect().GroupExpr("?", bun.Ident(r.FormValue("g")))
}
