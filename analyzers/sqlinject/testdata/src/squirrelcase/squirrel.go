package squirrelcase

import (
	"database/sql"
	"net/http"

	sq "github.com/Masterminds/squirrel"
)

func handler(r *http.Request) {
	sq.Select("*").From("t").Where("a = '" + r.FormValue("a") + "'") // want `\(squirrel.SelectBuilder\).Where is built`
	sq.Expr("a = " + r.FormValue("a"))                               // want `squirrel.Expr is built`
	sq.Select("*").From("t").OrderBy(r.FormValue("sort"))            // want `\(squirrel.SelectBuilder\).OrderBy comes from`

	// Safe look-alikes: placeholders, Eq maps.
	sq.Select("*").From("t").Where("a = ?", r.FormValue("a"))
	sq.Select("*").From("t").Where(sq.Eq{"a": r.FormValue("a")})
	sq.Expr("a = ?", r.FormValue("a"))
}

// Column and table names, joins, groupings and orderings are written into
// the query as they are: each element of a variadic list too.
func clauses(r *http.Request) {
	q := r.URL.Query()
	sq.Select().Columns(q["col"]...)                       // want `\(squirrel.SelectBuilder\).Columns comes from`
	sq.Select(q["col"]...)                                 // want `query passed to squirrel.Select comes from`
	sq.StatementBuilder.Select("id", q.Get("col"))         // want `\(squirrel.StatementBuilderType\).Select comes from`
	sq.Select("id").Column(q.Get("col"))                   // want `\(squirrel.SelectBuilder\).Column comes from`
	sq.Select("id").From(q.Get("table"))                   // want `\(squirrel.SelectBuilder\).From comes from`
	sq.Select("id").LeftJoin("t2 ON " + q.Get("on"))       // want `\(squirrel.SelectBuilder\).LeftJoin is built`
	sq.Select("id").GroupBy("a", q.Get("g"))               // want `\(squirrel.SelectBuilder\).GroupBy comes from`
	sq.Select("id").OrderBy("id", q.Get("sort"))           // want `\(squirrel.SelectBuilder\).OrderBy comes from`
	sq.Select("id").Suffix("LIMIT " + q.Get("limit"))      // want `\(squirrel.SelectBuilder\).Suffix is built`
	sq.Update("t").Set(q.Get("col"), 1)                    // want `\(squirrel.UpdateBuilder\).Set comes from`
	sq.Insert("t").Columns("a", q.Get("col")).Values(1, 2) // want `\(squirrel.InsertBuilder\).Columns comes from`

	// Safe look-alikes: bound values and arguments, a Sqlizer column.
	sq.Select("id").Suffix("LIMIT ?", q.Get("limit"))
	sq.Select("id").Column(sq.Expr("lower(?)", q.Get("v")))
	sq.Update("t").Set("name", q.Get("name"))
	sq.Insert("t").Columns("a", "b").Values(q.Get("a"), q.Get("b"))
	sq.Select("id", "name").From("t").OrderBy("id DESC")
}

// The keys of the maps Where takes are column names written into the
// query; the values are bound.
func mapKeys(r *http.Request) {
	q := r.URL.Query()
	sq.Select("id").Where(sq.Eq{q.Get("field"): q.Get("value")})         // want `\(squirrel.SelectBuilder\).Where comes from r.URL.Query\(\)`
	sq.Select("id").Where(map[string]interface{}{"a": 1, q.Get("f"): 2}) // want `\(squirrel.SelectBuilder\).Where comes from r.URL.Query\(\)`
	like := sq.Like{}
	like[q.Get("col")+" ILIKE '%' OR 1=1 --"] = "x"
	sq.Select("id").Where(like)                                  // want `\(squirrel.SelectBuilder\).Where is built`
	sq.Update("t").SetMap(map[string]interface{}{q.Get("c"): 1}) // want `\(squirrel.UpdateBuilder\).SetMap comes from`
	byColumn(q.Get("col"), "x")

	// Safe look-alikes: constant keys with input values, a helper given
	// a constant column.
	sq.Select("id").Where(sq.Eq{"a": q.Get("a"), "b": q["b"]})
	sq.Select("id").Where(sq.NotEq{"status": q.Get("s")})
	sq.Update("t").SetMap(map[string]interface{}{"name": q.Get("n")}).Where(sq.Eq{"id": q.Get("id")})
	byColumn("name", q.Get("v"))
}

func byColumn(col, v string) sq.SelectBuilder {
	return sq.Select("id").Where(sq.Eq{col: v}) // want `query passed to \(squirrel\.SelectBuilder\)\.Where comes from r\.URL\.Query\(\) \(request input\), which squirrelcase\.mapKeys passes to squirrelcase\.byColumn`
}

// Safe: a built query run with its bound arguments; the builder is no
// row read from the database.
func run(db *sql.DB, r *http.Request) {
	query, args, _ := sq.Select("id", "name").Where(sq.Eq{"a": r.FormValue("a")}).ToSql()
	db.Query(query, args...)
	query, args, _ = sq.StatementBuilder.Select("id").Columns("name").ToSql()
	db.Query(query, args...)
}
