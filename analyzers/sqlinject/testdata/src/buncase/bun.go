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
