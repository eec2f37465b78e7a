package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// Channels held in a package variable or a struct field of the package
// (var jobs chan string; Worker.jobs) connect the functions that send on
// them with those that receive from them, a handler with a worker
// goroutine, whatever memory the sender and the receiver reach them
// through. Like a package variable's contents (globals), what the package
// sends on such a channel is kept per variable or field, flow- and
// instance-insensitively, field by field for a struct element, as callers
// outside the function see it (outside), and read at every receive from
// the same variable or field. A channel passed as an argument, bound to a
// closure or held in a local variable is memory of the function (locs),
// which summaries and free variables carry; a variable's or field's
// channel passed to a callee that receives from its parameter, or sends on
// it, brings the callee what the package sends on it, or takes what the
// callee sends (slotArg, sendVia).

// chanSlot returns the package variable or field of a struct type of this
// package that a channel value was read from, or nil.
func (p *pkgState) chanSlot(ch ssa.Value) *types.Var {
	if !isChan(ch.Type()) {
		return nil
	}
	for range 4 {
		switch x := ch.(type) {
		case *ssa.ChangeType: // chan T to <-chan T
			ch = x.X
			continue
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return nil
			}
			switch a := x.X.(type) {
			case *ssa.Global:
				if a.Pkg == p.ssa.Pkg {
					v, _ := a.Object().(*types.Var)
					return v
				}
			case *ssa.FieldAddr:
				return p.ownField(a.X.Type(), a.Field)
			}
		case *ssa.Field:
			return p.ownField(x.X.Type(), x.Field)
		}
		return nil
	}
	return nil
}

// ownField returns field i of a struct type (or pointer to one) declared
// in this package, or nil.
func (p *pkgState) ownField(t types.Type, i int) *types.Var {
	st, ok := typesutil.Deref(t).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() || st.Field(i).Pkg() != p.pass.Pkg {
		return nil
	}
	return st.Field(i)
}

// send records what a send of x on ch puts into its variable or field's
// channel: a struct built in a local variable field by field.
func (s *fnState) send(ch, x ssa.Value) {
	slot := s.p.chanSlot(ch)
	if slot == nil {
		return
	}
	if sr, sp, ok := valuePath(x); ok && isStruct(x.Type()) {
		if a, isAlloc := sr.(*ssa.Alloc); isAlloc && s.p.captured[a] == nil && s.spills[a] == nil {
			for _, e := range s.locs[a] {
				if !related(e.path, sp) {
					continue
				}
				path := ""
				if len(e.path) > len(sp) {
					path = e.path[len(sp):]
				}
				s.p.addChan(slot, path, s.outside(e.t))
			}
			return
		}
	}
	s.p.addChan(slot, "", s.outside(s.deep(x)))
}

func (p *pkgState) addChan(slot *types.Var, path string, t Taint) {
	if t.Empty() {
		return
	}
	if p.chans == nil {
		p.chans = map[*types.Var][]*globalField{}
	}
	var g *globalField
	for _, e := range p.chans[slot] {
		if e.path == path {
			g = e
			break
		}
	}
	if g == nil {
		g = &globalField{path: path}
		p.chans[slot] = append(p.chans[slot], g)
	}
	if g.t.join(t) {
		p.shareChanged = true
	}
}

// received returns what a receive from ch reads from its variable or
// field's channel, and the element's contents per field path (for a
// struct element; nil when there is no such channel or nothing was sent
// on it). local is what the function's memory says the channel carries:
// when the package sends on the variable or field, the parameter bits
// there (callers' stores of a channel into the field) are dropped, since
// they would hide the escaping of what was sent (a join keeps an escape
// only where every part has it).
func (s *fnState) received(ch ssa.Value, local Taint) (Taint, []locEntry) {
	slot := s.p.chanSlot(ch)
	if slot == nil || len(s.p.chans[slot]) == 0 {
		return local, nil
	}
	if local.Params != 0 {
		local.Params, local.Blind = 0, 0
		if local.Kinds == 0 {
			local = Taint{}
		}
	}
	t := local
	fields := []locEntry{{path: "", t: local}}
	for _, e := range s.p.chans[slot] {
		t.join(e.t)
		fields = append(fields, locEntry{path: e.path, t: e.t})
	}
	return t, fields
}

// recv is the taint of a receive from ch (UnOp ARROW) as the value recv,
// which, for a struct element read from a variable or field's channel,
// holds the sent fields apart (in locs, as a call's result fields), with
// what else the channel carries (local) as its whole.
func (s *fnState) recv(ch ssa.Value, recv ssa.Value, local Taint) Taint {
	t, fields := s.received(ch, local)
	// A channel of a type parameter's type (C ~chan T) has no chan
	// underlying type: its elements are not held apart.
	chanT, ok := ch.Type().Underlying().(*types.Chan)
	if ok && len(fields) > 0 && isStruct(chanT.Elem()) {
		if s.resFields == nil {
			s.resFields = map[ssa.Value][][]locEntry{}
		}
		s.resFields[recv] = [][]locEntry{fields}
		if _, tuple := recv.Type().(*types.Tuple); !tuple {
			for _, e := range fields {
				s.store(recv, e.path, e.t)
			}
		}
	}
	return t
}

// slotArg is what a channel argument read from a package variable or
// field carries for a callee that receives from its parameter: what the
// package sends on that variable or field.
func (s *fnState) slotArg(ch ssa.Value) Taint {
	if !isChan(ch.Type()) {
		return Taint{}
	}
	t, _ := s.received(ch, Taint{})
	return t
}

// sendVia records a callee's send on its channel parameter (a write at
// "[]"), t as the caller sees it, as a send on the variable or field the
// argument ch was read from.
func (s *fnState) sendVia(ch ssa.Value, path string, t Taint) {
	rest, ok := strings.CutPrefix(path, "[]")
	if !ok {
		return
	}
	if slot := s.p.chanSlot(ch); slot != nil {
		s.p.addChan(slot, rest, s.outside(t))
	}
}
