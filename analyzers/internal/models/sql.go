package models

// sqlSinks: the query-text argument of SQL APIs. Versions are the ones the
// signatures were read from.
var sqlSinks = []Sink{
	// database/sql
	{Func: "(*database/sql.DB).Query", Arg: 0, Class: SQL},
	{Func: "(*database/sql.DB).QueryContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.DB).QueryRow", Arg: 0, Class: SQL},
	{Func: "(*database/sql.DB).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.DB).Exec", Arg: 0, Class: SQL},
	{Func: "(*database/sql.DB).ExecContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.DB).Prepare", Arg: 0, Class: SQL},
	{Func: "(*database/sql.DB).PrepareContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Tx).Query", Arg: 0, Class: SQL},
	{Func: "(*database/sql.Tx).QueryContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Tx).QueryRow", Arg: 0, Class: SQL},
	{Func: "(*database/sql.Tx).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Tx).Exec", Arg: 0, Class: SQL},
	{Func: "(*database/sql.Tx).ExecContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Tx).Prepare", Arg: 0, Class: SQL},
	{Func: "(*database/sql.Tx).PrepareContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Conn).QueryContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Conn).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Conn).ExecContext", Arg: 1, Class: SQL},
	{Func: "(*database/sql.Conn).PrepareContext", Arg: 1, Class: SQL},

	// github.com/jmoiron/sqlx v1.4.0 (DB and Tx embed *sql.DB/*sql.Tx: their Query/Exec resolve to the rows above)
	{Func: "(*github.com/jmoiron/sqlx.DB).Select", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).Get", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).Queryx", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).QueryRowx", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).NamedExec", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).NamedQuery", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).MustExec", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).Preparex", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).PrepareNamed", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).SelectContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).GetContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).QueryxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).QueryRowxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).NamedExecContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).NamedQueryContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).MustExecContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).PreparexContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.DB).PrepareNamedContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Select", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Get", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Queryx", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).QueryRowx", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).NamedExec", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).NamedQuery", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).MustExec", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).Preparex", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).PrepareNamed", Arg: 0, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).SelectContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).GetContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).QueryxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).QueryRowxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).NamedExecContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).MustExecContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).PreparexContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Tx).PrepareNamedContext", Arg: 1, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.Select", Arg: 2, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.Get", Arg: 2, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.SelectContext", Arg: 3, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.GetContext", Arg: 3, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.NamedExec", Arg: 1, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.NamedQuery", Arg: 1, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.MustExec", Arg: 1, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.NamedExecContext", Arg: 2, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.NamedQueryContext", Arg: 2, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.MustExecContext", Arg: 2, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.Preparex", Arg: 1, Class: SQL},
	{Func: "github.com/jmoiron/sqlx.PreparexContext", Arg: 2, Class: SQL},
	// sqlx.Conn embeds *sql.Conn: its QueryContext/ExecContext resolve to the rows above.
	{Func: "(*github.com/jmoiron/sqlx.Conn).SelectContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Conn).GetContext", Arg: 2, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Conn).QueryxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Conn).QueryRowxContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/jmoiron/sqlx.Conn).PreparexContext", Arg: 1, Class: SQL},

	// gorm v2 (gorm.io/gorm v1.25): Where-like methods take query any: only a string is query text
	{Func: "(*gorm.io/gorm.DB).Raw", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Exec", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Where", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Or", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Not", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Having", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Select", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Order", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Group", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Joins", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Table", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Pluck", Arg: 0, Class: SQL},
	{Func: "(*gorm.io/gorm.DB).Distinct", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	// Inline conditions of the finishers (First(dest, conds ...any)): a
	// string first condition that is not a number is a WHERE clause
	// (Statement.BuildCondition), db.First(&u, r.FormValue("id")) the
	// injection gorm's security notes warn of.
	{Func: "(*gorm.io/gorm.DB).First", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Take", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Last", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Find", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).FirstOrInit", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).FirstOrCreate", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*gorm.io/gorm.DB).Delete", Arg: 1, Class: SQL, FirstElem: true, StringOnly: true},

	// gorm v1 (github.com/jinzhu/gorm v1.9.16): Where-like methods take query any: only a string is query text
	{Func: "(*github.com/jinzhu/gorm.DB).Raw", Arg: 0, Class: SQL},
	{Func: "(*github.com/jinzhu/gorm.DB).Exec", Arg: 0, Class: SQL},
	{Func: "(*github.com/jinzhu/gorm.DB).Where", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Or", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Not", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Having", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Select", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Order", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/jinzhu/gorm.DB).Group", Arg: 0, Class: SQL},
	{Func: "(*github.com/jinzhu/gorm.DB).Joins", Arg: 0, Class: SQL},
	{Func: "(*github.com/jinzhu/gorm.DB).Table", Arg: 0, Class: SQL},
	{Func: "(*github.com/jinzhu/gorm.DB).Pluck", Arg: 0, Class: SQL},

	// pgx v5
	{Func: "(*github.com/jackc/pgx/v5.Conn).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5.Conn).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Pool).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Conn).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Conn).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Conn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Tx).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Tx).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Tx).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgxpool.Tx).Prepare", Arg: 2, Class: SQL},
	{Func: "(github.com/jackc/pgx/v5.Tx).Query", Arg: 1, Class: SQL},
	{Func: "(github.com/jackc/pgx/v5.Tx).QueryRow", Arg: 1, Class: SQL},
	{Func: "(github.com/jackc/pgx/v5.Tx).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5.Conn).Prepare", Arg: 2, Class: SQL},
	{Func: "(github.com/jackc/pgx/v5.Tx).Prepare", Arg: 2, Class: SQL},
	// A batch's queries are checked where they are queued; SendBatch takes the batch, not text.
	{Func: "(*github.com/jackc/pgx/v5.Batch).Queue", Arg: 0, Class: SQL},
	// pgconn, the low-level connection under pgx v5 (conn.PgConn())
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).ExecParams", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v5/pgconn.PgConn).Prepare", Arg: 2, Class: SQL},

	// pgx v4
	{Func: "(*github.com/jackc/pgx/v4.Conn).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4.Conn).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4.Conn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Pool).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Pool).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Pool).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Conn).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Conn).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Conn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Tx).Query", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Tx).QueryRow", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Tx).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Tx).Prepare", Arg: 2, Class: SQL},
	{Func: "(github.com/jackc/pgx/v4.Tx).Query", Arg: 1, Class: SQL},
	{Func: "(github.com/jackc/pgx/v4.Tx).QueryRow", Arg: 1, Class: SQL},
	{Func: "(github.com/jackc/pgx/v4.Tx).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4.Conn).Prepare", Arg: 2, Class: SQL},
	{Func: "(github.com/jackc/pgx/v4.Tx).Prepare", Arg: 2, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4.Batch).Queue", Arg: 0, Class: SQL},
	// QueryFunc(ctx, sql, args, scans, f) exists in v4 only
	{Func: "(*github.com/jackc/pgx/v4.Conn).QueryFunc", Arg: 1, Class: SQL},
	{Func: "(github.com/jackc/pgx/v4.Tx).QueryFunc", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Pool).QueryFunc", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Conn).QueryFunc", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgx/v4/pgxpool.Tx).QueryFunc", Arg: 1, Class: SQL},
	// pgconn v1 (github.com/jackc/pgconn v1.14), the low-level connection under pgx v4
	{Func: "(*github.com/jackc/pgconn.PgConn).Exec", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgconn.PgConn).ExecParams", Arg: 1, Class: SQL},
	{Func: "(*github.com/jackc/pgconn.PgConn).Prepare", Arg: 2, Class: SQL},

	// bun v1.2 (github.com/uptrace/bun)
	{Func: "(*github.com/uptrace/bun.DB).NewRaw", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DB).QueryContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DB).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DB).ExecContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DB).PrepareContext", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).OrderExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).GroupExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).Having", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).TableExpr", Arg: 0, Class: SQL},
	// bun v1.3.0: the other methods whose text bun writes into the query as
	// it is (schema.SafeQuery(text, args), or appended raw: SetColumn's and
	// UpdateQuery.Value's column, MergeQuery's When* conditions). Table,
	// Column, Order, Group and CreateIndexQuery.Index take identifiers bun
	// quotes (schema.UnsafeIdent) and are no sinks; InsertQuery.Value quotes
	// its column.
	{Func: "(*github.com/uptrace/bun.SelectQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).DistinctOn", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).For", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).Join", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).JoinOn", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.SelectQuery).JoinOnOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Set", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).SetColumn", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).SetColumn", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Value", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Value", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Join", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).JoinOn", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).JoinOnOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).OrderExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.UpdateQuery).Returning", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).OrderExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DeleteQuery).Returning", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).Value", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).Returning", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).On", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.InsertQuery).Set", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.ValuesQuery).Value", Arg: 1, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).Returning", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).Using", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).On", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).When", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).WhenInsert", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).WhenUpdate", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.MergeQuery).WhenDelete", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).IndexExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).Using", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).IncludeExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateIndexQuery).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropIndexQuery).Index", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateTableQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateTableQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateTableQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateTableQuery).ForeignKey", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.CreateTableQuery).PartitionBy", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropTableQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropTableQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.TruncateTableQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.TruncateTableQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.AddColumnQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.AddColumnQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.AddColumnQuery).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropColumnQuery).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropColumnQuery).ModelTableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/uptrace/bun.DropColumnQuery).ColumnExpr", Arg: 0, Class: SQL},
	// bun v1.3.0: a transaction and a connection are handles with the DB's
	// query constructors (value receivers), and IDB/IConn are the interfaces
	// code takes to accept any of them.
	{Func: "(github.com/uptrace/bun.Tx).NewRaw", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).Query", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).QueryContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).QueryRow", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).Exec", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.Tx).ExecContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.Conn).NewRaw", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.Conn).QueryContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.Conn).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.Conn).ExecContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.IDB).NewRaw", Arg: 0, Class: SQL},
	{Func: "(github.com/uptrace/bun.IConn).QueryContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.IConn).QueryRowContext", Arg: 1, Class: SQL},
	{Func: "(github.com/uptrace/bun.IConn).ExecContext", Arg: 1, Class: SQL},

	// Text marked as raw SQL, which the library writes into the query as it
	// is (bun's Safe conversion and gorm's clause.Expr field are in
	// sqlTypeSinks and sqlFieldSinks): bun v1.3 SafeQuery(query, args...),
	// gorm v1.31 Expr(expr, args...) (clause.Expr{SQL: expr, Vars: args}),
	// and xorm's builder.Expr below.
	{Func: "github.com/uptrace/bun.SafeQuery", Arg: 0, Class: SQL},
	{Func: "github.com/uptrace/bun/schema.SafeQuery", Arg: 0, Class: SQL},
	{Func: "gorm.io/gorm.Expr", Arg: 0, Class: SQL},
	// xorm's condition builder (xorm.io/builder v0.3.13): Expr(sql, args...)
	{Func: "xorm.io/builder.Expr", Arg: 0, Class: SQL},

	// scany v2.1 (github.com/georgysavva/scany/v2) and v1: Select and Get
	// (ctx, db, dst, query, args...) run the query through db.
	{Func: "github.com/georgysavva/scany/v2/pgxscan.Select", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/v2/pgxscan.Get", Arg: 3, Class: SQL},
	{Func: "(*github.com/georgysavva/scany/v2/pgxscan.API).Select", Arg: 3, Class: SQL},
	{Func: "(*github.com/georgysavva/scany/v2/pgxscan.API).Get", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/v2/sqlscan.Select", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/v2/sqlscan.Get", Arg: 3, Class: SQL},
	{Func: "(*github.com/georgysavva/scany/v2/sqlscan.API).Select", Arg: 3, Class: SQL},
	{Func: "(*github.com/georgysavva/scany/v2/sqlscan.API).Get", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/pgxscan.Select", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/pgxscan.Get", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/sqlscan.Select", Arg: 3, Class: SQL},
	{Func: "github.com/georgysavva/scany/sqlscan.Get", Arg: 3, Class: SQL},
	// ent v0.14 (entgo.io/ent): the dialect's drivers run a query given as
	// text; dialect/sql's Raw, Expr and ExprP are SQL written as it is
	// (the generated predicates bind their values).
	{Func: "(entgo.io/ent/dialect.ExecQuerier).Exec", Arg: 1, Class: SQL},
	{Func: "(entgo.io/ent/dialect.ExecQuerier).Query", Arg: 1, Class: SQL},
	{Func: "(entgo.io/ent/dialect/sql.Conn).Exec", Arg: 1, Class: SQL},
	{Func: "(entgo.io/ent/dialect/sql.Conn).Query", Arg: 1, Class: SQL},
	{Func: "entgo.io/ent/dialect/sql.Raw", Arg: 0, Class: SQL},
	{Func: "entgo.io/ent/dialect/sql.Expr", Arg: 0, Class: SQL},
	{Func: "entgo.io/ent/dialect/sql.ExprP", Arg: 0, Class: SQL},
	// goqu v9.19 (github.com/doug-martin/goqu/v9): L and Literal are SQL
	// written as it is (identifiers from I, C and T are quoted).
	{Func: "github.com/doug-martin/goqu/v9.L", Arg: 0, Class: SQL},
	{Func: "github.com/doug-martin/goqu/v9.Literal", Arg: 0, Class: SQL},

	// squirrel v1.5.4 (github.com/Masterminds/squirrel): builders are
	// values. Every string squirrel takes is written into the query as it
	// is (table and column names, clauses, aliases, each element of a
	// variadic list); a pred/column/when of type any is query text when it
	// is a string. The maps Where and Having take (Eq, NotEq, Lt, Like...
	// or a map[string]any, which squirrel reads as Eq), and SetMap's, are
	// query text in their keys, column names written as they are; values
	// are bound: Values, Set's and the maps' values, args.
	{Func: "github.com/Masterminds/squirrel.Expr", Arg: 0, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Alias", Arg: 1, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Select", Arg: 0, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Insert", Arg: 0, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Replace", Arg: 0, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Update", Arg: 0, Class: SQL},
	{Func: "github.com/Masterminds/squirrel.Delete", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Select", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Insert", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Replace", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Update", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Delete", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.StatementBuilderType).Where", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Prefix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Options", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Columns", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).From", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Join", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).LeftJoin", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).RightJoin", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).InnerJoin", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).CrossJoin", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).GroupBy", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).OrderBy", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Suffix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).FromSelect", Arg: 1, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Column", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).JoinClause", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Where", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.SelectBuilder).Having", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).Prefix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).Options", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).Into", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).Columns", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).Suffix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.InsertBuilder).SetMap", Arg: 0, Class: SQL, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).Prefix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).Table", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).Set", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).From", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).OrderBy", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).Suffix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).SetMap", Arg: 0, Class: SQL, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).FromSelect", Arg: 1, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.UpdateBuilder).Where", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.DeleteBuilder).Prefix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.DeleteBuilder).From", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.DeleteBuilder).OrderBy", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.DeleteBuilder).Suffix", Arg: 0, Class: SQL},
	{Func: "(github.com/Masterminds/squirrel.DeleteBuilder).Where", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "github.com/Masterminds/squirrel.Case", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(github.com/Masterminds/squirrel.CaseBuilder).When", Arg: 0, Class: SQL, StringOnly: true, MapKeys: true},
	{Func: "(github.com/Masterminds/squirrel.CaseBuilder).When", Arg: 1, Class: SQL, StringOnly: true},
	{Func: "(github.com/Masterminds/squirrel.CaseBuilder).Else", Arg: 0, Class: SQL, StringOnly: true},

	// xorm v1.3 (xorm.io/xorm): SQL/Where/And/Or take query any; Exec/Query take sqlOrArgs ...any with the query first
	{Func: "(*xorm.io/xorm.Engine).SQL", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).Where", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).And", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).Or", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).OrderBy", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).Exec", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).Query", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).QueryString", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Engine).QueryInterface", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).SQL", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).Where", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).And", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).Or", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).OrderBy", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).Exec", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).Query", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).QueryString", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},
	{Func: "(*xorm.io/xorm.Session).QueryInterface", Arg: 0, Class: SQL, FirstElem: true, StringOnly: true},

	// go-pg v10 (github.com/go-pg/pg/v10): query any on DB and Tx
	{Func: "(*github.com/go-pg/pg/v10.DB).Exec", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.DB).ExecOne", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.DB).Query", Arg: 1, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.DB).QueryOne", Arg: 1, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.Tx).Exec", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.Tx).ExecOne", Arg: 0, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.Tx).Query", Arg: 1, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10.Tx).QueryOne", Arg: 1, Class: SQL, StringOnly: true},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).Where", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).WhereOr", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).ColumnExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).TableExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).OrderExpr", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).Having", Arg: 0, Class: SQL},
	{Func: "(*github.com/go-pg/pg/v10/orm.Query).Join", Arg: 0, Class: SQL},

	// dbx v1.12 (github.com/pocketbase/dbx, pocketbase's query builder): DB and Tx
	// embed the Builder interface, so db.NewQuery is a call of the interface method.
	{Func: "(github.com/pocketbase/dbx.Builder).NewQuery", Arg: 0, Class: SQL},
	{Func: "(*github.com/pocketbase/dbx.BaseBuilder).NewQuery", Arg: 0, Class: SQL},
	{Func: "github.com/pocketbase/dbx.NewQuery", Arg: 2, Class: SQL},
	{Func: "github.com/pocketbase/dbx.NewExp", Arg: 0, Class: SQL},
}

