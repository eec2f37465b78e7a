// Package buncase: every way bun reads or writes rows is a data access,
// from the database handle, a transaction, a connection or the IDB
// interface that covers them.
package buncase

import (
	"context"

	"github.com/uptrace/bun"
)

type Repo struct {
	DB  *bun.DB
	IDB bun.IDB
}

func (r *Repo) Revoke(ctx context.Context, id string) error { // want Revoke:"touches\\(\\(\\*bun.DB\\).NewDelete\\)"
	_, err := r.DB.NewDelete().TableExpr("prescriptions").Where("id = ?", id).Exec(ctx)
	return err
}

func (r *Repo) Rename(ctx context.Context, id, name string) error { // want Rename:"touches\\(\\(\\*bun.DB\\).NewUpdate\\)"
	_, err := r.DB.NewUpdate().Set("name = ?", name).Where("id = ?", id).Exec(ctx)
	return err
}

func (r *Repo) Add(ctx context.Context, v any) error { // want Add:"touches\\(\\(\\*bun.DB\\).NewInsert\\)"
	_, err := r.DB.NewInsert().Model(v).Exec(ctx)
	return err
}

func (r *Repo) Merge(ctx context.Context) error { // want Merge:"touches\\(\\(\\*bun.DB\\).NewMerge\\)"
	_, err := r.DB.NewMerge().Exec(ctx)
	return err
}

// Inside a transaction: bun.Tx is a handle too.
func (r *Repo) RevokeTx(ctx context.Context, id string) error { // want RevokeTx:"touches\\(\\(\\*bun.DB\\).RunInTx\\)"
	return r.DB.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		_, err := tx.NewDelete().Where("id = ?", id).Exec(ctx)
		return err
	})
}

// TxDelete is given the transaction.
func TxDelete(ctx context.Context, tx bun.Tx, id string) error { // want TxDelete:"touches\\(\\(bun.Tx\\).NewDelete\\)"
	_, err := tx.NewDelete().Where("id = ?", id).Exec(ctx)
	return err
}

func TxRaw(ctx context.Context, tx bun.Tx) error { // want TxRaw:"touches\\(\\(bun.Tx\\).NewRaw\\)"
	_, err := tx.NewRaw("DELETE FROM audit").Exec(ctx)
	return err
}

func ConnDelete(ctx context.Context, c bun.Conn) error { // want ConnDelete:"touches\\(\\(bun.Conn\\).NewDelete\\)"
	_, err := c.NewDelete().Exec(ctx)
	return err
}

// Through the interface: a *bun.DB, a bun.Tx or a bun.Conn.
func (r *Repo) Purge(ctx context.Context) error { // want Purge:"touches\\(\\(bun.IDB\\).NewDelete\\)"
	_, err := r.IDB.NewDelete().Exec(ctx)
	return err
}

// Dialect reads configuration, no rows.
func (r *Repo) Dialect() string {
	return r.DB.Dialect()
}
