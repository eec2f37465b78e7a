package pwhash

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Defaults of configuration fields.
//
// A KDF parameter read from a field of a struct that is neither local
// nor a parameter (s.Sec.PortalBcryptCost, a server's configuration) is
// known by the integer constants the analysed code stores into that
// field: the defaults a config package sets (Security{PortalBcryptCost:
// 6}). When code also stores other values (an environment override), the
// constant is what the parameter may be. The fields of other packages
// are known by their fieldDefaultFact.

// fieldDefaultFact lists the integer constants stored into an int field
// of a struct declared in the package; Others is set when other values
// are stored too; Where is the first constant store's file:line.
type fieldDefaultFact struct {
	Consts []int64
	Others bool
	Where  string
}

// AFact marks fieldDefaultFact as an analysis fact.
func (*fieldDefaultFact) AFact() {}

func (f *fieldDefaultFact) String() string {
	return fmt.Sprintf("fieldDefault(%v, others=%t, %s)", f.Consts, f.Others, f.Where)
}

// fieldDefaults indexes the stores into int fields of this package's
// structs and exports the facts of those given a constant.
func (s *state) fieldDefaults() map[*types.Var]*fieldDefaultFact {
	if s.defaults != nil {
		return s.defaults
	}
	s.defaults = map[*types.Var]*fieldDefaultFact{}
	others := map[*types.Var]bool{}
	exported := map[*types.Var]bool{} // fields of exported types, readable elsewhere
	for _, fs := range storesIntoFields(s.pkgFuncs()) {
		st, fa, f := fs.st, fs.addr, fs.field
		if f.Pkg() != s.pass.Pkg || !isInt(f.Type()) {
			continue
		}
		if n, ok := types.Unalias(typesutil.Deref(fa.X.Type())).(*types.Named); ok && n.Obj().Exported() && f.Exported() {
			exported[f] = true
		}
		c, ok := st.Val.(*ssa.Const)
		n, isInt := int64(0), false
		if ok {
			n, isInt = typesutil.ConstInt(c)
		}
		if !isInt {
			others[f] = true
			continue
		}
		d := s.defaults[f]
		if d == nil {
			pos := st.Pos()
			if !pos.IsValid() {
				pos = fa.Pos()
			}
			d = &fieldDefaultFact{Where: s.where(pos)}
			s.defaults[f] = d
		}
		if !slices.Contains(d.Consts, n) && len(d.Consts) < 8 {
			d.Consts = append(d.Consts, n)
		}
	}
	for f, d := range s.defaults {
		d.Others = others[f]
		slices.Sort(d.Consts)
		if exported[f] {
			s.pass.ExportObjectFact(f, d) // only another package's read needs it
		}
	}
	return s.defaults
}

func (s *state) where(pos token.Pos) string {
	p := s.pass.Fset.Position(pos)
	return fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
}

func isInt(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// fieldDefault resolves field i of a struct of type t read where no
// local store decides it: the constants stored into it (see above).
func (s *state) fieldDefault(t types.Type, i int) value {
	f := fieldObj(t, i)
	if f == nil || f.Pkg() == nil || !isInt(f.Type()) {
		return unknown()
	}
	d := s.fieldDefaults()[f]
	if f.Pkg() != s.pass.Pkg {
		d = new(fieldDefaultFact)
		if !s.pass.ImportObjectFact(f, d) {
			d = nil
		}
	}
	if d == nil || len(d.Consts) == 0 {
		return unknown()
	}
	note := fmt.Sprintf("%s.%s is set to %s at %s", typeName(t), f.Name(), joinInts(d.Consts), d.Where)
	if d.Others {
		note += ", other values elsewhere"
	}
	return value{consts: d.Consts, param: -1, maybe: d.Others, note: note}
}

func joinInts(ns []int64) string {
	if len(ns) == 1 {
		return fmt.Sprint(ns[0])
	}
	return fmt.Sprint(ns)
}
