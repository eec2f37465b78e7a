// Package pgxscan is a trimmed stub of github.com/georgysavva/scany/v2/pgxscan (v2.1.4).
package pgxscan

import "context"

type Querier interface {
	Query(ctx context.Context, query string, args ...interface{}) (any, error)
}

func Select(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return nil
}

func Get(ctx context.Context, db Querier, dst interface{}, query string, args ...interface{}) error {
	return nil
}
