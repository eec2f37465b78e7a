// Package service passes its callers' values to package store.
package service

import (
	"database/sql"

	"store"
)

type Patients struct{ st *store.Store }

// FindWhere passes its parameter to an exported store method that builds
// the query from it: that method's finding, not a second one here.
func (p *Patients) FindWhere(where string) (*sql.Rows, error) {
	return p.st.Find(where)
}

// FindWard builds the fragment here from its own parameter: reported
// here, where the text is built.
func (p *Patients) FindWard(ward string) (*sql.Rows, error) {
	return p.st.Find("ward = '" + ward + "'") // want `query passed to \(\*sql.DB\).Query via \(\*store.Store\).Find \(store.go:10:19\) is built with string concatenation from parameter ward of exported FindWard`
}