// sqlTypeSinks: conversions to a type whose text the library writes into
// the query as raw SQL. bun v1.3: bun.Safe is an alias of schema.Safe, whose
// AppendQuery appends the text unescaped (bun.Ident and bun.Name quote it
// and are no sinks).
var sqlTypeSinks = []TypeSink{
	{Type: "github.com/uptrace/bun/schema.Safe", Class: SQL},
}

// FieldSink is a struct field whose text the library writes into a query
// as raw SQL: a store of non-constant text into it (a composite literal's
// field or an assignment) is a sink.
type FieldSink struct {
	Type  string // "gorm.io/gorm/clause.Expr"
	Field string
	Class Class
}

// sqlFieldSinks: gorm v1.31's raw expressions, built into the statement
// as they are (gorm.Expr returns clause.Expr{SQL: expr}).
var sqlFieldSinks = []FieldSink{
	{Type: "gorm.io/gorm/clause.Expr", Field: "SQL", Class: SQL},
	{Type: "gorm.io/gorm/clause.NamedExpr", Field: "SQL", Class: SQL},
}

var fieldSinkByName = map[string]*FieldSink{}

func init() {
	for i := range sqlFieldSinks {
		f := &sqlFieldSinks[i]
		fieldSinkByName[f.Type+"."+f.Field] = f
	}
}

// FieldSinkFor returns the row of field of the named struct type
// "pkg.Type", or nil.
func FieldSinkFor(typ, field string) *FieldSink { return fieldSinkByName[typ+"."+field] }
