// Package sqlscan is a trimmed stub of github.com/georgysavva/scany/v2/sqlscan (v2.1.4).
package sqlscan

import (
	"context"
	"database/sql"
)

type Querier interface {
	QueryContext(ctx context.Context, query string, args ...interface{}) (*sql.Rows, error)
}

func Select(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return nil
}

func Get(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return nil
}
