// Package schema is a trimmed stub of github.com/uptrace/bun/schema v1.3.0.
package schema

// Safe represents a safe SQL query: appended to the query as it is.
type Safe string

// Ident represents a SQL identifier: quoted.
type Ident string

type QueryWithArgs struct {
	Query string
	Args  []any
}

func SafeQuery(query string, args []any) QueryWithArgs {
	return QueryWithArgs{Query: query, Args: args}
}
