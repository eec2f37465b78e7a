package logleak

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers/internal/models"
	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

// funcFact is what callers in other packages need to know about a
// function: whether it returns a sensitive value or passes its parameters
// to its result, and which parameters it writes to a log.
type funcFact struct {
	Results []factResult // per result
	Logs    []factLog
}

// factResult: the result is a sensitive value (Kind != 0) or is built
// from the parameters in Params.
type factResult struct {
	Kind   uint16
	What   string
	Desc   string
	Where  string
	Params uint64
}

type factLog struct {
	Param  int // SSA parameter index (receiver 0)
	Sink   string
	Where  string
	Render uint8
}

// AFact marks funcFact as an analysis fact.
func (*funcFact) AFact() {}

// String renders the fact for `// want` fact tests:
// logleak(returns pii{p.NHSNumber}; logs p1 by slog.Info).
func (f *funcFact) String() string {
	var parts []string
	for j, r := range f.Results {
		if r.Kind != 0 {
			parts = append(parts, fmt.Sprintf("r%d %s{%s}", j, models.Kind(r.Kind), r.Desc))
			continue
		}
		for i := 0; i < 64; i++ {
			if r.Params&(1<<i) != 0 {
				parts = append(parts, fmt.Sprintf("r%d p%d", j, i))
			}
		}
	}
	for _, l := range f.Logs {
		parts = append(parts, fmt.Sprintf("logs p%d by %s", l.Param, l.Sink))
	}
	return "logleak(" + strings.Join(parts, "; ") + ")"
}

// exportFacts attaches the non-empty summaries of the package's declared
// functions and methods.
func (a *pkg) exportFacts() {
	for _, fn := range a.res.SSA.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || obj.Pkg() != a.pass.Pkg || fn.Parent() != nil {
			continue
		}
		f := &funcFact{}
		nonEmpty := false
		if s := a.results[fn]; s != nil {
			for i := range s.o {
				var r factResult
				if o := s.o[i]; o != nil {
					w := o.where
					if w == "" {
						w = typesutil.Position(a.pass.Fset, o.pos)
					}
					r = factResult{Kind: uint16(o.kind), What: o.what, Desc: o.desc, Where: w}
				} else {
					r.Params = s.params[i]
				}
				nonEmpty = nonEmpty || r.Kind != 0 || r.Params != 0
				f.Results = append(f.Results, r)
			}
		}
		if !nonEmpty {
			f.Results = nil
		}
		for _, l := range a.logs[fn] {
			f.Logs = append(f.Logs, factLog{Param: l.param, Sink: l.sink, Where: l.where, Render: uint8(l.render)})
		}
		if f.Results == nil && len(f.Logs) == 0 {
			continue
		}
		a.pass.ExportObjectFact(obj, f)
	}
}
