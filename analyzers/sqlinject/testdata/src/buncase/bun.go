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
