package taint

import (
	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// maxRowsDepth bounds queryOfRows's walk back from a row set to its query.
const maxRowsDepth = 4

// catalogRows reports whether a call that reads rows back (a stored-data
// source: models.LabelStored) reads the rows of a query over the
// database's catalog (models.CatalogQuery): its own query text (sqlx's
// Select(&names, q), bun's NewRaw(q).Scan), or the text of the query whose
// row set is its receiver (rows.Scan after rows, _ := db.Query(q),
// db.QueryRow(q).Scan, a pgx Rows from conn.Query(ctx, q)) or, for a
// function, its argument (pgx.CollectRows(rows, pgx.RowTo[string]),
// pgx.ForEachRow(rows, scans, fn)): the argument that a query returned.
// Such rows name objects the program created, not data a user stored.
func (p *pkgState) catalogRows(name string, argAt func(int) ssa.Value) bool {
	if q := queryArg(name, argAt); q != nil {
		return models.CatalogQuery(constText(q, 0))
	}
	if recv := argAt(models.Recv); recv != nil {
		if q := p.queryOfRows(recv, 0); q != nil {
			return models.CatalogQuery(constText(q, 0))
		}
		return false
	}
	for i := 0; argAt(i) != nil; i++ {
		if q := p.queryOfRows(argAt(i), 0); q != nil {
			return models.CatalogQuery(constText(q, 0))
		}
	}
	return false
}

// queryOfRows returns the query-text argument of the call that returned
// the row set v (directly, as its first result, or through a variable a
// closure captures), or nil when v comes from anywhere else.
func (p *pkgState) queryOfRows(v ssa.Value, depth int) ssa.Value {
	if depth > maxRowsDepth {
		return nil
	}
	switch x := typesutil.Captured(typesutil.Unconvert(v)).(type) {
	case *ssa.Extract:
		if x.Index == 0 {
			return p.queryOfRows(x.Tuple, depth+1)
		}
	case *ssa.Call:
		return p.callQueryArg(typesutil.Unbind(&x.Call))
	}
	return nil
}

// callQueryArg returns the query-text argument of a call that runs SQL:
// of a modelled function, or of a method of an interface of analysed code
// that stands for a modelled database handle (r.db.Query(ctx, q) with db
// a repository's own interface holding a *pgxpool.Pool; see
// ifacesinks.go), or nil.
func (p *pkgState) callQueryArg(cc *ssa.CallCommon) ssa.Value {
	obj := typesutil.Callee(cc)
	if obj == nil {
		return nil
	}
	args := typesutil.CallArgs(cc)
	hasRecv := obj.Signature().Recv() != nil
	argAt := func(i int) ssa.Value { return modelArg(args, hasRecv, i) }
	if q := queryArg(obj.FullName(), argAt); q != nil || !cc.IsInvoke() {
		return q
	}
	for _, is := range p.ifaceSinks(cc.Method) {
		if is.sk.Class == models.SQL && !is.byWriter && is.applies(cc.Value) {
			return queryArg(is.sk.Func, argAt)
		}
	}
	return nil
}
