// Package gorm is a trimmed stub of gorm.io/gorm v1.31.2: its generic
// API.
package gorm

import "context"

type DB struct{}

type ExecInterface[T any] interface {
	Scan(ctx context.Context, r interface{}) error
	First(context.Context) (T, error)
	Find(ctx context.Context) ([]T, error)
}

type ChainInterface[T any] interface {
	ExecInterface[T]
	Where(query interface{}, args ...interface{}) ChainInterface[T]
}

type Interface[T any] interface {
	ChainInterface[T]
}

func G[T any](db *DB) Interface[T] { return nil }
