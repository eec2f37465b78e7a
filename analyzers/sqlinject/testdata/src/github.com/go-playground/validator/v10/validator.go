// Package validator is a trimmed stub of github.com/go-playground/validator/v10 v10.30.1.
package validator

import "context"

// Validate contains the validator settings and cache.
type Validate struct{}

func New() *Validate { return &Validate{} }

func (v *Validate) Struct(s interface{}) error                                            { return nil }
func (v *Validate) StructCtx(ctx context.Context, s interface{}) (err error)              { return nil }
func (v *Validate) Var(field interface{}, tag string) error                               { return nil }
func (v *Validate) VarCtx(ctx context.Context, field interface{}, tag string) (err error) { return nil }
