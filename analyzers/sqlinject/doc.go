// Package sqlinject defines an Analyzer that reports SQL query text built
// from untrusted or unknown data.
//
// # Analyzer sqlinject
//
// sqlinject: report SQL query text built from untrusted or non-constant data
//
// The analyzer reads the flows that sanitas's taint engine computes into the
// query-text argument of database/sql, sqlx, gorm (v1 and v2), pgx (v4 and
// v5), bun, squirrel, xorm, go-pg, dbx, scany, ent and goqu's literals,
// within a function, across functions and across packages. The finding is
// reported at the query call, also when the text reaches it through
// functions of the same package (each call that brings it is a related
// location, and several such calls into one query are one finding); a
// query in another package, which the package under analysis cannot
// report at, is reported at the call that leads to it. The place where
// the text was built and the source are related locations.
//
// Safe, and never reported: constants and concatenations of constants;
// values of numeric, boolean and time types (so "%d" of an int); the
// result of an allow-list (a map of constants indexed by input, a switch
// assigning constants); a value after an allow-list check that leaves on
// failure (slices.Contains, == a constant, a comma-ok map lookup, indexing
// a map[string]bool of constants all true, a loop's "found" flag set
// when the value equals an element of a list the program wrote, an
// anchored regexp of identifier characters, ozzo-validation's Match and
// In rules, a strconv parse of a number, a validator function of the
// program that returns a nil error or true only after such a check; for a
// field, every read of it the check guards); identifiers quoted by pgx.Identifier.Sanitize or
// pq.QuoteIdentifier; placeholder lists such as strings.Repeat("?,", n) and
// sqlx.In's query; query text passed through unchanged from a value of
// unknown origin (a wrapper's parameter is checked at its callers).
//
// ## SQL001: untrusted input reaches SQL query text
//
// Data from an HTTP request (net/http, gin, echo, chi, gorilla/mux, fiber,
// httprouter; also read back under the key a middleware stored it under
// with gin's c.Set or context.WithValue), command-line arguments, flags or
// standard input is part of the query text. Use a placeholder and pass the
// value as an argument; for identifiers (column, table, sort direction) use
// an allow-list or a quoting function.
//
// ## SQL002: SQL query text built from non-constant data of unknown origin
//
// The query text is built (concatenated, formatted, joined) from a value
// that is not a constant and whose origin the analysis cannot see: the
// result of an unmodelled call, a value read from the database, another
// package's variable, or a parameter of an exported function whose callers
// may be outside the analysed code. Such text is one refactoring away from
// SQL001, and is a second-order injection when the value was stored by a
// user. Use a placeholder, or an allow-list or quoting function for
// identifiers. Names the program derives from its own types (reflect, an
// ORM's schema parsed from structs), values of an enumeration (a named
// string type with declared constants), the rows of a query over the
// database's catalog and the contents of a file read by a path the program
// defines (a migration's SQL; an embed.FS's file by any path) are not of
// unknown origin.
package sqlinject
